import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from '../../src/client/load-once.ts';

test('once: the first call loads, later calls share that promise', async () => {
  let loads = 0;
  const load = once(async () => ++loads, () => assert.fail('no failure'));
  const [a, b] = await Promise.all([load(), load()]);
  assert.deepEqual([a, b, await load(), loads], [1, 1, 1, 1]);
});

test('once: a failure is reported once, rejects for its caller, and the next call tries again', async () => {
  let loads = 0;
  let reported = 0;
  const load = once(async () => { loads++; if (loads === 1) throw new Error('offline'); return 'code'; }, () => { reported++; });
  await assert.rejects(load(), /offline/);
  assert.equal(reported, 1);
  assert.equal(await load(), 'code');
  assert.deepEqual([loads, reported], [2, 1]);
});
