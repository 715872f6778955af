// `npm test` (`./nodew test`, what CI runs): every stage of scripts/test-stages.ts in order, stopping at
// the first failure, then each stage's wall time. `npm test -- e2e engines` runs only the stages named.
import { runStages, stages, timingTable } from './test-stages.ts';

const names = process.argv.slice(2);
const unknown = names.filter((n) => !stages.some((s) => s.name === n));
if (unknown.length) {
  console.error(`unknown stage: ${unknown.join(', ')} (stages: ${stages.map((s) => s.name).join(', ')})`);
  process.exit(2);
}
const results = await runStages(names.length ? stages.filter((s) => names.includes(s.name)) : stages, 'inherit');
console.log(`\n${timingTable(results)}`);
process.exit(results.every((r) => r.passed) ? 0 : 1);
