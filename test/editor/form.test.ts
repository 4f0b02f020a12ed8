/**
 * The form on its own: every kind of field, edits as events, lists with
 * keyboard buttons and where focus goes, plural units, problems tied to
 * their fields, the translation filter; axe in each state.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {MleForm} from '../../src/editor/form/form.js';
import {idFor} from '../../src/editor/form/context.js';
import {applyEdit, type DocumentState, type Edit} from '../../src/editor/model/edits.js';
import {translationGaps} from '../../src/editor/model/gaps.js';
import {getAt, pathKey, type JsonValue, type Path} from '../../src/editor/model/json.js';
import {buttonNamed, choose, deepActive, editsDuring, field, spoken, type, words} from './helpers.js';

const FEED = {
  format: 'medborgar-loften/1',
  parties: [
    {id: 'polisen', name: {sv: 'Polisen', en: 'The Police'}, kind: 'police'},
    {id: 'kommunen', name: {sv: 'Kommunen'}, kind: 'municipality'},
  ],
  periods: [
    {
      id: '2026',
      from: '2026',
      promises: [
        {id: 'trafik', area: {sv: 'Trafik', en: 'Traffic'}, promise: {sv: 'Vi lovar trafiksäkerhet.'}},
        {id: 'trygghet', area: {sv: 'Trygghet'}, promise: {sv: 'Vi lovar trygghet.', en: 'We promise safety.'}},
        {id: 'droger', area: {sv: 'Droger', en: 'Drugs'}, promise: {sv: 'Vi lovar.', en: 'We promise.'}},
      ],
    },
  ],
} as const;

/** A form that applies its own edits, as the editor does. */
async function harness(doc: JsonValue = FEED as unknown as JsonValue): Promise<{form: MleForm; state: () => DocumentState}> {
  let state: DocumentState = {doc, generatedIds: new Set()};
  const form = await fixture<MleForm>(html`<mle-form .doc=${doc} .gaps=${translationGaps(doc, 'en')}></mle-form>`);
  form.addEventListener('mle-edit', (event) => {
    state = applyEdit(state, (event as CustomEvent<{edit: Edit}>).detail.edit);
    form.doc = state.doc;
    form.gaps = translationGaps(state.doc, 'en');
  });
  await form.updateComplete;
  return {form, state: () => state};
}

const root = (form: MleForm) => form.shadowRoot!;
const promise = (n: number): Path => ['periods', 0, 'promises', n];

describe('editor form: texts in two languages', () => {
  it('has a Swedish and an English field for a text, each in its language, named by the field and the language', async () => {
    const {form} = await harness();
    const sv = field(form, [...promise(0), 'area'], 'sv');
    const en = field(form, [...promise(0), 'area'], 'en');
    expect([sv.lang, en.lang]).to.deep.equal(['sv', 'en']);
    expect([sv.value, en.value]).to.deep.equal(['Trafik', 'Traffic']);
    // The accessible name: the labelling elements' text, without what is hidden from screen readers.
    const visibleText = (element: Element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return words(copy);
    };
    const name = (input: HTMLElement) =>
      input
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => visibleText(root(form).getElementById(id)!))
        .join(' ');
    expect(name(sv)).to.equal('Område Svenska');
    expect(name(en)).to.equal('Område Engelska');
    expect(sv.getAttribute('aria-required')).to.equal('true');
  });

  it('turns typing into a text edit grouped by field and language', async () => {
    const {form, state} = await harness();
    const edits = await editsDuring(form, () => type(field(form, [...promise(1), 'area'], 'en'), 'Safety'));
    expect(edits).to.deep.equal([
      {edit: {type: 'text', path: [...promise(1), 'area'], language: 'en', text: 'Safety'}, group: `text:${pathKey([...promise(1), 'area'])}:en`},
    ]);
    expect(getAt(state().doc, [...promise(1), 'area'])).to.deep.equal({sv: 'Trygghet', en: 'Safety'});
  });

  it('says beside an empty English field that the translation is missing', async () => {
    const {form} = await harness();
    const en = field(form, [...promise(1), 'area'], 'en');
    const note = root(form).getElementById(idFor([...promise(1), 'area'], 'missing', 'en'));
    expect(words(note)).to.equal('Engelsk översättning saknas.');
    expect(en.getAttribute('aria-describedby')!.split(' ')).to.include(note!.id);
    type(en, 'Safety');
    await form.updateComplete;
    expect(root(form).getElementById(idFor([...promise(1), 'area'], 'missing', 'en'))?.id).to.equal(undefined);
  });

  it('renders a rich text as the widget would, on request', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const {form} = await harness();
    type(field<HTMLTextAreaElement>(form, [...promise(0), 'promise'], 'sv'), 'Vi **lovar**:\n\n- fler kontroller\n- [plan](https://example.org/plan)');
    await form.updateComplete;
    const toggle = root(form).querySelector<HTMLButtonElement>(`[aria-controls="${idFor([...promise(0), 'promise'], 'preview')}"]`)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await form.updateComplete;
    const preview = root(form).getElementById(idFor([...promise(0), 'promise'], 'preview'))!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(preview.querySelector('[lang="sv"] strong')?.textContent).to.equal('lovar');
    expect([...preview.querySelectorAll('[lang="sv"] li')].map((item) => words(item))).to.deep.equal(['fler kontroller', 'plan']);
    expect(preview.querySelector('a')?.getAttribute('href')).to.equal('https://example.org/plan');
    await expect(form).to.be.accessible();
  });
});

describe('editor form: numbers, dates, choices', () => {
  const target: Path = [...promise(0), 'targets', 0];
  const withTarget = {
    ...FEED,
    periods: [{...FEED.periods[0], promises: [{...FEED.periods[0].promises[0], targets: [{label: {sv: 'Kontroller'}, goal: {}}]}]}],
  } as unknown as JsonValue;

  const rows: {typed: string; stored: JsonValue | undefined}[] = [
    {typed: '12,5', stored: 12.5},
    {typed: '-10', stored: -10},
    {typed: '1 200', stored: 1200},
    {typed: '12,', stored: '12,'},
    {typed: 'tolv', stored: 'tolv'},
    {typed: '', stored: undefined},
  ];
  for (const row of rows) {
    it(`"${row.typed}" in a number field is stored as ${JSON.stringify(row.stored)} and stays as typed`, async () => {
      const {form, state} = await harness(withTarget);
      const input = field(form, [...target, 'goal', 'value']);
      type(input, row.typed);
      await form.updateComplete;
      expect(getAt(state().doc, [...target, 'goal', 'value'])).to.deep.equal(row.stored);
      expect(input.value).to.equal(row.typed);
    });
  }

  it('keeps a year as a number and a date as written', async () => {
    const {form, state} = await harness(withTarget);
    type(field(form, [...target, 'goal', 'year']), '2027');
    type(field(form, ['periods', 0, 'to']), '2027-06');
    await form.updateComplete;
    expect(getAt(state().doc, [...target, 'goal', 'year'])).to.equal(2027);
    expect(getAt(state().doc, ['periods', 0, 'to'])).to.equal('2027-06');
  });

  it('sets and clears a status, a flag and who keeps a promise', async () => {
    const {form, state} = await harness(withTarget);
    choose(field<HTMLInputElement>(form, [...target, 'goal', 'atLeast']), true);
    choose(root(form).getElementById(idFor([...promise(0), 'by'], 'party', 'kommunen')) as HTMLInputElement, true);
    await form.updateComplete;
    expect(getAt(state().doc, [...target, 'goal', 'atLeast'])).to.equal(true);
    expect(getAt(state().doc, [...promise(0), 'by'])).to.deep.equal(['kommunen']);
    choose(root(form).getElementById(idFor([...promise(0), 'by'], 'party', 'kommunen')) as HTMLInputElement, false);
    choose(field<HTMLInputElement>(form, [...target, 'goal', 'atLeast']), false);
    await form.updateComplete;
    expect(getAt(state().doc, [...promise(0), 'by'])).to.equal(undefined);
    expect(getAt(state().doc, [...target, 'goal', 'atLeast'])).to.equal(undefined);
  });

  it('keeps and shows a status the format does not know, until another is chosen', async () => {
    const doc = {...FEED, periods: [{...FEED.periods[0], outcome: {status: 'klart'}}]} as unknown as JsonValue;
    const {form} = await harness(doc);
    const select = field<HTMLSelectElement>(form, ['periods', 0, 'outcome', 'status']);
    expect(select.value).to.equal('klart');
  });
});

describe('editor form: plural units', () => {
  const unit: Path = [...promise(0), 'targets', 0, 'unit'];
  const doc = (value: JsonValue | undefined) =>
    ({
      ...FEED,
      periods: [
        {
          ...FEED.periods[0],
          promises: [{...FEED.periods[0].promises[0], targets: [{label: {sv: 'Vandringar'}, ...(value === undefined ? {} : {unit: value})}]}],
        },
      ],
    }) as unknown as JsonValue;

  it('offers plural forms, and keeps words already written as the form for other numbers', async () => {
    const {form, state} = await harness(doc({sv: 'vandringar per år'}));
    choose(field<HTMLSelectElement>(form, unit), 'plural');
    await form.updateComplete;
    expect(getAt(state().doc, unit)).to.deep.equal({other: {sv: 'vandringar per år'}});
    expect(field(form, [...unit, 'other'], 'sv').value).to.equal('vandringar per år');
  });

  it('has a form after 1 and after other numbers, each in Swedish and English', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const {form, state} = await harness(doc({other: {}}));
    type(field(form, [...unit, 'one'], 'sv'), 'vandring per år');
    type(field(form, [...unit, 'one'], 'en'), 'walk per year');
    type(field(form, [...unit, 'other'], 'sv'), 'vandringar per år');
    type(field(form, [...unit, 'other'], 'en'), 'walks per year');
    await form.updateComplete;
    expect(getAt(state().doc, unit)).to.deep.equal({
      other: {sv: 'vandringar per år', en: 'walks per year'},
      one: {sv: 'vandring per år', en: 'walk per year'},
    });
    expect(words(root(form).getElementById(idFor([...unit, 'one'], 'legend')))).to.equal('Enheten efter talet 1');
    expect(field(form, [...unit, 'other'], 'sv').getAttribute('aria-required')).to.equal('true');
    await expect(form).to.be.accessible();
  });

  it('goes back to count, and to no unit', async () => {
    const {form, state} = await harness(doc({other: {sv: 'x'}}));
    choose(field<HTMLSelectElement>(form, unit), 'count');
    await form.updateComplete;
    expect(getAt(state().doc, unit)).to.equal('count');
    choose(field<HTMLSelectElement>(form, unit), 'none');
    await form.updateComplete;
    expect(getAt(state().doc, unit)).to.equal(undefined);
  });
});

describe('editor form: lists with buttons', () => {
  it('adds a promise and moves focus to its first field', async () => {
    const {form, state} = await harness();
    buttonNamed(root(form), 'Lägg till löfte').click();
    await form.updateComplete;
    expect(getAt(state().doc, promise(3))).to.deep.equal({id: 'lofte-4'});
    expect(deepActive()?.id).to.equal(field(form, [...promise(3), 'id']).id);
  });

  it('removes a promise, says so, and moves focus to the one that took its place', async () => {
    const {form, state} = await harness();
    const said = oneEvent(form, 'mle-announce');
    buttonNamed(root(form), 'Ta bort löfte 1').click();
    expect((await said).detail.message).to.equal('Löfte 1 är borttaget.');
    await form.updateComplete;
    expect(getAt(state().doc, [...promise(0), 'id'])).to.equal('trygghet');
    expect(deepActive()?.id).to.equal(idFor(promise(0), 'heading'));
    expect(words(deepActive())).to.equal('Löfte 1: Trygghet');
  });

  it('removing the last promise moves focus to the one before it', async () => {
    const {form} = await harness();
    buttonNamed(root(form), 'Ta bort löfte 3').click();
    await form.updateComplete;
    expect(words(deepActive())).to.equal('Löfte 2: Trygghet');
  });

  it('removing the only item moves focus to "add"', async () => {
    const doc = {...FEED, contacts: [{name: 'Anna'}]} as unknown as JsonValue;
    const {form} = await harness(doc);
    buttonNamed(root(form), 'Ta bort kontakt 1').click();
    await form.updateComplete;
    expect(spoken(deepActive())).to.equal('Lägg till kontakt');
  });

  it('moves a promise down and keeps focus on its button in its new place', async () => {
    const {form, state} = await harness();
    buttonNamed(root(form), 'Flytta ner löfte 1').focus();
    buttonNamed(root(form), 'Flytta ner löfte 1').click();
    await form.updateComplete;
    expect(getAt(state().doc, [...promise(1), 'id'])).to.equal('trafik');
    expect((deepActive() as HTMLElement).getAttribute('aria-label')).to.equal('Flytta ner löfte 2');
  });

  it('at the end of the list, focus goes to the other move button', async () => {
    const {form} = await harness();
    buttonNamed(root(form), 'Flytta ner löfte 2').click();
    await form.updateComplete;
    expect((deepActive() as HTMLElement).getAttribute('aria-label')).to.equal('Flytta upp löfte 3');
  });

  it('a move button at the end of the list does nothing and says it cannot', async () => {
    const {form} = await harness();
    const first = buttonNamed(root(form), 'Flytta upp löfte 1');
    expect(first.getAttribute('aria-disabled')).to.equal('true');
    const edits = await editsDuring(form, () => first.click());
    expect(edits).to.deep.equal([]);
  });

  it('adds and removes an optional part, a follow-up', async () => {
    const {form, state} = await harness();
    buttonNamed(root(form), 'Lägg till uppföljning av hela perioden').click();
    await form.updateComplete;
    expect(getAt(state().doc, ['periods', 0, 'outcome'])).to.deep.equal({});
    expect(deepActive()?.id).to.equal(field(form, ['periods', 0, 'outcome', 'status']).id);
    buttonNamed(root(form), 'Ta bort uppföljningen av perioden').click();
    await form.updateComplete;
    expect(getAt(state().doc, ['periods', 0, 'outcome'])).to.equal(undefined);
    expect(spoken(deepActive())).to.equal('Lägg till uppföljning av hela perioden');
  });

  it('names items by number and name, in their own language', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const {form} = await harness();
    const heading = root(form).getElementById(idFor(promise(1), 'heading'))!;
    expect(heading.tagName).to.equal('H4');
    expect(words(heading)).to.equal('Löfte 2: Trygghet');
    expect(heading.querySelector('span')?.lang).to.equal('sv');
    await expect(form).to.be.accessible();
  });
});

describe('editor form: problems beside their fields', () => {
  const problems = new Map([
    [pathKey([...promise(1), 'area']), [{severity: 'error' as const, message: 'Området saknas.'}]],
    [pathKey(promise(2)), [{severity: 'warning' as const, message: 'Okänt fält "promse".'}]],
  ]);

  it('shows each problem beside its field, tied with aria-describedby and aria-invalid', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const {form} = await harness();
    form.problems = problems;
    await form.updateComplete;
    const input = field(form, [...promise(1), 'area'], 'sv');
    const list = root(form).getElementById(idFor([...promise(1), 'area'], 'problems'))!;
    expect(words(list)).to.equal('Fel: Området saknas.');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(list.id);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const group = root(form).querySelector(`[data-anchor="${pathKey(promise(2))}"]`)!;
    expect(words(group.querySelector('.problems'))).to.equal('Varning: Okänt fält "promse".');
    await expect(form).to.be.accessible();
  });

  it('every aria-describedby and aria-labelledby points at an element that is there', async () => {
    const {form} = await harness();
    form.problems = problems;
    await form.updateComplete;
    for (const element of root(form).querySelectorAll('[aria-describedby], [aria-labelledby], [aria-controls]')) {
      for (const attribute of ['aria-describedby', 'aria-labelledby', 'aria-controls']) {
        for (const id of (element.getAttribute(attribute) ?? '').split(' ').filter(Boolean)) {
          expect(root(form).getElementById(id), `${attribute}="${id}"`).to.not.equal(null);
        }
      }
    }
  });

  it('focuses the field a problem belongs to, or the heading of its group', async () => {
    const {form} = await harness();
    expect(await form.focusAnchor([...promise(1), 'area'], 'en')).to.equal(true);
    expect(deepActive()?.id).to.equal(field(form, [...promise(1), 'area'], 'en').id);
    expect(await form.focusAnchor(promise(2))).to.equal(true);
    expect(deepActive()?.id).to.equal(idFor(promise(2), 'heading'));
    expect(await form.focusAnchor(['nothing', 'here'])).to.equal(false);
  });
});

describe('editor form: only what lacks English', () => {
  it('shows only the texts without English, and how many', async function () {
    // axe over the whole editor takes seconds in WebKit on a busy machine.
    this.timeout(30_000);
    const {form} = await harness();
    form.onlyMissing = true;
    await form.updateComplete;
    const shown = [...root(form).querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-edit]')].map((input) => input.id);
    expect(shown).to.deep.equal([
      idFor(['parties', 1, 'name'], 'field', 'sv'),
      idFor(['parties', 1, 'name'], 'field', 'en'),
      idFor([...promise(0), 'promise'], 'field', 'sv'),
      idFor([...promise(0), 'promise'], 'field', 'en'),
      idFor([...promise(1), 'area'], 'field', 'sv'),
      idFor([...promise(1), 'area'], 'field', 'en'),
    ]);
    expect(words(root(form).getElementById('missing-count'))).to.equal('3 texter saknar engelska.');
    await expect(form).to.be.accessible();
  });

  it('a text translated in the filter stays until the filter is left, and the count goes down', async () => {
    const {form} = await harness();
    form.onlyMissing = true;
    await form.updateComplete;
    type(field(form, [...promise(1), 'area'], 'en'), 'Safety');
    await form.updateComplete;
    expect(field(form, [...promise(1), 'area'], 'en').value).to.equal('Safety');
    expect(words(root(form).getElementById('missing-count'))).to.equal('2 texter saknar engelska.');
    form.onlyMissing = false;
    await form.updateComplete;
    form.onlyMissing = true;
    await form.updateComplete;
    expect(root(form).getElementById(idFor([...promise(1), 'area'], 'field', 'en'))?.id).to.equal(undefined);
  });

  it('leaves the filter to show a field it hides', async () => {
    const {form} = await harness();
    form.onlyMissing = true;
    await form.updateComplete;
    const said: unknown[] = [];
    form.addEventListener('mle-filter', (event) => said.push((event as CustomEvent).detail));
    expect(await form.focusAnchor(['periods', 0, 'from'])).to.equal(true);
    expect(said).to.deep.equal([{onlyMissing: false}]);
    expect(deepActive()?.id).to.equal(field(form, ['periods', 0, 'from']).id);
  });
});

describe('editor form: the feed language', () => {
  it('names the languages, and keeps one the list does not have', async () => {
    const {form} = await harness({...FEED, language: 'de'} as unknown as JsonValue);
    const select = field<HTMLSelectElement>(form, ['language']);
    const names = [...select.options].map((option) => option.textContent!.trim());
    // Names come from Intl.DisplayNames; a browser without a name for one (Northern Sami) shows its tag.
    expect(names.slice(0, 4)).to.deep.equal(['Inte angiven', 'Svenska', 'Engelska', 'Finska']);
    expect(names.at(-1)).to.equal('de');
    expect(select.value).to.equal('de');
  });
});

describe('editor form: every kind of the format', () => {
  // axe runs on the form in its other states; over this feed's hundreds of fields it took WebKit
  // more than 30 s in a full run. Here: every field has a name that is there.
  it('draws the Exempelby feed (every kind of object), each field with a name', async () => {
    const doc = (await (await fetch('/demo/feeds/exempelby.json')).json()) as JsonValue;
    const {form} = await harness(doc);
    const fields = [...root(form).querySelectorAll<HTMLElement>('input, select, textarea')];
    const unnamed = fields.filter((input) => {
      const labelledBy = input.getAttribute('aria-labelledby');
      if (labelledBy) return labelledBy.split(' ').some((id) => !words(root(form).getElementById(id)));
      return !words(root(form).querySelector(`label[for="${CSS.escape(input.id)}"]`));
    });
    expect(unnamed.map((input) => input.id)).to.deep.equal([]);
    // Signatories, links, contacts, follow-ups, activities by party: all on the form.
    for (const kind of ['party', 'period', 'promise', 'activity', 'target', 'done', 'contact', 'link', 'signatory']) {
      expect(root(form).querySelectorAll(`.item-${kind}`).length, kind).to.be.greaterThan(0);
    }
  });

  it('sets a signatory\'s party from the feed\'s parties', async () => {
    const doc = {...FEED, periods: [{...FEED.periods[0], signatories: [{name: 'Anna Andersson'}]}]} as unknown as JsonValue;
    const {form, state} = await harness(doc);
    const select = field<HTMLSelectElement>(form, ['periods', 0, 'signatories', 0, 'party']);
    expect([...select.options].map((option) => option.textContent!.trim())).to.deep.equal(['Ingen vald', 'Polisen', 'Kommunen']);
    choose(select, 'kommunen');
    await form.updateComplete;
    expect(getAt(state().doc, ['periods', 0, 'signatories', 0, 'party'])).to.equal('kommunen');
  });
});
