/**
 * What the widget shows of the demo feeds: periods, promises, outcomes,
 * activities, targets, contacts and links, and the attributes that shape it
 * (`today`, `period`, `heading-level`).
 */
import {expect, html} from '@open-wc/testing';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {STROMSUND as STROMSUND_FEED} from '../fixtures/demo-feeds.js';
import {EXEMPELBY, feed, headings, mount, mountInline, panelOf, root, STROMSUND, toggleNamed, toggles, visibleText} from '../helpers/element.js';



function fold(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function toggleNames(el: MedborgarLoften): string[] {
  return toggles(el).map((b) => fold(b.textContent));
}

function periodHeadings(el: MedborgarLoften): string[] {
  return [...root(el).querySelectorAll('[part~="period-heading"]')].map((h) => `${h.tagName} ${fold(h.textContent)}`);
}

function phases(el: MedborgarLoften): string[] {
  return [...root(el).querySelectorAll('[part~="phase"]')].map((p) => fold(p.textContent));
}

/** Text a screen reader reads as text: without aria-hidden parts and without images (role=img, named apart). */
function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"], [role="img"], svg, img').forEach((hidden) => hidden.remove());
  return fold(copy.textContent);
}

/** Visible text without images: what the widget writes in words. */
function wordsWithoutImages(el: MedborgarLoften): string {
  const base = root(el).querySelector<HTMLElement>('[part~="base"]')!;
  const images = [...base.querySelectorAll<HTMLElement | SVGElement>('[role="img"], svg')];
  const saved = images.map((image) => image.style.display);
  images.forEach((image) => (image.style.display = 'none'));
  try {
    return fold(base.innerText);
  } finally {
    images.forEach((image, index) => (image.style.display = saved[index]!));
  }
}

/** A target in words, as a screen reader gets it: its bars are hidden decoration, never a second text. */
function targetText(item: Element): string {
  for (const bar of item.querySelectorAll('svg')) {
    expect(bar.getAttribute('aria-hidden'), 'a bar is decoration').to.equal('true');
    expect(fold(bar.textContent), 'a bar has no text of its own').to.equal('');
  }
  expect(item.querySelectorAll('[role="img"], [aria-label]')).to.have.length(0);
  return spokenText(item);
}

/** Opens the promise with this area and returns its panel. */
async function open(el: MedborgarLoften, area: string): Promise<HTMLElement> {
  const button = toggleNamed(el, area);
  if (button.getAttribute('aria-expanded') !== 'true') {
    button.click();
    await el.updateComplete;
  }
  expect(button.getAttribute('aria-expanded')).to.equal('true');
  return panelOf(el, button);
}

async function expandAll(el: MedborgarLoften): Promise<void> {
  for (const button of toggles(el)) {
    if (button.getAttribute('aria-expanded') !== 'true') {
      button.click();
      await el.updateComplete;
    }
  }
}

/** The innermost list item under `scope` whose text contains `needle`. */
function itemWith(scope: ParentNode, needle: string): HTMLLIElement {
  const matches = [...scope.querySelectorAll('li')].filter((li) => fold(li.textContent).includes(needle));
  const item = matches.find((li) => !matches.some((other) => other !== li && li.contains(other)));
  if (!item) throw new Error(`No list item containing "${needle}"`);
  return item;
}

/** The heading (h1–h6) whose text is `text`, as "H3". */
function headingTag(el: MedborgarLoften, text: string): string | undefined {
  const found = [...root(el).querySelectorAll('h1,h2,h3,h4,h5,h6')].find((h) => fold(h.textContent) === text);
  return found?.tagName;
}

const STROMSUND_AREAS_SV = STROMSUND_FEED.areas;

const STROMSUND_AREAS_EN = [
  'Drugs',
  'Traffic',
  'Integration and segregation',
  'Fraud',
  'Road safety',
  'Young people and ANDTS (alcohol, drugs, doping, tobacco and gambling)',
  'Vandalism, burglary, theft and fraud',
  'Feeling safe',
];

/** UI strings of the Swedish source locale that must not survive in an English widget. */
const SWEDISH_UI = [
  'Bakgrund',
  'Kontakt',
  'Löftet ges av',
  'Genomfört',
  'Inte genomfört',
  'Uppföljning',
  'Så gick det',
  'Telefon',
  'E-post',
  'Aktiviteter',
  'Platser:',
  'Resultat:',
  'Utgångsläge',
  'utfall',
  'Mål:',
  'Mål till',
  'minska',
  'minst',
  'Avslutad',
  'Gäller nu',
  'Kommande',
  'Senast ändrad',
  'Undertecknat av',
  'Dokument',
  'Delvis genomfört',
  'Pågår',
  'Uppföljning av',
  'Medborgarlöften 20',
];

describe('content', () => {
  // Open sections are remembered for the visit; every test starts from a fresh visit.
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  describe('Strömsund in Swedish', () => {
    let el: MedborgarLoften;
    beforeEach(async () => {
      el = await mount(html`<medborgar-loften lang="sv" src=${STROMSUND}></medborgar-loften>`);
    });

    it('shows the periods newest first under h2 headings', () => {
      expect(periodHeadings(el)).to.deep.equal([
        'H2 Medborgarlöften 2021–2022',
        'H2 Så gick det med medborgarlöftena 2019–2021',
      ]);
      // Each period is a section named by its heading.
      const sections = [...root(el).querySelectorAll('section[part~="period"]')];
      expect(sections.map((s) => fold(root(el).getElementById(s.getAttribute('aria-labelledby')!)?.textContent))).to.deep.equal([
        'Medborgarlöften 2021–2022',
        'Så gick det med medborgarlöftena 2019–2021',
      ]);
    });

    it('leaves the feed title to the host page, and shows the intro', () => {
      expect(root(el).querySelector('[part~="title"]')).to.equal(null);
      expect(headings(el).some((h) => / Medborgarlöften$/.test(h))).to.equal(false);
      expect(visibleText(el)).to.contain('Polisens och Strömsunds kommuns medborgarlöften utgår från att lyssna');
      expect(visibleText(el)).to.contain('Löftena bygger på en dialog mellan Polisen, kommunen och medborgarna');
    });

    it('lists the promises as toggles in feed order, periods newest first', () => {
      expect(toggleNames(el)).to.deep.equal(STROMSUND_AREAS_SV);
      // The toggles of each period sit in that period's section.
      const [current, past] = [...root(el).querySelectorAll('section[part~="period"]')];
      expect([...current!.querySelectorAll(':is(h1, h2, h3, h4, h5, h6) > button[aria-expanded]')].map((b) => fold(b.textContent))).to.deep.equal(
        STROMSUND_AREAS_SV.slice(0, 4)
      );
      expect([...past!.querySelectorAll(':is(h1, h2, h3, h4, h5, h6) > button[aria-expanded]')].map((b) => fold(b.textContent))).to.deep.equal(
        STROMSUND_AREAS_SV.slice(4)
      );
    });

    it('shows a promise’s text, keepers, background, follow-up and targets when opened', async () => {
      const panel = await open(el, 'Narkotika');
      const text = fold(panel.innerText);
      expect(text).to.contain('Löftet ges av: Polisen, lokalpolisområde Strömsund och Strömsunds kommun');
      expect(text).to.contain('Polisen och kommunen lovar att arbeta förebyggande så att färre ungdomar i årskurs 9');
      expect(headingTag(el, 'Bakgrund')).to.equal('H4');
      expect(text).to.contain('Enligt polisens statistik har narkotikabrotten i kommunen ökat över tid.');
      expect(headingTag(el, 'Uppföljning')).to.equal('H4');
      expect(text).to.contain('Uppföljningen görs med hjälp av CAN:s rapport 2023.');
      expect(headingTag(el, 'Mål')).to.equal('H4');
      const target = targetText(itemWith(panel, 'Elever i årskurs 9 som har lust att prova narkotika'));
      expect(target).to.match(/^Elever i årskurs 9 som har lust att prova narkotika Utgångsläge 2019: 13\s% Mål: minska$/);
    });

    it('shows the 2019–2021 outcomes, done and not done, when opened', async () => {
      const button = toggleNamed(el, 'Trafiksäkerhet');
      const done = 'Polisen har genomfört informationskampanjer för att höja kunskapen om trafiksäkerhet.';
      const notDone = 'informera om reglerna för A-traktorer på föräldramöten';
      expect(itemWith(panelOf(el, button), done).checkVisibility(), 'hidden while closed').to.equal(false);

      const panel = await open(el, 'Trafiksäkerhet');
      const doneItem = itemWith(panel, done);
      const notDoneItem = itemWith(panel, notDone);
      expect(doneItem.checkVisibility()).to.equal(true);
      expect(notDoneItem.checkVisibility()).to.equal(true);
      expect(doneItem.parentElement, 'done and not done are separate lists').to.not.equal(notDoneItem.parentElement);
      expect(doneItem.parentElement!.querySelectorAll(':scope > li')).to.have.length(3);
      expect(notDoneItem.parentElement!.querySelectorAll(':scope > li')).to.have.length(1);
      expect(fold(doneItem.textContent)).to.contain('(Polisen, lokalpolisområde Strömsund)');
      expect(headingTag(el, 'Så gick det')).to.equal('H4');
      const text = fold(panel.innerText);
      expect(text.indexOf('Genomfört:')).to.be.greaterThan(-1);
      expect(text.indexOf('Genomfört:')).to.be.lessThan(text.indexOf(done));
      expect(text.indexOf('Inte genomfört:')).to.be.greaterThan(text.indexOf(done));
      expect(text.indexOf('Inte genomfört:')).to.be.lessThan(text.indexOf(notDone));

      const andts = await open(el, 'Ungdomar och ANDTS');
      expect(fold(itemWith(andts, 'informationskampanjer inför riskhelger').textContent)).to.contain(
        '(Polisen, lokalpolisområde Strömsund och Strömsunds kommun)'
      );
      // An item without `by` names nobody.
      expect(fold(itemWith(andts, 'avtal om narkotikahund').textContent)).to.not.contain('(');
      expect(fold(itemWith(andts, 'Blås Grönt').textContent)).to.contain('blev inte av på grund av pandemin');
    });

    it('shows the follow-up of the whole 2019–2021 period', () => {
      expect(headingTag(el, 'Uppföljning av hela perioden')).to.equal('H3');
      const past = root(el).querySelectorAll('section[part~="period"]')[1]!;
      const outcome = past.querySelector('[part~="outcome"]:not([part~="panel"] *)');
      expect(outcome).to.exist;
      expect(fold((outcome as HTMLElement).innerText)).to.contain('hållit en utbildningsdag för chefer och politiker');
      expect((outcome as HTMLElement).checkVisibility()).to.equal(true);
    });

    it('shows the contacts with tel: links', () => {
      expect(headingTag(el, 'Kontakt')).to.equal('H2');
      const contacts = [...root(el).querySelectorAll('[part~="contact"]')];
      expect(contacts).to.have.length(2);
      const switchboard = fold((contacts[0] as HTMLElement).innerText);
      expect(switchboard).to.contain('Strömsunds kommun');
      expect(switchboard).to.contain('Växel');
      expect(switchboard).to.contain('Box 500');
      expect(switchboard).to.contain('833 24 Strömsund');
      expect(switchboard).to.contain('Telefon: 0670-161 00');
      const tel = contacts[0]!.querySelector('a[href^="tel:"]')!;
      expect(fold(tel.textContent)).to.equal('0670-161 00');
      expect(tel.getAttribute('href')).to.equal('tel:067016100');
      expect(fold((contacts[1] as HTMLElement).innerText)).to.contain('Richard Persson');
      expect(contacts[1]!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:067016974');
    });
  });

  describe('Strömsund in English', () => {
    let el: MedborgarLoften;
    beforeEach(async () => {
      el = await mount(html`<medborgar-loften lang="en" today="2022-06-01" src=${STROMSUND}></medborgar-loften>`);
      await expandAll(el);
    });

    it('has no Swedish UI string left, even with everything open', () => {
      const text = wordsWithoutImages(el);
      for (const swedish of SWEDISH_UI) {
        expect(text, `"${swedish}" is Swedish`).to.not.contain(swedish);
      }
    });

    it('names every button, and writes the targets, in English', () => {
      const names = [...root(el).querySelectorAll('button')].map((button) => fold(button.textContent));
      expect(names.length).to.be.greaterThan(STROMSUND_AREAS_EN.length);
      for (const name of names) {
        expect(name, 'a button').to.not.match(/Visa|Dölj|Kopiera|länk|löften/);
      }
      const terms = [...root(el).querySelectorAll('.figure-term')].map((term) => fold(term.textContent)).join(' | ');
      // The goal's term is "Goal", not the heading "Targets" that shares its Swedish word "Mål".
      expect(terms).to.contain('Goal by 2022:');
      for (const swedish of ['Utgångsläge', 'utfall', 'Mål', 'Targets']) {
        expect(terms, `figure term "${swedish}"`).to.not.contain(swedish);
      }
    });

    it('shows English UI strings', () => {
      const text = visibleText(el);
      expect(periodHeadings(el)).to.deep.equal([
        'H2 Citizen promises 2021–2022',
        'H2 How the citizen promises for 2019–2021 turned out',
      ]);
      expect(phases(el)).to.deep.equal(['In force now', 'Ended']);
      expect(headingTag(el, 'Background')).to.equal('H4');
      expect(headingTag(el, 'Follow-up')).to.equal('H4');
      expect(headingTag(el, 'Targets')).to.equal('H4');
      expect(headingTag(el, 'How it went')).to.equal('H4');
      expect(headingTag(el, 'Follow-up of the whole period')).to.equal('H3');
      expect(headingTag(el, 'Contact')).to.equal('H2');
      expect(text).to.contain('Promised by: Swedish Police, Strömsund local police area and Strömsund Municipality');
      expect(text).to.contain('Carried out:');
      expect(text).to.contain('Not carried out:');
      expect(text).to.contain('Phone: 0670-161 00');
    });

    it('shows English content from the feed', () => {
      const text = visibleText(el);
      expect(toggleNames(el)).to.deep.equal(STROMSUND_AREAS_EN);
      expect(text).to.contain('The citizen promises of the Swedish Police and Strömsund Municipality');
      expect(text).to.contain('Police statistics show that drug offences in the municipality have increased over time.');
      expect(text).to.contain('Progress will be followed up through CAN\'s 2023 report.');
      expect(text).to.contain('The police ran information campaigns to raise awareness of road safety.');
      expect(text).to.contain('this did not take place because of the pandemic');
      expect(text).to.contain('held a training day for managers and politicians');
      expect(text).to.contain('Switchboard');
      expect(text).to.contain('Head of the Technical and Service Department / Head of Protective Security');
      const fraud = targetText(itemWith(root(el), 'Fraud offences'));
      // 163 − 10 % is 146.7: the promise holds at 146 or fewer, a whole number of offences.
      expect(fraud).to.equal('Fraud offences Baseline (2019): 163 Goal by 2022: at most 146 (10% lower)');
      expect(targetText(itemWith(root(el), 'Card fraud'))).to.equal('Card fraud Goal by 2022: down by 15%');
      expect(targetText(itemWith(root(el), 'Year-9 pupils who would like to try drugs'))).to.equal(
        'Year-9 pupils who would like to try drugs Baseline (2019): 13% Goal: decrease'
      );
    });

    it('marks nothing as another language: every text has its English translation', () => {
      const langs = new Set([...root(el).querySelectorAll('[lang]')].map((e) => e.getAttribute('lang')));
      expect([...langs]).to.deep.equal(['en']);
    });
  });

  describe('the today attribute', () => {
    it('makes 2021–2022 current and 2019–2021 ended on 1 June 2022', async () => {
      const el = await mount(html`<medborgar-loften lang="sv" today="2022-06-01" src=${STROMSUND}></medborgar-loften>`);
      expect(phases(el)).to.deep.equal(['Gäller nu', 'Avslutad']);
    });

    it('makes both Strömsund periods current on 1 June 2021 (they overlap)', async () => {
      const el = await mount(html`<medborgar-loften lang="sv" today="2021-06-01" src=${STROMSUND}></medborgar-loften>`);
      expect(phases(el)).to.deep.equal(['Gäller nu', 'Gäller nu']);
    });

    it('makes both Strömsund periods upcoming before they start', async () => {
      const el = await mount(html`<medborgar-loften lang="sv" today="2018-12-31" src=${STROMSUND}></medborgar-loften>`);
      expect(phases(el)).to.deep.equal(['Kommande', 'Kommande']);
    });

    it('shows an upcoming Exempelby period on 27 November 2026', async () => {
      const el = await mount(html`<medborgar-loften lang="sv" today="2026-11-27" src=${EXEMPELBY}></medborgar-loften>`);
      expect(periodHeadings(el)).to.deep.equal([
        'H2 Medborgarlöften 2027–2028',
        'H2 Medborgarlöften 2025–2026',
        'H2 Medborgarlöften 1 juli 2023 – 30 juni 2024',
      ]);
      // The tags say the phase; the headings beside them already say the years.
      expect(phases(el)).to.deep.equal(['Kommande', 'Gäller nu', 'Avslutad']);
    });

    it('updates the phases when today changes', async () => {
      const el = await mount(html`<medborgar-loften lang="en" today="2026-11-27" src=${EXEMPELBY}></medborgar-loften>`);
      expect(phases(el)[0]).to.equal('Upcoming');
      el.setAttribute('today', '2027-02-01');
      await el.updateComplete;
      expect(phases(el).slice(0, 2)).to.deep.equal(['In force now', 'Ended']);
    });
  });

  describe('the period attribute', () => {
    it('shows only the named period', async () => {
      const el = await mount(html`<medborgar-loften lang="sv" period="2019-2021" src=${STROMSUND}></medborgar-loften>`);
      expect(periodHeadings(el)).to.deep.equal(['H2 Så gick det med medborgarlöftena 2019–2021']);
      expect(toggleNames(el)).to.deep.equal(STROMSUND_AREAS_SV.slice(4));
      expect(visibleText(el)).to.not.contain('Narkotika');
    });

    it('shows all periods for an unknown id', async () => {
      const el = await mount(html`<medborgar-loften lang="sv" period="1999-2000" src=${STROMSUND}></medborgar-loften>`);
      expect(periodHeadings(el)).to.have.length(2);
      expect(toggleNames(el)).to.deep.equal(STROMSUND_AREAS_SV);
    });

    it('follows changes of the attribute', async () => {
      const el = await mount(html`<medborgar-loften lang="sv" src=${EXEMPELBY}></medborgar-loften>`);
      expect(periodHeadings(el)).to.have.length(3);
      el.setAttribute('period', '2023-2024');
      await el.updateComplete;
      expect(periodHeadings(el)).to.deep.equal(['H2 Medborgarlöften 1 juli 2023 – 30 juni 2024']);
      expect(toggleNames(el)).to.deep.equal([
        'Trafik i tätorten',
        'Trygghetsvandringar och grannsamverkan',
        'Unga och alkohol',
      ]);
      el.removeAttribute('period');
      await el.updateComplete;
      expect(periodHeadings(el)).to.have.length(3);
    });
  });

  describe('the heading-level attribute', () => {
    async function levels(level: string | null) {
      const el =
        level === null
          ? await mount(html`<medborgar-loften lang="sv" src=${STROMSUND}></medborgar-loften>`)
          : await mount(html`<medborgar-loften lang="sv" heading-level=${level} src=${STROMSUND}></medborgar-loften>`);
      await open(el, 'Narkotika');
      await open(el, 'Trafiksäkerhet');
      return {
        period: headingTag(el, 'Medborgarlöften 2021–2022'),
        contact: headingTag(el, 'Kontakt'),
        wholePeriod: headingTag(el, 'Uppföljning av hela perioden'),
        promise: toggleNamed(el, 'Narkotika').parentElement!.tagName,
        background: headingTag(el, 'Bakgrund'),
        outcome: headingTag(el, 'Så gick det'),
      };
    }

    /** The tags expected: period and contacts, then the promise and the whole-period follow-up, then inside a promise. */
    const expected = (period: string, promise: string, inside: string) => ({
      period,
      contact: period,
      wholePeriod: promise,
      promise,
      background: inside,
      outcome: inside,
    });
    const LEVEL_CASES: {name: string; level: string | null; tags: ReturnType<typeof expected>}[] = [
      {name: 'defaults to 2: period h2, promise h3, inside a promise h4', level: null, tags: expected('H2', 'H3', 'H4')},
      {name: 'heading-level="3": period h3, promise h4, inside a promise h5', level: '3', tags: expected('H3', 'H4', 'H5')},
      {name: 'heading-level="1": period h1, promise h2, inside a promise h3', level: '1', tags: expected('H1', 'H2', 'H3')},
      {name: 'heading-level="5": promise h6 and inside a promise h6, never past 6', level: '5', tags: expected('H5', 'H6', 'H6')},
      {name: 'heading-level="6": everything h6', level: '6', tags: expected('H6', 'H6', 'H6')},
      ...['9', 'x', '0', '2.5', ''].map((invalid) => ({
        name: `treats heading-level="${invalid}" as 2`,
        level: invalid,
        tags: expected('H2', 'H3', 'H4'),
      })),
    ];
    for (const {name, level, tags} of LEVEL_CASES) {
      it(name, async () => {
        expect(await levels(level)).to.deep.equal(tags);
      });
    }

    it('follows a change of the attribute', async () => {
      const el = await mount(html`<medborgar-loften lang="sv" heading-level="4" src=${STROMSUND}></medborgar-loften>`);
      expect(headingTag(el, 'Medborgarlöften 2021–2022')).to.equal('H4');
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect(headingTag(el, 'Medborgarlöften 2021–2022')).to.equal('H3');
      expect(toggleNamed(el, 'Trafik').parentElement!.tagName).to.equal('H4');
    });
  });

  describe('activities, results, status and targets (Exempelby)', () => {
    let el: MedborgarLoften;
    beforeEach(async () => {
      el = await mount(html`<medborgar-loften lang="sv" src=${EXEMPELBY}></medborgar-loften>`);
    });

    /** Lists in the panel labelled by a party line, as "Label → first words of each item". */
    function groups(panel: HTMLElement): {label: string; items: string[]}[] {
      return [...panel.querySelectorAll('ul[aria-labelledby]')].map((list) => ({
        label: fold(root(el).getElementById(list.getAttribute('aria-labelledby')!)?.textContent),
        items: [...list.querySelectorAll(':scope > li')].map((li) => fold(li.textContent)),
      }));
    }

    it('groups activities by party where `by` differs', async () => {
      const panel = await open(el, 'Trygghet i centrum');
      const found = groups(panel);
      expect(found.map((group) => group.label)).to.deep.equal([
        'Polisen, lokalpolisområde Exempelby:',
        'Exempelby kommun:',
        'Polisen, lokalpolisområde Exempelby och Exempelby kommun:',
      ]);
      expect(found.map((group) => group.items.length)).to.deep.equal([3, 3, 3]);
      expect(found[0]!.items[0]).to.contain('Polisen patrullerar till fots i centrum');
      expect(found[1]!.items[0]).to.contain('Kommunen byter till starkare och jämnare belysning');
      expect(found[2]!.items[2]).to.contain('Polisen och kommunen håller en medborgardialog på Torget');
      expect(found[0]!.items.join(' ')).to.not.contain('Kommunen byter');
      expect(headingTag(el, 'Aktiviteter')).to.equal('H4');
    });

    it('keeps activities in one unlabelled list when they share their parties', async () => {
      const panel = await open(el, 'Hastigheter i Norrvik');
      expect(groups(panel)).to.deep.equal([]);
      const lists = [...panel.querySelectorAll('ul')].filter((ul) => ul.querySelector(':scope > [part~="activity"]'));
      expect(lists).to.have.length(1);
      expect(lists[0]!.querySelectorAll(':scope > li')).to.have.length(2);
    });

    // feed-format.md, Activity.by: "absent: the promise's by".
    it('groups an activity without `by` with its promise’s parties', async () => {
      const inline = await mountInline(
        feed({
          periods: [
            {
              id: 'p2024',
              from: '2024',
              promises: [
                {
                  id: 'trafik',
                  area: 'Trafik',
                  promise: 'Polisen lovar färre fortkörare.',
                  by: ['polisen'],
                  activities: [
                    {text: 'Hastighetskontroller varje vecka.', by: ['polisen']},
                    {text: 'Föreläsningar i skolorna.'},
                    {text: 'Farthinder på Skolvägen.', by: ['kommunen']},
                  ],
                },
              ],
            },
          ],
        }),
        {lang: 'sv'}
      );
      const panel = await open(inline, 'Trafik');
      const found = [...panel.querySelectorAll('ul[aria-labelledby]')].map((list) => ({
        label: fold(root(inline).getElementById(list.getAttribute('aria-labelledby')!)?.textContent),
        items: [...list.querySelectorAll(':scope > li')].map((li) => fold(li.textContent)),
      }));
      expect(found).to.deep.equal([
        {label: 'Polisen:', items: ['Hastighetskontroller varje vecka.', 'Föreläsningar i skolorna.']},
        {label: 'Kommunen:', items: ['Farthinder på Skolvägen.']},
      ]);
    });

    it('shows each result beside its activity, with its status in words', async () => {
      const panel = await open(el, 'Trygghet i centrum');
      const activity = itemWith(panel, 'Polisen patrullerar till fots i centrum');
      expect(activity.getAttribute('part')).to.contain('activity');
      const spoken = spokenText(activity);
      expect(spoken).to.contain('Resultat: Under 2025 patrullerade polisen till fots i centrum 46 kvällar.');
      expect(spoken).to.match(/Pågår$/);
      // Side by side on a wide screen: the result starts level with the activity, to its right.
      el.style.width = '60em';
      await el.updateComplete;
      const [what, result] = [...activity.children] as HTMLElement[];
      expect(fold(result!.textContent)).to.contain('Under 2025 patrullerade polisen');
      const whatBox = what!.getBoundingClientRect();
      const resultBox = result!.getBoundingClientRect();
      expect(resultBox.left).to.be.at.least(whatBox.right - 1);
      expect(Math.abs(resultBox.top - whatBox.top)).to.be.lessThan(2);
    });

    it('shows every status in words, never by the icon alone', async () => {
      await expandAll(el);
      const statuses = [...root(el).querySelectorAll('[part~="status"]')];
      expect(statuses.length).to.be.greaterThan(10);
      const words = new Set(statuses.map((status) => spokenText(status)));
      expect([...words].sort()).to.deep.equal(['Delvis genomfört', 'Genomfört', 'Inte genomfört', 'Pågår']);
      // Icons, where present, are hidden from assistive technology.
      for (const status of statuses) {
        for (const child of status.children) {
          if (!/[a-zåäö]/i.test(child.textContent ?? '')) expect(child.getAttribute('aria-hidden')).to.equal('true');
        }
      }
      const traffic = await open(el, 'Trafik i tätorten');
      expect(fold(spokenText(traffic))).to.contain('Status: Genomfört');
      const alcohol = await open(el, 'Unga och alkohol');
      expect(fold(spokenText(alcohol))).to.contain('Status: Inte genomfört');
      const walks = await open(el, 'Trygghetsvandringar och grannsamverkan');
      expect(fold(spokenText(walks))).to.contain('Status: Delvis genomfört');
    });

    it('shows statuses in English words', async () => {
      const en = await mount(html`<medborgar-loften lang="en" src=${EXEMPELBY}></medborgar-loften>`);
      await expandAll(en);
      const words = new Set([...root(en).querySelectorAll('[part~="status"]')].map((status) => spokenText(status)));
      expect([...words].sort()).to.deep.equal(['Done', 'In progress', 'Not done', 'Partly done']);
    });

    it('writes targets as baseline, goal and latest figure, one per line, in Swedish numbers', async () => {
      const panel = await open(el, 'Trygghet i centrum');
      const target = itemWith(panel, 'Andel som undviker centrum på kvällstid');
      expect(target.getAttribute('part')).to.contain('target');
      expect(targetText(target)).to.match(
        /^Andel som undviker centrum på kvällstid Utgångsläge 2024: 31\s% Mål till 2026: 25\s% Senaste utfall 2025: 28,5\s%$/
      );
      expect([...target.querySelectorAll('[part~="figure"]')].map((figure) => figure.getAttribute('part'))).to.deep.equal([
        'figure figure-baseline',
        'figure figure-goal',
        'figure figure-actual',
      ]);
      expect(targetText(itemWith(panel, 'Kvällar med fotpatrull'))).to.equal(
        'Kvällar med fotpatrull Mål: minst 40 kvällar per år Senaste utfall 2025: 46 kvällar per år'
      );

      const schools = await open(el, 'Skadegörelse på skolor');
      // 58 − 25 % is 43,5: the promise holds at 43 cases or fewer.
      expect(targetText(itemWith(schools, 'Anmälda fall av skadegörelse på skolor'))).to.match(
        /^Anmälda fall av skadegörelse på skolor Utgångsläge 2024: 58 Mål till 2026: högst 43 \(25\s% lägre\) Senaste utfall 2025: 44$/
      );
      const traffic = await open(el, 'Trafik i tätorten');
      expect(targetText(itemWith(traffic, 'Trafikkontroller'))).to.equal('Trafikkontroller Senaste utfall 2024: cirka 50 kontroller');
      const violence = await open(el, 'Våld i nära relationer');
      expect(targetText(itemWith(violence, 'Utbildade medarbetare'))).to.equal(
        'Utbildade medarbetare Mål till 2026: minst 300 Senaste utfall 2025: 142'
      );
    });

    it('writes targets in English numbers', async () => {
      const en = await mount(html`<medborgar-loften lang="en" src=${EXEMPELBY}></medborgar-loften>`);
      const panel = await open(en, 'Safety in the town centre');
      expect(targetText(itemWith(panel, 'Share of residents who avoid'))).to.equal(
        'Share of residents who avoid the town centre in the evening Baseline (2024): 31% Goal by 2026: 25% Latest figure (2025): 28.5%'
      );
      expect(targetText(itemWith(panel, 'Evenings with foot patrols'))).to.equal(
        'Evenings with foot patrols Goal: at least 40 evenings per year Latest figure (2025): 46 evenings per year'
      );
      const traffic = await open(en, 'Traffic in the town');
      expect(targetText(itemWith(traffic, 'Traffic checks'))).to.equal('Traffic checks Latest figure (2024): about 50 checks');
    });

    it('shows places, keepers of a promise kept by one party, and a period intro', async () => {
      const panel = await open(el, 'Hastigheter i Norrvik');
      const text = fold(panel.innerText);
      expect(text).to.contain('Löftet ges av: Polisen, lokalpolisområde Exempelby');
      expect(text).to.not.contain('Löftet ges av: Polisen, lokalpolisområde Exempelby och');
      expect(text).to.contain('Platser: Storgatan i Norrvik, Skolvägen i Norrvik');
      expect(visibleText(el)).to.contain('Det här är ett förslag. Löftena för 2027–2028 bygger på medborgardialogen');
    });

    it('renders the intro’s Markdown: strong, link, list, emphasis', () => {
      const intro = root(el).querySelector('[part~="base"]')!;
      expect(fold(intro.querySelector('strong')?.textContent)).to.equal('två gånger per år');
      const link = [...intro.querySelectorAll('a')].find((a) => fold(a.textContent) === 'kommunens trygghetsplan');
      expect(link?.getAttribute('href')).to.equal('https://example.org/kommun/trygghetsplan-2025-2028.pdf');
      expect(fold(itemWith(intro, 'öka tryggheten').textContent)).to.equal('öka tryggheten');
      expect(fold(intro.querySelector('em')?.textContent)).to.equal('Exempelby är en påhittad kommun. Flödet visar vad formatet rymmer.');
    });
  });

  describe('contacts, signatories and links (Exempelby)', () => {
    let el: MedborgarLoften;
    beforeEach(async () => {
      el = await mount(html`<medborgar-loften lang="sv" src=${EXEMPELBY}></medborgar-loften>`);
    });

    it('links contact e-mail addresses with mailto:', () => {
      const mailtos = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="contact"] a[href^="mailto:"]')];
      expect(mailtos.map((a) => [a.getAttribute('href'), fold(a.textContent)])).to.deep.equal([
        ['mailto:anna.lindqvist@example.org', 'anna.lindqvist@example.org'],
        ['mailto:kommunpolis.exempelby@example.org', 'kommunpolis.exempelby@example.org'],
        ['mailto:kontaktcenter@example.org', 'kontaktcenter@example.org'],
      ]);
      const anna = fold((root(el).querySelector('[part~="contact"]') as HTMLElement).innerText);
      expect(anna).to.contain('E-post: anna.lindqvist@example.org');
      expect(anna).to.contain('Telefon: 0980-319 200');
      expect(anna).to.contain('Trygghetssamordnare');
      const tels = [...root(el).querySelectorAll('[part~="contact"] a[href^="tel:"]')].map((a) => a.getAttribute('href'));
      expect(tels).to.deep.equal(['tel:0980319200', 'tel:0980319210', 'tel:0980319299']);
      const urls = [...root(el).querySelectorAll('[part~="contact"] a[href^="https:"]')].map((a) => a.getAttribute('href'));
      expect(urls).to.deep.equal(['https://example.org/kommun/trygghet', 'https://example.org/polisen/exempelby']);
    });

    it('lists who signed a period, with role, party and date', () => {
      expect(headingTag(el, 'Undertecknat av')).to.equal('H3');
      const section = [...root(el).querySelectorAll('section[part~="period"]')].find((s) =>
        fold(s.textContent).includes('1 juli 2023 – 30 juni 2024')
      )!;
      expect(fold(itemWith(section, 'Maria Ek').textContent)).to.equal('Maria Ek, Kommundirektör, Exempelby kommun (15 juni 2023)');
      expect(fold(itemWith(section, 'Per Holm').textContent)).to.equal(
        'Per Holm, Lokalpolisområdeschef, Polisen, lokalpolisområde Exempelby (15 juni 2023)'
      );
    });

    it('shows period links with a url as links and without as text', () => {
      const section = [...root(el).querySelectorAll('section[part~="period"]')].find((s) =>
        fold(s.textContent).includes('1 juli 2023 – 30 juni 2024')
      )!;
      const withUrl = itemWith(section, 'Uppföljning av medborgarlöftena 2023–2024 (pdf)');
      const link = withUrl.querySelector('a');
      expect(link?.getAttribute('href')).to.equal('https://example.org/medborgarloften/uppfoljning-2023-2024.pdf');
      expect(fold(link?.textContent)).to.equal('Uppföljning av medborgarlöftena 2023–2024 (pdf)');
      const withoutUrl = itemWith(section, 'Handlingsplan 2023–2024');
      expect(fold(withoutUrl.textContent)).to.equal('Handlingsplan 2023–2024 (kan beställas från kommunens kontaktcenter)');
      expect(withoutUrl.querySelector('a')).to.equal(null);
      expect(headingTag(el, 'Dokument')).to.equal('H3');
    });

    it('shows the feed’s own links under a heading', () => {
      expect(headingTag(el, 'Dokument och länkar')).to.equal('H2');
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a')]
        .filter((a) => ['Polisens sida om medborgarlöften', 'Trygghetsplan för Exempelby kommun 2025–2028 (pdf)'].includes(fold(a.textContent)))
        .map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal([
        'https://example.org/polisen/medborgarloften',
        'https://example.org/kommun/trygghetsplan-2025-2028.pdf',
      ]);
    });

    it('shows contacts, signatories and links in English', async () => {
      const en = await mount(html`<medborgar-loften lang="en" src=${EXEMPELBY}></medborgar-loften>`);
      const text = wordsWithoutImages(en);
      expect(text).to.contain('Email: anna.lindqvist@example.org');
      expect(text).to.contain('Community safety coordinator');
      expect(headingTag(en, 'Signed by')).to.equal('H3');
      expect(headingTag(en, 'Documents')).to.equal('H3');
      expect(headingTag(en, 'Documents and links')).to.equal('H2');
      expect(text).to.match(/Maria Ek, Municipal Chief Executive, Exempelby Municipality \((15 June 2023|June 15, 2023)\)/);
      expect(text).to.contain('Action plan 2023–2024 (available on request from the municipal contact centre)');
      for (const swedish of SWEDISH_UI) expect(text, `"${swedish}" is Swedish`).to.not.contain(swedish);
    });
  });
});
