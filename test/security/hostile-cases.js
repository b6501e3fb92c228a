// The hostile-input corpus (issue #26): one case per class of attack, each a function that
// stages its inputs in a fresh folder and names the command, the exit code and the message
// expected. Plain CommonJS so that test/security/hostile.test.ts and bench/hostile.js share it.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const HEAD = 'publication: { name: 测试简报, editor: 测试单位编 }\nissue: { number: 1, total: 1, date: "2022-04-30" }\n';
const ARTICLE = 'articles:\n  - title: 会议\n    body: 正文。\n';
// eslint-disable-next-line no-control-regex -- a terminal escape is what a case looks for
const ESCAPE = /\u001b/;
const write = (dir, name, text) => {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};
const fifo = (file) => execFileSync('mkfifo', [file]);
const { pngBomb } = require('../helpers/png-bomb');

function plainTemplate(dir) {
  const tpl = path.join(dir, 'tpl');
  fs.cpSync(path.join(ROOT, 'templates', 'plain'), tpl, { recursive: true });
  return tpl;
}

/** name, class, setup(dir) → { args }, the expected exit code and a pattern the output shows. */
const CASES = [
  { name: 'device-as-issue', class: 'devices and FIFOs', code: 1, expect: /JB008/, setup: () => ({ args: ['check', '/dev/zero'] }) },
  {
    name: 'fifo-as-issue',
    class: 'devices and FIFOs',
    code: 1,
    expect: /JB008/,
    setup: (dir) => {
      const f = path.join(dir, 'issue.yaml');
      fifo(f);
      return { args: ['check', f] };
    },
  },
  {
    name: 'fifo-in-batch-folder',
    class: 'devices and FIFOs',
    code: 1,
    expect: /JB008/,
    setup: (dir) => {
      write(dir, 'src/a.yaml', HEAD + ARTICLE);
      fifo(path.join(dir, 'src', 'b.yaml'));
      return { args: ['build', path.join(dir, 'src'), '-o', path.join(dir, 'out'), '--to', 'docx'] };
    },
  },
  {
    name: 'import-link-to-device',
    class: 'devices and FIFOs',
    code: 1,
    expect: /JB008/,
    setup: (dir) => {
      fs.symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
      return { args: ['import', path.join(dir, 'zero.txt')] };
    },
  },
  {
    name: 'fifo-as-font',
    class: 'devices and FIFOs',
    code: 1,
    expect: /JB60\d/,
    setup: (dir) => {
      const tpl = plainTemplate(dir);
      fs.mkdirSync(path.join(tpl, 'fonts'));
      fifo(path.join(tpl, 'fonts', 'body.ttf'));
      const m = path.join(tpl, 'manifest.yaml');
      fs.writeFileSync(m, fs.readFileSync(m, 'utf8').replace('body: { family: 宋体 }', 'body: { family: 宋体, file: fonts/body.ttf }'));
      return { args: ['build', write(dir, 'issue.yaml', HEAD + ARTICLE), '-t', tpl, '-o', path.join(dir, 'out'), '--to', 'pdf'] };
    },
  },
  {
    name: 'png-bomb',
    class: 'decompression bombs',
    code: 1,
    expect: /JB506/,
    setup: (dir) => {
      write(dir, 'images/bomb.png', pngBomb(300 * 1024 * 1024));
      return {
        args: [
          'check',
          write(dir, 'issue.yaml', `${HEAD}articles:\n  - title: 会议\n    body: |\n      正文。\n\n      ![图](images/bomb.png)\n`),
        ],
      };
    },
  },
  {
    name: 'flood-100k-empty-briefs',
    class: 'floods',
    code: 1,
    expect: /JB021/,
    setup: (dir) => ({
      args: ['check', '--format', 'json', write(dir, 'issue.yaml', `${HEAD}${ARTICLE}briefs:\n${'  - {}\n'.repeat(100_000)}`)],
    }),
  },
  {
    name: 'flood-100k-half-width-commas',
    class: 'floods',
    code: 0,
    expect: /JB301/,
    setup: (dir) => {
      const body = Array.from({ length: 100 }, () => `      ${'一,'.repeat(1000)}`).join('\n\n');
      return { args: ['check', '--format', 'json', write(dir, 'issue.yaml', `${HEAD}articles:\n  - title: 会议\n    body: |\n${body}\n`)] };
    },
  },
  {
    name: 'flood-4mb-nested-brackets',
    class: 'floods',
    code: 1,
    expect: /JB024/,
    setup: (dir) => ({ args: ['check', write(dir, 'issue.yaml', `a: ${'['.repeat(4_000_000)}`)] }),
  },
  {
    name: 'flood-100k-nested-dashes',
    class: 'floods',
    code: 1,
    expect: /JB024|JB101/,
    setup: (dir) => ({ args: ['check', write(dir, 'issue.yaml', `a: ${'- '.repeat(100_000)}\n`)] }),
  },
  {
    name: 'template-manifest-symlink',
    class: 'templates',
    code: 1,
    expect: /JB40[89]/,
    forbid: /HOSTILE-SECRET/,
    setup: (dir) => {
      const tpl = plainTemplate(dir);
      write(dir, 'secret.txt', 'HOSTILE-SECRET: 1\nHOSTILE-SECRET\n');
      fs.rmSync(path.join(tpl, 'manifest.yaml'));
      fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(tpl, 'manifest.yaml'));
      return { args: ['check', write(dir, 'issue.yaml', HEAD + ARTICLE), '-t', tpl] };
    },
  },
  {
    name: 'template-nested-loops',
    class: 'templates',
    code: 1,
    expect: /JB411/,
    setup: (dir) => {
      const tpl = plainTemplate(dir);
      fs.appendFileSync(
        path.join(tpl, 'template.hbs'),
        '{{#each @root.briefs}}{{#each @root.briefs}}{{#each @root.briefs}}<p>{{text}}</p>{{/each}}{{/each}}{{/each}}\n',
      );
      const briefs = Array.from({ length: 1000 }, (_, i) => `  - { date: 4月1日, text: 简讯${i} }\n`).join('');
      return {
        args: [
          'build',
          write(dir, 'issue.yaml', `${HEAD}${ARTICLE}briefs:\n${briefs}`),
          '-t',
          tpl,
          '-o',
          path.join(dir, 'out'),
          '--to',
          'pdf',
        ],
      };
    },
  },
  {
    name: 'template-negative-margin',
    class: 'templates',
    code: 1,
    expect: /JB410/,
    setup: (dir) => {
      const tpl = plainTemplate(dir);
      const m = path.join(tpl, 'manifest.yaml');
      fs.writeFileSync(m, fs.readFileSync(m, 'utf8').replace('top: 25mm', 'top: -2500mm'));
      return { args: ['check', write(dir, 'issue.yaml', HEAD + ARTICLE), '-t', tpl] };
    },
  },
  {
    name: 'template-list-escapes',
    class: 'templates',
    code: 0,
    expect: /evil/,
    forbid: ESCAPE,
    setup: (dir) => {
      const tpl = path.join(dir, 'templates', 'evil');
      fs.cpSync(path.join(ROOT, 'templates', 'plain'), tpl, { recursive: true });
      const m = path.join(tpl, 'manifest.yaml');
      fs.writeFileSync(m, fs.readFileSync(m, 'utf8').replace(/^description: .*$/m, 'description: "\\e]0;pwned\\a\\e[2Jx"'));
      return { args: ['template', 'list', dir] };
    },
  },
  {
    name: 'output-option-names-a-file',
    class: 'small crashes',
    code: 2,
    expect: /JB705/,
    setup: (dir) => ({ args: ['build', write(dir, 'issue.yaml', HEAD + ARTICLE), '-o', write(dir, 'out.pdf', 'x')] }),
  },
  {
    name: 'bidi-override-in-title',
    class: 'small crashes',
    code: 0,
    expect: /JB009/,
    setup: (dir) => ({ args: ['check', write(dir, 'issue.yaml', `${HEAD}articles:\n  - title: 会\u202e议\n    body: 正文。\n`)] }),
  },
  {
    name: 'output-folder-locked',
    class: 'concurrent writers',
    code: 1,
    expect: /JB704/,
    setup: (dir) => {
      write(dir, 'src/a.yaml', HEAD + ARTICLE);
      write(dir, 'out/.jianbao.lock', `${process.pid}\n`);
      return { args: ['build', path.join(dir, 'src'), '-o', path.join(dir, 'out'), '--to', 'docx'] };
    },
  },
];

module.exports = { CASES };
