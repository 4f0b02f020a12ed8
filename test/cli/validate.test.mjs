/**
 * `medborgar-loften validate`: the demo feeds pass; each bad fixture (the
 * mistakes web editors make) is reported with its JSON path and line:column,
 * in Swedish and English; exit codes, --json, standard input, usage.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {EXEMPELBY, STROMSUND, bad, cli, summary, validateJson} from './helpers.mjs';

describe('validate: the demo feeds', () => {
  it('finds nothing in either demo feed, and exits 0', () => {
    const {code, stdout} = cli(['validate', STROMSUND, EXEMPELBY]);
    assert.equal(code, 0);
    assert.match(stdout, /^demo\/feeds\/stromsund\.json: Inga problem\.$/m);
    assert.match(stdout, /^demo\/feeds\/exempelby\.json: Inga problem\.$/m);
    assert.match(stdout, /Alla texter finns på svenska\./);
  });

  it('lists the texts without English with --lang en: the Exempelby places given as plain Swedish strings', () => {
    const {code, report} = validateJson([EXEMPELBY], 'en');
    assert.equal(code, 0, 'missing translations do not change the exit code');
    const {fields, language} = report.files[0].missingTranslations;
    assert.equal(language, 'en');
    assert.equal(fields.length, 12);
    assert.ok(fields.every((field) => /^periods\[\d\]\.promises\[\d\]\.places\[\d\]$/.test(field.path)));
    assert.deepEqual(fields[0], {
      path: 'periods[0].promises[0].places[1]',
      segments: ['periods', 0, 'promises', 0, 'places', 1],
      line: 67,
      column: 13,
      has: ['sv'],
    });
  });

  it('has every Strömsund text in English', () => {
    const {stdout, code} = cli(['validate', '--lang', 'en', STROMSUND]);
    assert.equal(code, 0);
    assert.match(stdout, /stromsund\.json: Every text is in English\./);
  });

  it('lists the texts without a third language with --translations', () => {
    const {report} = validateJson([STROMSUND], 'sv', ['--translations', 'de']);
    assert.equal(report.files[0].missingTranslations.language, 'de');
    assert.ok(report.files[0].missingTranslations.fields.length > 50);
    assert.ok(report.files[0].missingTranslations.fields.some((field) => field.path === 'title'));
  });
});

/** Each bad fixture: its problems, where they are, and the exit code. */
const TABLE = [
  {
    name: 'typo-field',
    what: 'a field name misspelt ("promse", "backgroud")',
    code: 2,
    expected: [
      'error missing-required periods[0].promises[0].promise 14:9',
      'warning unknown-field periods[0].promises[0].promse 17:11',
      'warning unknown-field periods[0].promises[1].backgroud 23:11',
    ],
  },
  {
    name: 'missing-area',
    what: 'a promise without "area" (pointed at the promise, where the field should be)',
    code: 2,
    expected: ['error missing-required periods[0].promises[1].area 9:9'],
  },
  {
    name: 'wrong-by',
    what: 'a "by" naming no party, and a "by" that is not a list',
    code: 2,
    expected: [
      'error unknown-party periods[0].promises[0].by[1] 17:39',
      'error wrong-type periods[0].promises[0].activities[0].by 19:65',
    ],
  },
  {
    name: 'javascript-url',
    what: 'javascript: and data: URLs, in rich text and in url fields',
    code: 2,
    expected: [
      'error unsafe-url intro 3:12',
      'error unsafe-url periods[0].links[0].url 10:46',
      'error unsafe-url url 15:10',
    ],
  },
  {
    name: 'bad-date',
    what: 'dates that are not dates ("12/5/2024", month 13, 30 February)',
    code: 2,
    expected: [
      'error invalid-date updated 3:14',
      'error invalid-date periods[0].from 7:15',
      'error period-without-from periods[0].from 7:15',
      'error invalid-date periods[0].promises[0].outcome.updated 14:57',
    ],
  },
  {
    name: 'duplicate-id',
    what: 'a promise id and a period id used twice, and an id that is not a slug',
    code: 1,
    expected: [
      'warning duplicate-id periods[0].promises[1].id 9:16',
      'warning invalid-value periods[0].promises[2].id 10:16',
      'warning duplicate-id periods[1].id 14:13',
    ],
  },
  {
    name: 'trailing-comma',
    what: 'a comma after the last item (not JSON)',
    code: 2,
    expected: ['fatal not-json periods[0].promises 8:84'],
  },
  {
    name: 'comment',
    what: 'a // comment (not JSON)',
    code: 2,
    expected: ['fatal not-json (feed) 3:3'],
  },
  {
    name: 'wrong-format',
    what: 'another format version',
    code: 2,
    expected: ['fatal format format 3:13'],
  },
  {
    name: 'duplicate-key',
    what: 'a field written twice in one object (JSON.parse keeps the last)',
    code: 2,
    expected: ['error duplicate-key periods[0].promises[0].area 12:11'],
  },
  {
    name: 'wrong-type',
    what: 'values of the wrong type, with one only the JSON Schema finds',
    code: 2,
    expected: [
      'error invalid-value language 3:15',
      'error wrong-type title.en 4:44',
      'error wrong-type periods[0].promises[0].places 14:21',
      'error schema:type periods[0].promises[0].targets[0].baseline.year 16:72',
      'error wrong-type periods[0].promises[0].targets[0].baseline.value 16:89',
      'error wrong-type periods[0].promises[0].targets[0].goal.change 16:116',
      'error invalid-value periods[0].promises[0].outcome.status 18:33',
    ],
  },
  {
    name: 'windows-1252',
    what: 'a file saved as Windows-1252, not UTF-8',
    code: 2,
    expected: ['error invalid-utf8 (feed) 4:82'],
  },
  {
    name: 'utf-16',
    what: 'a file saved as UTF-16',
    code: 2,
    expected: ['fatal encoding (feed) 1:1'],
  },
];

describe('validate: the bad fixtures', () => {
  for (const row of TABLE) {
    it(`${row.name}: ${row.what}`, () => {
      const {code, report} = validateJson([bad(row.name)]);
      assert.deepEqual(summary(report.files[0]), row.expected);
      assert.equal(code, row.code);
      assert.equal(report.exitCode, row.code);
    });
  }

  it('reports every fixture at once, exiting with the worst code', () => {
    const {code, report} = validateJson(TABLE.map((row) => bad(row.name)));
    assert.equal(code, 2);
    assert.equal(report.files.length, TABLE.length);
  });

  it('writes GNU-style lines an editor can jump to: FILE:LINE:COLUMN: severity: path: message [code]', () => {
    const {stdout} = cli(['validate', bad('missing-area')]);
    assert.equal(
      stdout.split('\n')[0],
      'test/fixtures/bad/missing-area.json:9:9: fel: periods[0].promises[1].area: Det obligatoriska fältet "area" saknas. Löftet visas inte. [missing-required]'
    );
    const english = cli(['validate', '--lang', 'en', bad('missing-area')]).stdout;
    assert.equal(
      english.split('\n')[0],
      'test/fixtures/bad/missing-area.json:9:9: error: periods[0].promises[1].area: The required field "area" is missing. The promise is not shown. [missing-required]'
    );
    assert.match(english, /missing-area\.json: Errors: 1\. Warnings: 0\./);
  });

  it('says what is wrong with the JSON in plain words, in both languages', () => {
    assert.match(
      cli(['validate', bad('trailing-comma')]).stdout,
      /:8:84: fel: periods\[0\]\.promises: Flödet är inte giltig JSON\. Kommatecken efter det sista värdet/
    );
    assert.match(cli(['validate', bad('comment')]).stdout, /:3:3: fel: \(flödet\): Flödet är inte giltig JSON\. Kommentarer/);
    assert.match(
      cli(['validate', '--lang', 'en', bad('comment')]).stdout,
      /:3:3: error: \(feed\): The feed is not valid JSON\. Comments \(\/\/ or \/\* \*\/\) are not allowed in JSON\./
    );
  });

  it('says each feed-module problem in Swedish, never falling back to the English message', () => {
    const sv = validateJson(TABLE.map((row) => bad(row.name)), 'sv').report;
    const en = validateJson(TABLE.map((row) => bad(row.name)), 'en').report;
    sv.files.forEach((file, index) => {
      file.problems.forEach((problem, at) => {
        assert.notEqual(problem.message, en.files[index].problems[at].message, `${problem.code} ${problem.path}`);
      });
    });
  });

  it('counts a byte order mark and CRLF line ends as editors do', () => {
    const {code, report} = validateJson(['test/fixtures/bom-crlf.json']);
    assert.equal(code, 1);
    assert.deepEqual(summary(report.files[0]), ['warning unknown-field periods[0].promises[0].promse 4:108']);
  });
});

describe('validate: input and usage', () => {
  it('reads standard input for "-"', () => {
    const {code, stdout} = cli(['validate', '-'], {input: '{"format": "medborgar-loften/1", "periods": []}'});
    assert.equal(code, 2);
    assert.match(stdout, /^\(standardinmatning\):1:45: fel: periods: Listan "periods" är tom\. Flödet behöver minst en period\. \[no-periods\]$/m);
    const english = cli(['validate', '--lang', 'en', '-'], {input: '{"format": "medborgar-loften/1", "periods": []}'}).stdout;
    assert.match(english, /^\(standard input\):1:45: error: periods: The list "periods" is empty\./m);
  });

  it('says why no period is usable: the schema errors inside the periods', () => {
    const input = '{"format": "medborgar-loften/1",\n "periods": [{"id": "a", "from": "2024",\n  "promises": [{"id": "b", "promise": "Vi lovar."}]}]}';
    const result = cli(['validate', '--json', '--lang', 'en', '-'], {input});
    assert.equal(result.code, 2);
    const file = JSON.parse(result.stdout).files[0];
    assert.deepEqual(summary(file), [
      'fatal no-periods periods 2:13',
      'error schema:required periods[0].promises[0].area 3:16',
    ]);
    assert.equal(file.problems[0].message, 'Schema: the required field "area" is missing.');
  });

  it('exits 66 for a file it cannot read, and still checks the others', () => {
    const {code, report} = validateJson(['no/such/feed.json', STROMSUND]);
    assert.equal(code, 66);
    assert.equal(report.files[0].fatal.code, 'unreadable');
    assert.equal(report.files[1].ok, true);
  });

  it('exits 64 with the usage for wrong usage', () => {
    for (const args of [[], ['validate'], ['validate', '--lang', 'de', STROMSUND], ['validate', '--bogus', STROMSUND], ['frob']]) {
      const {code, stderr} = cli(args);
      assert.equal(code, 64, args.join(' '));
      assert.match(stderr, /Användning:/);
    }
    assert.match(cli(['validate', '--lang', 'en']).stderr, /Usage:/);
  });

  it('prints help and the version', () => {
    assert.equal(cli(['--help']).code, 0);
    assert.match(cli(['--help', '--lang', 'en']).stdout, /Exit codes: 0 no problems, 1 warnings only, 2 errors/);
    assert.match(cli(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });
});
