/**
 * The Swedish editors' guide (docs/webbredaktorer.md), its main path, in the
 * guide's own words: every button, field and message the guide names on the
 * way is found by that name in the built dist/editor.html, opened from disk
 * in Chromium. A renamed button makes this fail, and then the guide needs
 * the same change.
 *
 *   npm run build && node --test test/e2e/guide.test.mjs
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {after, before, test} from 'node:test';
import {group, textbox} from '../../scripts/editor-steps.mjs';
import {ROOT, launchBrowser, requireBuild} from './harness.mjs';

const EDITOR = pathToFileURL(resolve(ROOT, 'dist/editor.html')).href;

/** @type {import('playwright-core').Browser} */
let browser;
before(async () => {
  requireBuild();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});


/** Resolves once `locator`'s element has the focus (through shadow roots). */
async function focused(page, locator) {
  const handle = await locator.elementHandle();
  await page.waitForFunction((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  }, handle);
}

test("the guide's path: new feed, a problem and the jump, translation, a plural unit, the embed code, saving, a pasted page", async () => {
  const context = await browser.newContext({acceptDownloads: true, locale: 'sv-SE'});
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(EDITOR);

    // Börja
    await page.getByRole('heading', {name: 'Skriv medborgarlöften', level: 1}).waitFor();
    await page.getByRole('heading', {name: 'Börja', exact: true}).waitFor();
    await page.getByRole('button', {name: 'Skapa ett nytt flöde'}).click();

    // Problem i flödet: a row names the place; pressing it moves focus to the field; fixing it removes the row.
    const problems = page.locator('mle-problems');
    await problems.getByRole('heading', {name: 'Problem i flödet'}).waitFor();
    const areaRow = problems.getByRole('button', {name: /Löfte 1 › Område.*Det obligatoriska fältet "area" saknas\. Löftet visas inte\./});
    await areaRow.click();
    const promise = group(page, 'Period 1', 'Löfte 1');
    await focused(page, textbox(promise, 'Område Svenska'));
    await textbox(promise, 'Område Svenska').fill('Trygga skolvägar');
    await areaRow.waitFor({state: 'detached'});

    await textbox(page, 'Överskrift Svenska').fill('Medborgarlöften i Ekby');
    await textbox(group(page, 'Part 1'), 'Namn Svenska').fill('Polisen, lokalpolisområde Ekby');
    await textbox(group(page, 'Part 2'), 'Namn Svenska').fill('Ekby kommun');
    await textbox(promise, 'Löftet Svenska').fill('Polisen och kommunen lovar att göra skolvägarna tryggare.');

    // Mätbara mål och enheter: the form for 1 and for other numbers.
    await promise.getByRole('button', {name: 'Lägg till mätbart mål'}).click();
    const target = group(promise, 'Mål 1');
    await textbox(target, 'Vad mäts? Svenska').fill('Trygghetsvandringar');
    await target.getByRole('combobox', {name: 'Slag av enhet'}).selectOption({label: 'Egen enhet i ord, med form för ental och flertal'});
    await textbox(target, 'Enheten efter talet 1 Svenska').fill('vandring per år');
    await textbox(target, 'Enheten efter andra tal Svenska').fill('vandringar per år');
    await target.getByRole('button', {name: 'Lägg till målvärde'}).click();
    await textbox(target, 'Målvärde').fill('4');
    await target.getByRole('checkbox', {name: 'Målvärdet är ett minsta värde ("minst två")'}).check();
    await problems.getByText('Inga problem.', {exact: true}).waitFor();

    // Svenska och engelska sida vid sida: only what lacks English, then English typed in.
    await page.getByRole('checkbox', {name: 'Visa bara det som saknar engelska'}).check();
    await page.getByText(/\d+ texter saknar engelska\./).waitFor();
    await textbox(promise, 'Område Engelska').fill('Safe ways to school');
    await page.getByRole('checkbox', {name: 'Visa bara det som saknar engelska'}).uncheck();

    // Förhandsvisningen
    const preview = page.locator('mle-preview');
    await preview.getByRole('radio', {name: 'Liten mobil (320 px)'}).check();
    await preview.getByRole('radio', {name: 'Båda, sida vid sida'}).check();
    await preview.getByText('På engelska', {exact: true}).waitFor();

    // Koden: the dialog's fields as the guide lists them.
    await page.getByRole('button', {name: 'Kod för webbplatsen'}).click();
    const dialog = page.getByRole('dialog', {name: 'Kod för att visa löftena på er webbplats'});
    await textbox(dialog, 'Flödets adress på webbplatsen').fill('/filer/ekby.json');
    await textbox(dialog, 'Skriptets adress på webbplatsen').fill('/filer/medborgar-loften.js');
    await textbox(dialog, 'Länk till löftena som PDF eller vanlig sida (valfritt)').fill('/filer/ekby.pdf');
    await textbox(dialog, 'Länkens text').waitFor();
    await dialog.getByRole('combobox', {name: 'Språk'}).selectOption({label: 'Samma som sidan (rekommenderas)'});
    await dialog.getByRole('combobox', {name: 'Rubriknivå för perioderna'}).selectOption({label: 'H2'});
    await dialog.getByRole('checkbox', {name: 'Sidan läses upp med en tjänst som "Lyssna" (light DOM)'}).waitFor();
    await dialog.getByRole('checkbox', {name: 'Publiceringsverktyget tar bort okända taggar (använd en div)'}).check();
    const code = await dialog.getByRole('textbox', {name: 'Koden'}).inputValue();
    assert.match(code, /<div data-medborgar-loften data-src="\/filer\/ekby\.json" data-heading-level="2">/);
    await dialog.getByRole('button', {name: 'Kopiera koden'}).waitFor();
    await dialog.getByRole('button', {name: 'Stäng'}).click();

    // Spara: a download, said in the guide's words.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Spara', exact: true}).click()]);
    assert.equal(download.suggestedFilename(), 'medborgarloften.json');
    await page.getByText('Sparat: medborgarloften.json finns bland dina hämtade filer.', {exact: true}).waitFor();
    for (const name of ['Ångra', 'Gör om', 'Öppna eller börja om']) await page.getByRole('button', {name, exact: true}).waitFor();

    // Börja från er befintliga sida
    await page.getByRole('button', {name: 'Öppna eller börja om'}).click();
    await page.getByRole('heading', {name: 'Börja från er befintliga sida'}).waitFor();
    await textbox(page, 'Sidans text eller HTML').fill(readFileSync(resolve(ROOT, 'test/fixtures/import/ekby-sections.txt'), 'utf8'));
    await page.getByRole('button', {name: 'Gör ett utkast av sidan'}).click();
    await problems.getByRole('heading', {name: 'Från sidan du klistrade in'}).waitFor();
    await problems.getByText(/(\d+) av \1 meningar från sidan finns i utkastet\./).waitFor();
    await problems.getByText('Granska det här innan ni publicerar:', {exact: true}).waitFor();
    await problems.getByRole('button', {name: /^Visa vad importen kände igen/}).waitFor();
    await problems.getByRole('button', {name: 'Klart: dölj anteckningarna från importen'}).click();
    await problems.getByRole('heading', {name: 'Från sidan du klistrade in'}).waitFor({state: 'detached'});

    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
