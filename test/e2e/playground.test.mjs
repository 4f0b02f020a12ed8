/**
 * The playground (demo/playground.html) runs the validator in the page
 * (dist/medborgar-loften-validate.js): the feed module's problems, the JSON
 * Schema's, and the messages in Swedish or English, as the command line
 * says them.
 *
 *   npm run build && node --test test/e2e/playground.test.mjs
 */
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {resolve} from 'node:path';
import {before, describe, test} from 'node:test';
import {ROOT, openPage, serveAndLaunch, waitForWidgets} from './harness.mjs';


const e2e = serveAndLaunch();
before(async () => {
  assert.ok(existsSync(resolve(ROOT, 'dist/medborgar-loften-validate.js')), 'run `npm run build` first');
});

/** A feed with problems for the feed module (a promise without area, a baseline value that is not a number) and one only the schema finds (the year of that baseline, which the feed module leaves out unread). */
const BROKEN = JSON.stringify(
  {
    format: 'medborgar-loften/1',
    periods: [
      {
        id: 'p',
        from: '2024',
        promises: [
          {id: 'a', area: 'Trafik', promise: 'Vi lovar.', targets: [{label: 'Olyckor', baseline: {year: '2019', value: 'tre'}}]},
          {id: 'b', promise: 'Vi lovar mer.'},
        ],
      },
    ],
  },
  null,
  2
);

describe('playground', () => {
  test('says each problem where it is, in Swedish, then in English and Finnish, with the schema\'s too', async () => {
    const {page, context, errors} = await openPage(e2e.browser);
    try {
      await page.goto(`${e2e.server.origin}/demo/playground.html`);
      await waitForWidgets(page, 2);
      // The example feed first, so that it cannot replace ours.
      await page.waitForFunction(() => document.querySelector('#feed').value.length > 0);
      await page.locator('#feed').fill(BROKEN);
      const problems = page.locator('#problems li');
      // The check runs a moment after the last key, as for a person typing.
      await page.waitForFunction(() => document.querySelectorAll('#problems li').length > 0);
      assert.equal(await page.locator('#summary').textContent(), 'Fel: 3. Varningar: 0.');
      assert.deepEqual(await problems.allTextContents(), [
        'fel 16:25 periods[0].promises[0].targets[0].baseline.year Schemat: värdet ska vara ett heltal.',
        'fel 17:26 periods[0].promises[0].targets[0].baseline.value Här ska det stå ett tal, men det står en text. Utgångsläget visas inte.',
        'fel 22:9 periods[0].promises[1].area Det obligatoriska fältet "area" saknas. Löftet visas inte.',
      ]);
      await page.getByLabel('English').check();
      await page.waitForFunction(() => document.querySelector('#summary')?.textContent === 'Errors: 3. Warnings: 0.');
      assert.match((await problems.allTextContents())[2], /^error 22:9 periods\[0\]\.promises\[1\]\.area The required field "area" is missing\. The promise is not shown\.$/);
      assert.equal(await page.locator('#translations-summary').textContent(), 'Texts without English (4):');
      await page.getByLabel('suomi').check();
      await page.waitForFunction(() => document.querySelector('#summary')?.textContent === 'Virheitä: 3. Varoituksia: 0.');
      assert.match((await problems.allTextContents())[2], /^virhe 22:9 periods\[0\]\.promises\[1\]\.area Pakollinen kenttä "area" puuttuu\. Lupausta ei näytetä\.$/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
