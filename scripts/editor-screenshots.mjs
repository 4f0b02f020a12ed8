/**
 * Screenshots of the editor for the Swedish guide (docs/webbredaktorer.md):
 * the built dist/editor.html opened from disk in the project's Chromium,
 * filled in as a person would, written to docs/images/editor-*.png.
 * The importer's picture starts from test/fixtures/import/ekby-sections.txt,
 * a fictional page in the shape the importer reads.
 *
 *   npm run build && npm run docs:screenshots
 *
 * The feed typed here is fictional (Ekby). Pictures are taken at a fixed
 * window size and device scale, so a rerun changes a picture only when the
 * editor looks different.
 */
import {mkdirSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {chromium} from 'playwright-core';
import {browserArgs, findBrowser} from './browser.mjs';
import {fillPluralTarget, group, textbox} from './editor-steps.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EDITOR = pathToFileURL(resolve(ROOT, 'dist/editor.html')).href;
const OUT = resolve(ROOT, 'docs/images');
mkdirSync(OUT, {recursive: true});

const browser = await chromium.launch({executablePath: findBrowser(), headless: true, args: browserArgs()});
const context = await browser.newContext({viewport: {width: 1280, height: 900}, deviceScaleFactor: 1, locale: 'sv-SE'});
const page = await context.newPage();


/** A picture of what `locator` shows (or the window), once the draft is kept, with the focus ring and caret out of the way. */
async function shoot(name, locator) {
  await page.locator('.autosave[data-status="saved"]').waitFor();
  await page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    active?.blur?.();
  });
  const path = resolve(OUT, `editor-${name}.png`);
  if (locator) await locator.screenshot({path});
  else await page.screenshot({path});
  console.log(`docs/images/editor-${name}.png`);
}

await page.goto(EDITOR);
await page.getByRole('button', {name: 'Skapa ett nytt flöde'}).click();
await page.locator('mle-form').waitFor();
await page.evaluate(() => scrollTo(0, 0));
await shoot('new-feed');

await textbox(page, 'Överskrift Svenska').fill('Medborgarlöften i Ekby');
await textbox(group(page, 'Part 1'), 'Namn Svenska').fill('Polisen, lokalpolisområde Ekby');
await textbox(group(page, 'Part 2'), 'Namn Svenska').fill('Ekby kommun');
const promise = () => group(page, 'Period 1', 'Löfte 1');
await textbox(promise(), 'Område Svenska').fill('Trygga skolvägar');
await textbox(promise(), 'Område Engelska').fill('Safe ways to school');
await textbox(promise(), 'Löftet Svenska').fill('Polisen och kommunen lovar att göra skolvägarna tryggare, tillsammans med föräldrar och skolor.');
await promise().getByRole('button', {name: 'Lägg till mätbart mål'}).click();
const target = () => group(promise(), 'Mål 1');
await fillPluralTarget(target);
await page.locator('mle-problems').getByText('Inga problem.', {exact: true}).waitFor();
await shoot('target', target());

// A date written wrong: the problem list and the problem beside its field.
await group(page, 'Period 1').getByRole('textbox', {name: 'Gäller till och med', exact: true}).fill('2027-13');
await page.locator('mle-problems').getByText(/är inget datum/).waitFor();
await page.evaluate(() => scrollTo(0, 0));
await shoot('problems');

// The translation view: only what lacks English.
await group(page, 'Period 1').getByRole('textbox', {name: 'Gäller till och med', exact: true}).fill('2027');
await page.locator('mle-problems').getByText('Inga problem.', {exact: true}).waitFor();
await page.getByRole('checkbox', {name: 'Visa bara det som saknar engelska'}).check();
await page.evaluate(() => scrollTo(0, 0));
await shoot('translation');
await page.getByRole('checkbox', {name: 'Visa bara det som saknar engelska'}).uncheck();

// The preview at a phone's width.
const preview = page.locator('mle-preview');
await preview.getByRole('radio', {name: 'Liten mobil (320 px)'}).check();
await preview.locator('medborgar-loften').first().evaluate((widget) => widget.contentComplete);
await preview.getByRole('button', {name: 'Trygga skolvägar'}).click();
await shoot('preview-phone', preview);

// The embed code dialog, with the addresses the person fills in.
await page.getByRole('button', {name: 'Kod för webbplatsen'}).click();
const dialog = page.getByRole('dialog', {name: 'Kod för att visa löftena på er webbplats'});
await dialog.getByRole('textbox', {name: 'Skriptets adress på webbplatsen', exact: true}).fill('/filer/medborgar-loften.js');
await dialog.getByRole('textbox', {name: 'Länk till löftena som PDF eller vanlig sida (valfritt)', exact: true}).fill('/filer/medborgarloften-ekby.pdf');
await shoot('embed-code', dialog);
await dialog.getByRole('button', {name: 'Stäng'}).click();

// Starting from an existing page: the pasted text, then the draft's notes.
await page.getByRole('button', {name: 'Öppna eller börja om'}).click();
const importChoice = page.locator('mle-start section.import');
await importChoice.getByRole('textbox', {name: 'Sidans text eller HTML'}).fill(readFileSync(resolve(ROOT, 'test/fixtures/import/ekby-sections.txt'), 'utf8'));
await shoot('import-paste', importChoice);
await importChoice.getByRole('button', {name: 'Gör ett utkast av sidan'}).click();
await page.locator('mle-problems section.import').waitFor();
await page.evaluate(() => scrollTo(0, 0));
await shoot('import-notes', page.locator('mle-problems section.import'));

await browser.close();
