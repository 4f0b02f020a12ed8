/**
 * The editor file end to end, as a safety coordinator uses it: the built
 * dist/editor.html opened from disk (file://) in Chromium, no server, no
 * network. A feed of two periods and three promises is written in Swedish
 * and English (one promise with a target whose unit has plural forms); a
 * problem appears beside its field and goes when fixed; the tab is closed
 * and the work restored in a new one; the feed is saved (a download) and
 * the saved file passes `medborgar-loften validate` and shows in the widget
 * with the texts typed. And: a page pasted into "Börja från er befintliga
 * sida" becomes a draft; a flagged point is dealt with; saved; valid.
 *
 *   npm run build && node --test test/e2e/editor.test.mjs
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {after, describe, test} from 'node:test';
import {fillPluralTarget, group, textbox} from '../../scripts/editor-steps.mjs';
import {ROOT, openPage, serveAndLaunch} from './harness.mjs';

const EDITOR = pathToFileURL(resolve(ROOT, 'dist/editor.html')).href;
const CLI = resolve(ROOT, 'bin/medborgar-loften.js');

const folder = mkdtempSync(join(tmpdir(), 'editor-e2e-'));

const e2e = serveAndLaunch();
after(async () => {
  rmSync(folder, {recursive: true, force: true});
});

/** Opens the editor from disk; records page errors and every request that is not the file itself. */
async function openEditor(context) {
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) requests.push(request.url());
  });
  await page.goto(EDITOR);
  return {page, errors, requests};
}

/** Saves with "Spara" and returns the downloaded file's path and text. */
async function saveDownload(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Spara', exact: true}).click()]);
  assert.equal(download.suggestedFilename(), 'medborgarloften.json');
  const file = join(folder, name);
  await download.saveAs(file);
  return {file, text: readFileSync(file, 'utf8')};
}

/** `medborgar-loften validate FILE`: the exit code and what it printed. */
function validate(file) {
  const run = spawnSync(process.execPath, [CLI, 'validate', file], {encoding: 'utf8'});
  return {status: run.status, output: `${run.stdout}${run.stderr}`};
}

/** The widget's text for a feed, in a language, once every panel is filled. */
async function widgetText(feedText, lang) {
  const {page, context} = await openPage(e2e.browser);
  try {
    await page.goto(`${e2e.server.origin}/test/e2e/blank.html`);
    await page.addScriptTag({url: `${e2e.server.origin}/dist/medborgar-loften.js`, type: 'module'});
    return await page.evaluate(
      async ({feedText, lang}) => {
        await customElements.whenDefined('medborgar-loften');
        const widget = document.createElement('medborgar-loften');
        widget.setAttribute('lang', lang);
        const loaded = new Promise((done) => widget.addEventListener('medborgar-loften-load', done, {once: true}));
        widget.data = feedText;
        document.body.append(widget);
        await loaded;
        await widget.contentComplete;
        return widget.shadowRoot.textContent.replace(/\s+/g, ' ');
      },
      {feedText, lang}
    );
  } finally {
    await context.close();
  }
}

describe('the editor file, opened from disk', () => {
  test('a feed written in the forms, checked, restored after a closed tab, saved, valid, and shown by the widget', async () => {
    const context = await e2e.browser.newContext({acceptDownloads: true});
    try {
      const {page, errors, requests} = await openEditor(context);
      await page.getByRole('button', {name: 'Skapa ett nytt flöde'}).click();

      await textbox(page, 'Överskrift Svenska').fill('Medborgarlöften i Ekby');
      await textbox(page, 'Överskrift Engelska').fill('Citizen promises in Ekby');
      await textbox(group(page, 'Part 1'), 'Namn Svenska').fill('Polisen, lokalpolisområde Ekby');
      await textbox(group(page, 'Part 1'), 'Namn Engelska').fill('Swedish Police, Ekby local police area');
      await textbox(group(page, 'Part 2'), 'Namn Svenska').fill('Ekby kommun');
      await textbox(group(page, 'Part 2'), 'Namn Engelska').fill('Ekby Municipality');

      // The first period: this year on, two promises.
      const thisYear = String(new Date().getFullYear());
      const first = () => group(page, 'Period 1');
      await first().getByRole('textbox', {name: 'Gäller till och med', exact: true}).fill(String(Number(thisYear) + 1));
      await textbox(group(first(), 'Löfte 1'), 'Område Svenska').fill('Trygga skolvägar');
      await textbox(group(first(), 'Löfte 1'), 'Område Engelska').fill('Safe ways to school');
      await textbox(group(first(), 'Löfte 1'), 'Löftet Svenska').fill('Polisen och kommunen lovar att göra skolvägarna tryggare.');
      await textbox(group(first(), 'Löfte 1'), 'Löftet Engelska').fill('The police and the municipality promise to make the ways to school safer.');

      // A target with a unit in plural forms.
      await group(first(), 'Löfte 1').getByRole('button', {name: 'Lägg till mätbart mål'}).click();
      const target = () => group(first(), 'Löfte 1', 'Mål 1');
      await fillPluralTarget(target);

      await first().getByRole('button', {name: 'Lägg till löfte'}).click();
      await textbox(group(first(), 'Löfte 2'), 'Område Svenska').fill('Klotter');
      await textbox(group(first(), 'Löfte 2'), 'Område Engelska').fill('Graffiti');
      await textbox(group(first(), 'Löfte 2'), 'Löftet Svenska').fill('Kommunen lovar att ta bort klotter inom ett dygn.');
      await textbox(group(first(), 'Löfte 2'), 'Löftet Engelska').fill('The municipality promises to remove graffiti within a day.');

      // A second, earlier period with one promise.
      await page.getByRole('button', {name: 'Lägg till period', exact: true}).click();
      const second = () => group(page, 'Period 2');
      await second().getByRole('textbox', {name: 'Gäller från', exact: true}).fill('2022');
      await second().getByRole('textbox', {name: 'Gäller till och med', exact: true}).fill('2023');
      await textbox(group(second(), 'Löfte 1'), 'Område Svenska').fill('Bedrägerier');
      await textbox(group(second(), 'Löfte 1'), 'Område Engelska').fill('Fraud');
      await textbox(group(second(), 'Löfte 1'), 'Löftet Svenska').fill('Polisen lovar att informera om bedrägerier.');
      await textbox(group(second(), 'Löfte 1'), 'Löftet Engelska').fill('The police promise to inform about fraud.');

      // A problem appears beside the field written wrong, and goes when it is fixed.
      const to = second().getByRole('textbox', {name: 'Gäller till och med', exact: true});
      await to.fill('2023-13');
      const toProblem = second().locator('[data-anchor="periods.1.to"] .problem');
      await toProblem.waitFor();
      assert.match(await toProblem.textContent(), /Fel:\s+"?2023-13"? är inget datum/);
      assert.equal(await to.getAttribute('aria-invalid'), 'true');
      await to.fill('2023');
      await toProblem.waitFor({state: 'detached'});
      await page.getByText('Inga problem.', {exact: true}).waitFor();

      // The tab closes; the draft comes back in a new one.
      await page.locator('.autosave[data-status="saved"]').waitFor();
      await page.close();
      const again = await openEditor(context);
      const restore = again.page.getByRole('region', {name: 'Osparat arbete'});
      await restore.getByText('Medborgarlöften i Ekby').waitFor();
      await restore.getByRole('button', {name: 'Återställ'}).click();
      assert.equal(await textbox(group(group(again.page, 'Period 1'), 'Löfte 2'), 'Område Engelska').inputValue(), 'Graffiti');
      await again.page.getByText('Inga problem.', {exact: true}).waitFor();

      const saved = await saveDownload(again.page, 'ekby.json');
      const check = validate(saved.file);
      assert.ok(check.status === 0 || check.status === 1, `validate exited ${check.status}:\n${check.output}`);
      const feed = JSON.parse(saved.text);
      assert.equal(feed.periods.length, 2);
      assert.equal(feed.periods.flatMap((period) => period.promises).length, 3);
      assert.deepEqual(feed.periods[0].promises[0].targets[0].unit, {
        one: {sv: 'vandring per år', en: 'walk per year'},
        other: {sv: 'vandringar per år', en: 'walks per year'},
      });

      const swedish = await widgetText(saved.text, 'sv');
      for (const words of ['Trygga skolvägar', 'Klotter', 'Bedrägerier', 'Kommunen lovar att ta bort klotter inom ett dygn.', 'vandringar per år']) {
        assert.ok(swedish.includes(words), `the Swedish widget shows "${words}"`);
      }
      const english = await widgetText(saved.text, 'en');
      for (const words of ['Safe ways to school', 'Graffiti', 'Fraud', 'The police promise to inform about fraud.', 'walks per year']) {
        assert.ok(english.includes(words), `the English widget shows "${words}"`);
      }

      assert.deepEqual([...errors, ...again.errors], []);
      assert.deepEqual([...requests, ...again.requests], [], 'the editor file makes no request');
    } finally {
      await context.close();
    }
  });

  test('a pasted page becomes a draft; a flagged point is dealt with; the saved file is valid', async () => {
    const context = await e2e.browser.newContext({acceptDownloads: true});
    try {
      const {page, errors} = await openEditor(context);
      // A fixture page in the shape of a municipality's promises page (two periods, the older followed up).
      const pageText = readFileSync(resolve(ROOT, 'test/fixtures/import/norrvik-two-periods.txt'), 'utf8');
      await page.getByRole('textbox', {name: 'Sidans text eller HTML'}).fill(pageText);
      await page.getByRole('button', {name: 'Gör ett utkast av sidan'}).click();
      await page.getByText('40 av 40 meningar från sidan finns i utkastet.').waitFor();

      // What the importer asks to review: a target read from the text. Jump there and complete it.
      await page.getByRole('button', {name: /Granska:/}).first().click();
      const target = group(page, 'Period 1', 'Löfte 2', 'Mål 1');
      await target.getByRole('textbox', {name: 'Vad mäts? Engelska', exact: true}).fill('Reported bicycle thefts');
      await target.getByRole('combobox', {name: 'Slag av enhet'}).selectOption({label: 'Antal'});
      await page.getByRole('button', {name: 'Klart: dölj anteckningarna från importen'}).click();

      const saved = await saveDownload(page, 'norrvik.json');
      const check = validate(saved.file);
      assert.ok(check.status === 0 || check.status === 1, `validate exited ${check.status}:\n${check.output}`);
      const feed = JSON.parse(saved.text);
      assert.equal(feed.periods[0].promises[1].targets[0].unit, 'count');
      assert.equal(feed.periods[0].promises[1].targets[0].label.en, 'Reported bicycle thefts');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('at 320 px (a phone, or 400 % zoom of a 1280 px window) nothing needs scrolling sideways', async () => {
    const context = await e2e.browser.newContext({viewport: {width: 320, height: 640}});
    try {
      const {page, errors} = await openEditor(context);
      assert.equal(await page.evaluate(() => innerWidth), 320, 'the window is 320 px wide');
      /** Elements, through shadow roots, that reach past the window's right edge. */
      const overflowing = () =>
        page.evaluate(() => {
          const found = [];
          const walk = (root) => {
            for (const element of root.querySelectorAll('*')) {
              const box = element.getBoundingClientRect();
              if (box.width > 0 && box.right > innerWidth + 1) found.push(`${element.tagName.toLowerCase()}.${element.className}`);
              if (element.shadowRoot) walk(element.shadowRoot);
            }
          };
          walk(document);
          return {width: document.documentElement.scrollWidth, found};
        });
      assert.deepEqual(await overflowing(), {width: 320, found: []}, 'the start page');
      await page.getByRole('button', {name: 'Skapa ett nytt flöde'}).click();
      await page.locator('mle-form').waitFor();
      await group(page, 'Period 1', 'Löfte 1').getByRole('button', {name: 'Lägg till mätbart mål'}).click();
      await group(page, 'Period 1', 'Löfte 1', 'Mål 1').getByRole('combobox', {name: 'Slag av enhet'}).selectOption('plural');
      assert.deepEqual(await overflowing(), {width: 320, found: []}, 'the form, with a plural unit');
      await page.getByRole('button', {name: 'Kod för webbplatsen'}).click();
      await page.getByRole('dialog').waitFor();
      assert.deepEqual(await overflowing(), {width: 320, found: []}, 'the embed code dialog');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('the interface switches to English, the problems with it, and the page says so', async () => {
    const context = await e2e.browser.newContext();
    try {
      const {page, errors} = await openEditor(context);
      await page.getByRole('combobox', {name: 'Verktygets språk'}).selectOption('en');
      await page.getByRole('heading', {name: 'Write citizen promises', level: 1}).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await page.title(), 'Write citizen promises');
      await page.getByRole('button', {name: 'Create a new feed'}).click();
      // The validator's and the importer's words are in English too (the tools' translations are in the file).
      await page.locator('mle-problems').getByText(/^Errors: \d+\. Warnings: 0\.$/).waitFor();
      await page.locator('mle-problems').getByText(/The required field "area" is missing/).first().waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
