// Before `npm test` does anything (npm runs this as `pretest`): is this machine able to run the whole suite?
// Stops at once naming every missing piece and the one command that installs them all, instead of failing
// halfway through a four-minute run. Plain JavaScript on purpose: it must run on any Node, including one too
// old for the project (whose own files are TypeScript run by Node's type stripping), to say so.
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const problems = [];

const min = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).engines.node);
const have = process.versions.node.split('.').map(Number);
const want = min.slice(1).map(Number);
const cmp = have[0] - want[0] || have[1] - want[1] || have[2] - want[2];
if (cmp < 0) problems.push(`Node ${want.join('.')} or newer (this is ${process.versions.node})`);

// Debian keeps servers (nginx) in /usr/sbin, which a bare PATH may lack: the tests look there too.
const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/local/sbin', '/usr/sbin', '/sbin'];
const onPath = (cmd) => dirs.some((d) => d && existsSync(join(d, cmd)));
const missing = [];
for (const line of readFileSync(new URL('.ci/system-packages', root), 'utf8').split('\n')) {
  const [cmd, pkg, ...why] = line.trim().split(/\s+/);
  if (!cmd || cmd.startsWith('#')) continue;
  if (cmd === 'chromium' && process.env.CHROME_PATH) continue;
  if (!onPath(cmd)) missing.push(`${pkg} (for ${why.join(' ')})`);
}
if (missing.length) problems.push(...missing.map((m) => `the Debian package ${m}`));

if (problems.length) {
  console.error(`npm test cannot run on this machine yet. Missing:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  console.error('\nInstall them all with:  bash .ci/setup.sh   (Debian/Ubuntu; uses sudo when not root)');
  console.error('then, if it installed Node, in this shell:  . .ci/ensure-node.sh');
  process.exit(1);
}
