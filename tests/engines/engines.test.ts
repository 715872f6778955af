// `npm run test:engines`: the core journeys in real engines outside Playwright, one engine after another:
// WebKitGTK 2.50 (the iOS WKWebView stand-in), WPE WebKit 2.38 (older iOS, no light-dark()), Firefox
// ESR, and Debian's Chromium (the same journeys in the engine the Playwright suite uses). Serves dist/ itself (with the _headers CSP) and counts every 4xx it serves as a failed load.
// Screenshots go to test-results/engines/<engine>/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serveDist } from '../../scripts/static-server.ts';
import type { EngineLauncher, EngineSession } from './adapter.ts';
import { puppeteerEngine } from './puppeteer-engines.ts';
import { journeyContext, journeys } from './journeys.ts';
import { webkitgtk, wpe } from './webdriver-engines.ts';

const outDir = 'test-results/engines';
// ENGINES=webkitgtk,firefox runs some of them (while working on one); the test command runs all four.
const only = process.env.ENGINES?.split(',');
const launchers: EngineLauncher[] = [webkitgtk(375), wpe(), puppeteerEngine('firefox', 375), puppeteerEngine('chromium', 375)].filter((l) => !only || only.includes(l.engine));

let server: Server;
let base = '';
const served4xx: string[] = [];

before(async () => {
  rmSync(outDir, { recursive: true, force: true });
  server = await serveDist(0);
  server.on('request', (req, res) => res.on('finish', () => { if (res.statusCode >= 400) served4xx.push(`served HTTP ${res.statusCode}: ${req.url}`); }));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

for (const launcher of launchers) {
  describe(`${launcher.engine} (${launcher.version()})`, () => {
    after(() => launcher.shutdown());
    for (const scheme of launcher.schemes) {
      describe(`${scheme}, ${launcher.width}px`, () => {
        let session: EngineSession;
        before(async () => { session = await launcher.open(scheme); });
        after(async () => { await session?.close(); });
        test('the runner sees a console error and an uncaught error', async () => {
          await session.goto(`${base}/`);
          await session.takeErrors();
          served4xx.length = 0;
          await session.evaluate(() => { setTimeout(() => { console.error('planted console error'); throw new Error('planted uncaught error'); }); });
          // Wait for the reports, not for a time: a busy machine may take longer than a quiet one.
          let seen = '';
          for (const deadline = Date.now() + 10_000; Date.now() < deadline && !(/planted console error/.test(seen) && /planted uncaught error/.test(seen));) {
            seen += (await session.takeErrors()).join('\n') + '\n';
            await new Promise((r) => setTimeout(r, 100));
          }
          assert.match(seen, /planted console error/, `${session.label} missed a console error`);
          assert.match(seen, /planted uncaught error/, `${session.label} missed an uncaught error`);
        });
        for (const journey of journeys) {
          test(journey.name, async () => {
            served4xx.length = 0;
            await session.takeErrors(); // what an earlier failed journey left behind is reported there
            await journey.run(journeyContext(session, scheme, journey.name, base, outDir, () => served4xx.splice(0)));
          });
        }
      });
    }
  });
}
