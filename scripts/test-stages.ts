// The stages of the test command, in order, each an npm script of package.json. `npm test`
// (scripts/test.ts) runs them and prints each stage's wall time; `npm run bench` runs the same list and
// records the times, so growth shows before it hurts. Times are reported, never asserted.
import { spawn } from 'node:child_process';

export interface Stage { name: string; script: string; what: string }

export const stages: readonly Stage[] = [
  { name: 'check', script: 'check', what: 'astro check (types)' },
  { name: 'unit', script: 'test:unit', what: 'unit tests (node --test)' },
  { name: 'build', script: 'build', what: 'astro build' },
  { name: 'dist', script: 'test:dist', what: 'checks over dist/' },
  { name: 'e2e', script: 'test:e2e', what: 'Playwright in Chromium (headless shell)' },
  { name: 'engines', script: 'test:engines', what: 'WebKitGTK, WPE WebKit, Firefox ESR, Chromium' },
];

export interface StageResult { stage: Stage; seconds: number; passed: boolean }

/** Runs one stage's npm script; `output` 'inherit' shows it, 'ignore' keeps it quiet (the benchmark). */
export function runStage(stage: Stage, output: 'inherit' | 'ignore'): Promise<StageResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', stage.script], { stdio: ['ignore', output, output] });
    const done = (passed: boolean) => resolve({ stage, seconds: (performance.now() - started) / 1000, passed });
    child.on('error', () => done(false));
    child.on('exit', (code) => done(code === 0));
  });
}

/** Stages in order; stops at the first failure unless `keepGoing`. */
export async function runStages(list: readonly Stage[], output: 'inherit' | 'ignore', keepGoing = false): Promise<StageResult[]> {
  const results: StageResult[] = [];
  for (const stage of list) {
    const result = await runStage(stage, output);
    results.push(result);
    if (!result.passed && !keepGoing) break;
  }
  return results;
}

export function timingTable(results: readonly StageResult[]): string {
  const total = results.reduce((s, r) => s + r.seconds, 0);
  return [
    '| stage | what | wall time | result |',
    '|---|---|---|---|',
    ...results.map((r) => `| ${r.stage.name} | ${r.stage.what} | ${formatSeconds(r.seconds)} | ${r.passed ? 'passed' : 'FAILED'} |`),
    `| total | | ${formatSeconds(total)} | |`,
  ].join('\n');
}

export const formatSeconds = (s: number) => (s >= 60 ? `${Math.floor(s / 60)} min ${(s % 60).toFixed(0)} s` : `${s.toFixed(1)} s`);
