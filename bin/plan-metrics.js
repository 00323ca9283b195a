#!/usr/bin/env node
// The plan-metrics command. The TypeScript is compiled to lib/ by `npm install` (prepare).
let cli;
try {
  cli = require('../lib/src/hosts/cli/main.js');
} catch (e) {
  process.stderr.write('plan-metrics 尚未构建，请先运行 npm install / not built yet: run npm install first\n');
  process.exit(2);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
