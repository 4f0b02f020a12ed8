/**
 * The editor's document model: changes by path that copy instead of
 * mutating, texts edited one language at a time, units, ids that follow
 * names, translation gaps, and the file that gets saved. Table-driven, junk
 * rows included.
 */
import {expect} from '@open-wc/testing';
import {applyEdit, type DocumentState, type Edit} from '../../src/editor/model/edits.js';
import {followPath} from '../../src/editor/model/follow.js';
import {locate} from '../../src/editor/model/fields.js';
import {translationGaps} from '../../src/editor/model/gaps.js';
import {periodIdFrom, slugify, uniqueId} from '../../src/editor/model/ids.js';
import {getAt, insertAt, moveItem, pathKey, removeAt, setAt, type JsonValue, type Path} from '../../src/editor/model/json.js';
import {serialize} from '../../src/editor/model/serialize.js';
import {newFeed} from '../../src/editor/model/skeleton.js';
import {languagesToShow, textIn, withTranslation} from '../../src/editor/model/text.js';
import {categoriesFor, unitKind, withUnitKind} from '../../src/editor/model/unit.js';
import {parseFeed} from '../../src/feed/index.js';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

describe('editor model: values by path', () => {
  const doc = deepFreeze({
    periods: [{id: 'a', promises: [{id: 'x'}, {id: 'y'}, {id: 'z'}]}],
    title: 'T',
  }) as JsonValue;

  const rows: {name: string; run: () => JsonValue | undefined; expect: unknown}[] = [
    {name: 'get a nested value', run: () => getAt(doc, ['periods', 0, 'promises', 1, 'id']), expect: 'y'},
    {name: 'get through a missing key', run: () => getAt(doc, ['periods', 0, 'nothing', 'id']), expect: undefined},
    {name: 'get an index past the end', run: () => getAt(doc, ['periods', 3]), expect: undefined},
    {name: 'get an index of an object', run: () => getAt(doc, ['title', 0]), expect: undefined},
    {name: 'get a key of a string', run: () => getAt(doc, ['title', 'length']), expect: undefined},
    {name: 'get an inherited key', run: () => getAt(doc, ['toString']), expect: undefined},
    {
      name: 'set creates the objects on the way',
      run: () => getAt(setAt(doc, ['periods', 0, 'outcome', 'status'], 'ongoing'), ['periods', 0, 'outcome']),
      expect: {status: 'ongoing'},
    },
    {name: 'set undefined removes a key', run: () => getAt(setAt(doc, ['title'], undefined), ['title']), expect: undefined},
    {
      name: 'set through a string replaces it with an object',
      run: () => getAt(setAt(doc, ['title', 'sv'], 'Ny'), ['title']),
      expect: {sv: 'Ny'},
    },
    {
      name: 'insert in the middle',
      run: () => getAt(insertAt(doc, ['periods', 0, 'promises'], 1, {id: 'new'}), ['periods', 0, 'promises']),
      expect: [{id: 'x'}, {id: 'new'}, {id: 'y'}, {id: 'z'}],
    },
    {
      name: 'insert past the end appends',
      run: () => getAt(insertAt(doc, ['periods', 0, 'promises'], 99, {id: 'new'}), ['periods', 0, 'promises', 3]),
      expect: {id: 'new'},
    },
    {
      name: 'insert into a missing list creates it',
      run: () => getAt(insertAt(doc, ['links'], 0, {text: 'L'}), ['links']),
      expect: [{text: 'L'}],
    },
    {
      name: 'remove an item',
      run: () => getAt(removeAt(doc, ['periods', 0, 'promises', 0]), ['periods', 0, 'promises']),
      expect: [{id: 'y'}, {id: 'z'}],
    },
    {name: 'remove an index that is not there', run: () => removeAt(doc, ['periods', 0, 'promises', 7]), expect: doc},
    {
      name: 'move down',
      run: () => getAt(moveItem(doc, ['periods', 0, 'promises'], 0, 1), ['periods', 0, 'promises']),
      expect: [{id: 'y'}, {id: 'x'}, {id: 'z'}],
    },
    {
      name: 'move the last item to the top',
      run: () => getAt(moveItem(doc, ['periods', 0, 'promises'], 2, 0), ['periods', 0, 'promises']),
      expect: [{id: 'z'}, {id: 'x'}, {id: 'y'}],
    },
    {name: 'move past the end does nothing', run: () => moveItem(doc, ['periods', 0, 'promises'], 2, 3), expect: doc},
    {name: 'move of something that is not a list', run: () => moveItem(doc, ['title'], 0, 1), expect: doc},
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(row.run()).to.deep.equal(row.expect);
    });
  }

  it('shares what did not change', () => {
    const next = setAt(doc, ['periods', 0, 'promises', 1, 'area'], 'Trafik');
    expect(getAt(next, ['periods', 0, 'promises', 0])).to.equal(getAt(doc, ['periods', 0, 'promises', 0]));
    expect(getAt(next, ['periods', 0, 'promises', 1])).not.to.equal(getAt(doc, ['periods', 0, 'promises', 1]));
  });

  it('gives the same value back when nothing changes', () => {
    expect(setAt(doc, ['title'], 'T')).to.equal(doc);
    expect(setAt(doc, ['nothing'], undefined)).to.equal(doc);
  });

  it('path keys tell apart keys that look alike', () => {
    expect(pathKey(['periods', 0, 'area'])).to.equal('periods.0.area');
    expect(pathKey(['a.b'])).not.to.equal(pathKey(['a', 'b']));
  });
});

describe('editor model: texts in two languages', () => {
  const rows: {name: string; value: JsonValue | undefined; language: string; written: string; expect: unknown}[] = [
    {name: 'first words are translations, ready for English', value: undefined, language: 'sv', written: 'Trafik', expect: {sv: 'Trafik'}},
    {name: 'a plain string stays plain', value: 'Trafk', language: 'sv', written: 'Trafik', expect: 'Trafik'},
    {name: 'English turns a string into translations', value: 'Trafik', language: 'en', written: 'Traffic', expect: {sv: 'Trafik', en: 'Traffic'}},
    {name: 'English first', value: undefined, language: 'en', written: 'Traffic', expect: {en: 'Traffic'}},
    {name: 'one language changed, the others kept', value: {sv: 'A', en: 'B', fi: 'C'}, language: 'en', written: 'D', expect: {sv: 'A', en: 'D', fi: 'C'}},
    {name: 'a regional key is written in place', value: {sv: 'A', 'en-GB': 'B'}, language: 'en', written: 'C', expect: {sv: 'A', 'en-GB': 'C'}},
    {name: 'emptied language is removed', value: {sv: 'A', en: 'B'}, language: 'en', written: '', expect: {sv: 'A'}},
    {name: 'emptied text is removed', value: {sv: 'A'}, language: 'sv', written: '', expect: undefined},
    {name: 'emptied plain string is removed', value: 'A', language: 'sv', written: '', expect: undefined},
    {name: 'junk keys are kept', value: {sv: 'A', 'x y': 'z'}, language: 'sv', written: 'B', expect: {sv: 'B', 'x y': 'z'}},
    {name: 'a number where a text should be is replaced', value: 42, language: 'sv', written: 'A', expect: {sv: 'A'}},
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(withTranslation(row.value, row.language, row.written, 'sv')).to.deep.equal(row.expect);
    });
  }

  it('reads a plain string as the feed language', () => {
    expect(textIn('Traffic', 'en', 'en')).to.equal('Traffic');
    expect(textIn('Trafik', 'en', 'sv')).to.equal('');
    expect(textIn({'en-GB': 'Traffic'}, 'en', 'sv')).to.equal('Traffic');
  });

  it('shows Swedish and English, then any other language the text has', () => {
    expect(languagesToShow(undefined, 'sv')).to.deep.equal(['sv', 'en']);
    expect(languagesToShow({fi: 'Liikenne', 'en-GB': 'Traffic'}, 'sv')).to.deep.equal(['sv', 'en', 'fi']);
  });
});

describe('editor model: units', () => {
  const kinds: {value: JsonValue | undefined; expect: string}[] = [
    {value: undefined, expect: 'none'},
    {value: 'count', expect: 'count'},
    {value: 'percent', expect: 'percent'},
    {value: 'kontroller', expect: 'words'},
    {value: {sv: 'kontroller', en: 'checks'}, expect: 'words'},
    {value: {one: {sv: 'vandring'}, other: {sv: 'vandringar'}}, expect: 'plural'},
    {value: {other: 'vandringar'}, expect: 'plural'},
  ];
  for (const row of kinds) {
    it(`${JSON.stringify(row.value)} is ${row.expect}`, () => {
      expect(unitKind(row.value)).to.equal(row.expect);
    });
  }

  const switches: {name: string; value: JsonValue | undefined; to: Parameters<typeof withUnitKind>[1]; expect: unknown}[] = [
    {name: 'words become the other form', value: {sv: 'vandringar'}, to: 'plural', expect: {other: {sv: 'vandringar'}}},
    {name: 'plural forms become their other form', value: {one: {sv: 'vandring'}, other: {sv: 'vandringar'}}, to: 'words', expect: {sv: 'vandringar'}},
    {name: 'count to words starts empty', value: 'count', to: 'words', expect: {}},
    {name: 'none to plural starts with other', value: undefined, to: 'plural', expect: {other: {}}},
    {name: 'words to percent', value: 'kontroller', to: 'percent', expect: 'percent'},
    {name: 'to none removes the unit', value: 'count', to: 'none', expect: undefined},
  ];
  for (const row of switches) {
    it(row.name, () => {
      expect(withUnitKind(row.value, row.to)).to.deep.equal(row.expect);
    });
  }

  it('offers one and other for Swedish and English, and what a language adds', () => {
    expect(categoriesFor(undefined, ['sv', 'en'])).to.deep.equal(['one', 'other']);
    expect(categoriesFor(undefined, ['sv', 'cy'])).to.include.members(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(categoriesFor({few: {}, other: {}}, ['sv'])).to.deep.equal(['one', 'few', 'other']);
    expect(categoriesFor(undefined, ['not a language'])).to.deep.equal(['one', 'other']);
  });
});

describe('editor model: ids', () => {
  const slugs: [string, string][] = [
    ['Trafik', 'trafik'],
    ['Integration och segregation', 'integration-och-segregation'],
    ['Trygghet i Ärtvägens område', 'trygghet-i-artvagens-omrade'],
    ['  ANDTS – alkohol!  ', 'andts-alkohol'],
    ['Café Ödåker', 'cafe-odaker'],
    ['???', ''],
    ['', ''],
  ];
  for (const [words, slug] of slugs) {
    it(`"${words}" → "${slug}"`, () => expect(slugify(words)).to.equal(slug));
  }

  it('makes an id unique in its list', () => {
    expect(uniqueId('trafik', ['trafik', 'trafik-2'])).to.equal('trafik-3');
    expect(uniqueId('trafik', [])).to.equal('trafik');
  });

  it('names a period by its years', () => {
    expect(periodIdFrom('2021', '2022')).to.equal('2021-2022');
    expect(periodIdFrom(2021, 2021)).to.equal('2021');
    expect(periodIdFrom('2018-07-01', '2020-06-30')).to.equal('2018-2020');
    expect(periodIdFrom('', '2020')).to.equal('');
  });
});

describe('editor model: edits', () => {
  const start = (): DocumentState => {
    const started = newFeed(2026);
    return {doc: started.doc, generatedIds: new Set(started.generatedIds)};
  };
  const run = (edits: Edit[], state = start()) => edits.reduce((current, edit) => applyEdit(current, edit, 2026), state);
  const promise = ['periods', 0, 'promises', 0];

  const rows: {name: string; edits: Edit[]; path: Path; expect: unknown}[] = [
    {name: 'a new feed has one period of this year', edits: [], path: ['periods', 0, 'id'], expect: '2026'},
    {name: 'a new promise id follows its area', edits: [{type: 'text', path: [...promise, 'area'], language: 'sv', text: 'Trygg skolväg'}], path: [...promise, 'id'], expect: 'trygg-skolvag'},
    {
      name: 'and keeps following while the area is typed',
      edits: [
        {type: 'text', path: [...promise, 'area'], language: 'sv', text: 'T'},
        {type: 'text', path: [...promise, 'area'], language: 'sv', text: 'Trafik'},
      ],
      path: [...promise, 'id'],
      expect: 'trafik',
    },
    {
      name: 'an id written by the person stays',
      edits: [
        {type: 'set', path: [...promise, 'id'], value: 'mitt-id'},
        {type: 'text', path: [...promise, 'area'], language: 'sv', text: 'Trafik'},
      ],
      path: [...promise, 'id'],
      expect: 'mitt-id',
    },
    {
      name: 'an English area names the promise when there is no Swedish',
      edits: [{type: 'text', path: [...promise, 'area'], language: 'en', text: 'Road safety'}],
      path: [...promise, 'id'],
      expect: 'road-safety',
    },
    {
      name: 'a period id follows its years',
      edits: [{type: 'set', path: ['periods', 0, 'to'], value: '2027'}],
      path: ['periods', 0, 'id'],
      expect: '2026-2027',
    },
    {
      name: 'a party id follows its name',
      edits: [{type: 'text', path: ['parties', 1, 'name'], language: 'sv', text: 'Strömsunds kommun'}],
      path: ['parties', 1, 'id'],
      expect: 'stromsunds-kommun',
    },
    {
      name: 'two promises with one area get two ids',
      edits: [
        {type: 'text', path: [...promise, 'area'], language: 'sv', text: 'Trafik'},
        {type: 'add', path: ['periods', 0, 'promises']},
        {type: 'text', path: ['periods', 0, 'promises', 1, 'area'], language: 'sv', text: 'Trafik'},
      ],
      path: ['periods', 0, 'promises', 1, 'id'],
      expect: 'trafik-2',
    },
    {name: 'an added promise gets an id of its own', edits: [{type: 'add', path: ['periods', 0, 'promises']}], path: ['periods', 0, 'promises', 1], expect: {id: 'lofte-2'}},
    {
      name: 'an added period is this year, with a promise',
      edits: [{type: 'add', path: ['periods'], index: 0}],
      path: ['periods', 0],
      expect: {id: '2026-2', from: '2026', promises: [{id: 'lofte-1'}]},
    },
    {name: 'an added activity is empty', edits: [{type: 'add', path: [...promise, 'activities']}], path: [...promise, 'activities'], expect: [{}]},
    {name: 'an added place is an empty text', edits: [{type: 'add', path: [...promise, 'places']}], path: [...promise, 'places'], expect: ['']},
    {
      name: 'remove then move',
      edits: [
        {type: 'add', path: ['periods', 0, 'promises']},
        {type: 'add', path: ['periods', 0, 'promises']},
        {type: 'remove', path: ['periods', 0, 'promises', 0]},
        {type: 'move', path: ['periods', 0, 'promises'], from: 1, to: 0},
      ],
      path: ['periods', 0, 'promises'],
      expect: [{id: 'lofte-3'}, {id: 'lofte-2'}],
    },
    {name: 'replace starts over', edits: [{type: 'replace', doc: {format: 'x'}}], path: [], expect: {format: 'x'}},
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(getAt(run(row.edits).doc, row.path)).to.deep.equal(row.expect);
    });
  }

  it('never changes the ids of an opened feed by itself', () => {
    const opened = run([{type: 'replace', doc: {periods: [{id: '2021', from: '2021', promises: [{id: 'trafik', area: 'Trafik'}]}]}}]);
    const edited = run(
      [
        {type: 'text', path: [...promise, 'area'], language: 'sv', text: 'Trafiksäkerhet'},
        {type: 'set', path: ['periods', 0, 'to'], value: '2022'},
      ],
      opened
    );
    expect(getAt(edited.doc, [...promise, 'id'])).to.equal('trafik');
    expect(getAt(edited.doc, ['periods', 0, 'id'])).to.equal('2021');
  });
});

describe('editor model: where a problem belongs', () => {
  const rows: {path: Path; expect: string}[] = [
    {path: [], expect: 'object feed '},
    {path: ['title'], expect: 'field feed title'},
    {path: ['title', 'en'], expect: 'field feed title'},
    {path: ['periods', 0, 'promises', 2, 'area'], expect: 'field promise periods.0.promises.2.area'},
    {path: ['periods', 0, 'promises', 2, 'promse'], expect: 'object promise periods.0.promises.2'},
    {path: ['periods', 0, 'promises', 2, 'targets', 0, 'goal', 'value'], expect: 'field goal periods.0.promises.2.targets.0.goal.value'},
    {path: ['periods', 0, 'promises', 2, 'targets', 0, 'unit', 'one', 'sv'], expect: 'field target periods.0.promises.2.targets.0.unit'},
    {path: ['periods', 1, 'outcome', 'done', 3, 'text'], expect: 'field item periods.1.outcome.done.3.text'},
    {path: ['periods', 1, 'outcome', 'done', 3, 'en'], expect: 'object item periods.1.outcome.done.3'},
    {path: ['periods', 'x'], expect: 'field feed periods'},
    {path: ['nonsense', 3], expect: 'object feed '},
  ];
  for (const row of rows) {
    it(pathKey(row.path) || '(feed)', () => {
      const located = locate(row.path);
      const described =
        located.at === 'object' ? `object ${located.kind} ${pathKey(located.path)}` : `field ${located.owner} ${pathKey(located.path)}`;
      expect(described).to.equal(row.expect);
    });
  }
});

describe('editor model: translation gaps', () => {
  it('lists every text with words but no English, in feed order', () => {
    const doc = {
      format: 'medborgar-loften/1',
      title: {sv: 'Medborgarlöften', en: 'Citizen promises'},
      intro: 'Svensk ingress',
      periods: [
        {
          id: 'a',
          from: '2021',
          promises: [
            {
              id: 'p',
              area: {sv: 'Trafik', 'en-GB': 'Traffic'},
              promise: {sv: 'Löfte'},
              places: ['Torget', {sv: 'Stationen', en: 'The station'}],
              background: {sv: ''},
              targets: [{label: {sv: 'Vandringar', en: 'Walks'}, unit: {one: {sv: 'vandring'}, other: {sv: 'vandringar', en: 'walks'}}}],
              outcome: {done: ['Gjort', {text: {sv: 'Också gjort', en: 'Also done'}}, {sv: 'Mer'}]},
            },
          ],
        },
      ],
      contacts: [{organization: 'Kommunen', name: 'Anna', address: ['Box 1']}],
    } as JsonValue;
    expect(translationGaps(doc, 'en').map(pathKey)).to.deep.equal([
      'intro',
      'periods.0.promises.0.promise',
      'periods.0.promises.0.places.0',
      'periods.0.promises.0.targets.0.unit.one',
      'periods.0.promises.0.outcome.done.0',
      'periods.0.promises.0.outcome.done.2',
      'contacts.0.organization',
    ]);
  });

  it('counts a plain string as the feed language', () => {
    expect(translationGaps({language: 'en', title: 'Promises'}, 'en')).to.deep.equal([]);
    expect(translationGaps({language: 'en', title: 'Promises'}, 'sv').map(pathKey)).to.deep.equal(['title']);
  });

  it('has nothing to say about junk', () => {
    expect(translationGaps(undefined, 'en')).to.deep.equal([]);
    expect(translationGaps('text', 'en')).to.deep.equal([]);
    expect(translationGaps({periods: 'none', title: 42}, 'en')).to.deep.equal([]);
  });
});

describe('editor model: the saved file', () => {
  it('orders keys as the format does and keeps unknown keys after them', () => {
    const text = serialize({periods: [{promises: [{area: 'A', id: 'p', promise: 'L'}], from: '2021', id: 'a'}], format: 'medborgar-loften/1', custom: 1});
    expect(text).to.equal(
      `${JSON.stringify(
        {format: 'medborgar-loften/1', periods: [{id: 'a', from: '2021', promises: [{id: 'p', area: 'A', promise: 'L'}]}], custom: 1},
        null,
        2
      )}\n`
    );
  });

  it('leaves out optional fields left empty, never required ones', () => {
    const saved = JSON.parse(
      serialize({
        format: 'medborgar-loften/1',
        links: [],
        periods: [{id: 'a', from: '2021', promises: [], outcome: {}, intro: ''}],
      })
    );
    expect(saved).to.deep.equal({format: 'medborgar-loften/1', periods: [{id: 'a', from: '2021', promises: []}]});
  });

  it('a new feed, once its texts are written, is a feed the widget reads without a problem', () => {
    const state = [
      {type: 'text', path: ['parties', 0, 'name'], language: 'sv', text: 'Polisen'},
      {type: 'text', path: ['parties', 1, 'name'], language: 'sv', text: 'Kommunen'},
      {type: 'text', path: ['periods', 0, 'promises', 0, 'area'], language: 'sv', text: 'Trafik'},
      {type: 'text', path: ['periods', 0, 'promises', 0, 'promise'], language: 'sv', text: 'Vi lovar.'},
    ].reduce(
      (current, edit) => applyEdit(current, edit as Edit, 2026),
      ((started) => ({doc: started.doc, generatedIds: new Set(started.generatedIds)}))(newFeed(2026)) as DocumentState
    );
    const result = parseFeed(serialize(state.doc));
    expect(result.ok).to.equal(true);
    expect(result.ok && result.problems).to.deep.equal([]);
  });
});

describe('editor model: paths follow list edits', () => {
  const doc = {periods: [{promises: [{id: 'a'}, {id: 'b'}, {id: 'c'}]}]} as JsonValue;
  const list: Path = ['periods', 0, 'promises'];
  const at = (n: number, ...rest: (string | number)[]): Path => [...list, n, ...rest];
  const rows: {name: string; path: Path; edit: Edit; expect: Path | undefined}[] = [
    {name: 'an item after a removed one moves up', path: at(2, 'area'), edit: {type: 'remove', path: at(0)}, expect: at(1, 'area')},
    {name: 'an item before a removed one stays', path: at(0, 'area'), edit: {type: 'remove', path: at(1)}, expect: at(0, 'area')},
    {name: 'inside a removed item: gone', path: at(1, 'targets', 0), edit: {type: 'remove', path: at(1)}, expect: undefined},
    {name: 'moved down with its item', path: at(0, 'area'), edit: {type: 'move', path: list, from: 0, to: 2}, expect: at(2, 'area')},
    {name: 'the items it passed move up', path: at(2), edit: {type: 'move', path: list, from: 0, to: 2}, expect: at(1)},
    {name: 'the items it passed move down', path: at(0), edit: {type: 'move', path: list, from: 2, to: 0}, expect: at(1)},
    {name: 'an item inserted before it pushes it down', path: at(1), edit: {type: 'add', path: list, index: 0}, expect: at(2)},
    {name: 'an item added at the end changes nothing', path: at(1), edit: {type: 'add', path: list}, expect: at(1)},
    {name: 'another list is not touched', path: ['contacts', 0], edit: {type: 'remove', path: at(0)}, expect: ['contacts', 0]},
    {name: 'a field removed takes what is inside it', path: ['periods', 0, 'outcome', 'done', 0], edit: {type: 'set', path: ['periods', 0, 'outcome'], value: undefined}, expect: undefined},
    {name: 'typing changes no path', path: at(1, 'area'), edit: {type: 'text', path: at(1, 'area'), language: 'sv', text: 'x'}, expect: at(1, 'area')},
    {name: 'a new document: nothing follows', path: at(1), edit: {type: 'replace', doc: {}}, expect: undefined},
  ];
  for (const row of rows) {
    it(row.name, () => expect(followPath(row.path, row.edit, doc)).to.deep.equal(row.expect));
  }
});
