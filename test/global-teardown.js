// Removes the temp folder global-setup.js gave the tests (and whatever they left in it).
const fs = require('node:fs');

module.exports = async () => {
  const root = process.env.JIANBAO_TEST_TMP;
  if (root) fs.rmSync(root, { recursive: true, force: true });
};
