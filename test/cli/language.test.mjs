/**
 * The command-line tool speaks one language at a time: with `--lang sv`
 * every word it writes is Swedish (Node's own argument errors included),
 * with `--lang en` English, with `--lang fi` Finnish; language names come
 * from Intl.DisplayNames.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {EXEMPELBY, STROMSUND, bad, cli} from './helpers.mjs';

/** The tool's own words in its output: file names, JSON paths, codes, quoted values, options and commands taken out. */
function prose(output) {
  return output
    .replace(/\S+\.json(:\d+:\d+)?:?/g, ' ')
    .replace(/\[[a-z:-]+\]/g, ' ')
    .replace(/"[^"\n]*"|«[^»\n]*»/g, ' ')
    .replace(/\b(?:periods|promises|parties|contacts|links|title|language|url|updated)(?:\[\d+\]|\.[A-Za-z$]+|\["[^"]*"\])*/g, ' ')
    .replace(/--?[a-z-]+|\b(?:validate|render|medborgar-loften|JSON|UTF-8|UTF-16|Windows-1252|Latin-1|true|false|null|https?|mailto|tel)\b/g, ' ');
}

const ENGLISH = /\b(the|is|are|not|must|should|unknown|option|usage|error|errors|warning|file|feed|specify|argument|positional|missing|value)\b/i;
const SWEDISH = /\b(och|är|inte|ska|det|används|visas|saknas|står|fel|varning|flödet|filen|flagga)\b/i;

const BROKEN = [bad('wrong-type'), bad('typo-field'), bad('bad-date'), bad('duplicate-id'), bad('trailing-comma'), bad('windows-1252'), bad('utf-16'), 'no/such/feed.json'];

describe('language: --lang sv says everything in Swedish', () => {
  it('on broken feeds: every line of the report', () => {
    const {stdout} = cli(['validate', '--lang', 'sv', ...BROKEN]);
    for (const line of stdout.trim().split('\n')) assert.doesNotMatch(prose(line), ENGLISH, line);
    assert.match(stdout, /Här ska det stå en text, men det står ett tal\./);
  });

  it('with an unknown option: Node\'s parseArgs error is said in Swedish, then the usage', () => {
    const {code, stdout, stderr} = cli(['validate', '--lang', 'sv', '--foo', STROMSUND]);
    assert.equal(code, 64);
    assert.equal(stdout, '');
    assert.match(stderr, /^medborgar-loften: Okänd flagga --foo\.\n\nAnvändning:\n/);
    assert.doesNotMatch(stderr, /Unknown option|positional argument/);
    for (const line of stderr.trim().split('\n')) assert.doesNotMatch(prose(line), ENGLISH, line);
  });

  it('with an option that lacks its value, or has one it does not take', () => {
    assert.match(cli(['validate', STROMSUND, '--translations']).stderr, /^medborgar-loften: Flaggan --translations behöver ett värde, till exempel --translations sv\./);
    assert.match(cli(['validate', '--json=ja', STROMSUND]).stderr, /^medborgar-loften: Flaggan --json tar inget värde\./);
    assert.match(cli(['validate', '--lang', 'de', STROMSUND]).stderr, /^medborgar-loften: --lang ska vara sv, en eller fi\./);
  });

  it('in the help', () => {
    const {stdout} = cli(['--help']);
    assert.match(stdout, /^Användning:\n {2}medborgar-loften validate FLÖDE…/);
    for (const line of stdout.trim().split('\n')) assert.doesNotMatch(prose(line), ENGLISH, line);
  });

  it('names languages as Intl does: nordsamiska, finska; never a bare code', () => {
    const {stdout} = cli(['validate', '--translations', 'se', STROMSUND]);
    assert.match(stdout, /stromsund\.json: Texter som saknar nordsamiska \(\d+\):/);
    assert.doesNotMatch(stdout, /saknar se\b/);
    assert.match(cli(['validate', '--translations', 'fi', EXEMPELBY]).stdout, /Texter som saknar finska/);
  });
});

describe('language: --lang en says everything in English', () => {
  it('on broken feeds: every line of the report', () => {
    const {stdout} = cli(['validate', '--lang', 'en', ...BROKEN]);
    for (const line of stdout.trim().split('\n')) assert.doesNotMatch(prose(line), SWEDISH, line);
    assert.match(stdout, /This should be a text, but it is a number\./);
  });

  it('with an unknown option, and in the help', () => {
    const {stderr} = cli(['validate', '--lang', 'en', '--foo', STROMSUND]);
    assert.match(stderr, /^medborgar-loften: Unknown option --foo\.\n\nUsage:\n/);
    for (const line of stderr.trim().split('\n')) assert.doesNotMatch(prose(line), SWEDISH, line);
  });

  it('names languages in English: Northern Sami, Swedish', () => {
    assert.match(cli(['validate', '--lang', 'en', '--translations', 'se', STROMSUND]).stdout, /Texts without Northern Sami \(\d+\):/);
    assert.match(cli(['validate', '--lang', 'en', '--translations', 'sv', STROMSUND]).stdout, /Every text is in Swedish\./);
  });

  it('render takes its messages\' language from --lang: English for en-GB', () => {
    const {stderr} = cli(['render', bad('typo-field'), '--lang', 'en-GB']);
    assert.match(stderr, /typo-field\.json:17:11: warning: periods\[0\]\.promises\[0\]\.promse: The field "promse" is not part of the format/);
  });
});

describe('language: --lang fi says everything in Finnish', () => {
  it('on broken feeds: every line of the report, the summaries included', () => {
    const {stdout} = cli(['validate', '--lang', 'fi', ...BROKEN]);
    for (const line of stdout.trim().split('\n')) {
      assert.doesNotMatch(prose(line), SWEDISH, line);
      assert.doesNotMatch(prose(line), ENGLISH, line);
    }
    assert.match(stdout, /Tässä pitäisi olla teksti, mutta tässä on luku\./);
    assert.match(stdout, /: virhe: /);
    assert.match(stdout, /: Virheitä: \d+\. Varoituksia: \d+\./);
  });

  it('with an unknown option: Node\'s parseArgs error is said in Finnish, then the usage', () => {
    const {code, stdout, stderr} = cli(['validate', '--lang', 'fi', '--foo', STROMSUND]);
    assert.equal(code, 64);
    assert.equal(stdout, '');
    assert.match(stderr, /^medborgar-loften: Tuntematon valitsin --foo\.\n\nKäyttö:\n/);
    for (const line of stderr.trim().split('\n')) {
      assert.doesNotMatch(prose(line), SWEDISH, line);
      assert.doesNotMatch(prose(line), ENGLISH, line);
    }
  });

  it('names languages in Finnish: pohjoissaame, ruotsi', () => {
    assert.match(cli(['validate', '--lang', 'fi', '--translations', 'se', STROMSUND]).stdout, /Tekstit, joista puuttuu kieli pohjoissaame \(\d+\):/);
    assert.match(cli(['validate', '--lang', 'fi', '--translations', 'sv', STROMSUND]).stdout, /Kaikki tekstit ovat saatavilla kielellä: ruotsi\./);
  });
});

describe('language: --json', () => {
  it('keeps codes and params language-neutral, adds the consequence, and says the message in --lang', () => {
    const sv = JSON.parse(cli(['validate', '--json', bad('missing-area')]).stdout).files[0].problems[0];
    const en = JSON.parse(cli(['validate', '--json', '--lang', 'en', bad('missing-area')]).stdout).files[0].problems[0];
    assert.deepEqual({...sv, message: undefined}, {...en, message: undefined});
    assert.equal(sv.consequence, 'item-left-out');
    assert.deepEqual(sv.params, {field: 'area', item: 'promise'});
    assert.equal(sv.message, 'Det obligatoriska fältet "area" saknas. Löftet visas inte.');
    assert.equal(en.message, 'The required field "area" is missing. The promise is not shown.');
  });
});
