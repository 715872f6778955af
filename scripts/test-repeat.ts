// `npm run test:repeat`: the e2e tests tagged @race (loading order, storage events between tabs,
// navigation and history; in checklist-sync, failed-load, hand-off, shared-links and navigation) run
// 20 times each on a quiet machine, then 20 times each again beside two busy loops that keep both
// cores of the CI machine occupied. A test that can fail when the machine is slow fails here.
// Needs a built dist/ (npm run build). `REPEAT=5 npm run test:repeat` for a quicker look.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { formatSeconds } from './test-stages.ts';

const repeat = Number(process.env.REPEAT ?? 20);
const busyLoops = 2;

function runTagged(label: string): { passed: boolean; seconds: number } {
  const started = performance.now();
  console.log(`\n== @race tests × ${repeat}, ${label}`);
  const r = spawnSync('npx', ['playwright', 'test', '--grep', '@race', `--repeat-each=${repeat}`, '--reporter=dot'], { stdio: 'inherit' });
  return { passed: r.status === 0, seconds: (performance.now() - started) / 1000 };
}

const quiet = runTagged('quiet machine');
const loops: ChildProcess[] = Array.from({ length: busyLoops }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
let loaded: { passed: boolean; seconds: number };
try {
  loaded = runTagged(`beside ${busyLoops} busy loops`);
} finally {
  for (const loop of loops) loop.kill();
}
const outcome = (run: ReturnType<typeof runTagged>) => `${run.passed ? 'passed' : 'FAILED'} in ${formatSeconds(run.seconds)}`;
console.log(`\nquiet: ${outcome(quiet)}; busy: ${outcome(loaded)}`);
process.exit(quiet.passed && loaded.passed ? 0 : 1);
