// Preloaded into a benchmarked process (node -r): records its peak RSS at exit into the file named
// by BENCH_RSS_FILE, so the benchmark reads it without platform tools like /usr/bin/time.
'use strict';
const fs = require('node:fs');

const target = process.env.BENCH_RSS_FILE;
if (target) process.on('exit', () => fs.writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
