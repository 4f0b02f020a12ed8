/**
 * The URL allowlist (feed format, "Text values", URLs): https:, http:,
 * mailto:, tel: and relative URLs only, whatever the case or encoding.
 */
import {expect} from '@open-wc/testing';
import {mailtoUrl, safeUrl, telUrl} from '../../src/feed/index.js';

interface UrlRow {
  name: string;
  input: string;
  /** The link kept, or null when refused. */
  expect: string | null;
}

const urls: UrlRow[] = [
  // Allowed
  {name: 'https', input: 'https://polisen.se/medborgarloften', expect: 'https://polisen.se/medborgarloften'},
  {name: 'http', input: 'http://example.org/a?b=c#d', expect: 'http://example.org/a?b=c#d'},
  {name: 'upper-case HTTPS', input: 'HTTPS://EXAMPLE.ORG/', expect: 'HTTPS://EXAMPLE.ORG/'},
  {name: 'mailto', input: 'mailto:kommun@example.org', expect: 'mailto:kommun@example.org'},
  {name: 'tel', input: 'tel:+4667016100', expect: 'tel:+4667016100'},
  {name: 'root-relative', input: '/dokument/plan.pdf', expect: '/dokument/plan.pdf'},
  {name: 'path-relative', input: 'plan.pdf', expect: 'plan.pdf'},
  {name: 'dot-relative', input: '../plan.pdf', expect: '../plan.pdf'},
  {name: 'fragment only', input: '#period-2021', expect: '#period-2021'},
  {name: 'query only', input: '?period=2021', expect: '?period=2021'},
  {name: 'protocol-relative', input: '//example.org/a', expect: '//example.org/a'},
  {name: 'spaces around are trimmed', input: '  https://example.org/  ', expect: 'https://example.org/'},
  {name: 'a colon later in the path', input: '/a/b:c', expect: '/a/b:c'},
  {name: 'a number before a colon is no scheme', input: '2021:rapport.pdf', expect: '2021:rapport.pdf'},
  {name: 'javascript in the query of an https URL', input: 'https://x.se/?next=javascript:alert(1)', expect: 'https://x.se/?next=javascript:alert(1)'},
  {name: 'Swedish letters', input: 'https://strömsund.se/trygghet', expect: 'https://strömsund.se/trygghet'},
  // Refused
  {name: 'empty', input: '', expect: null},
  {name: 'spaces only', input: '   ', expect: null},
  {name: 'javascript', input: 'javascript:alert(1)', expect: null},
  {name: 'mixed-case javascript', input: 'JaVaScRiPt:alert(1)', expect: null},
  {name: 'tab before javascript', input: '\tjavascript:alert(1)', expect: null},
  {name: 'newline inside javascript', input: 'java\nscript:alert(1)', expect: null},
  {name: 'tab inside javascript', input: 'java\tscript:alert(1)', expect: null},
  {name: 'carriage return inside javascript', input: 'java\rscript:alert(1)', expect: null},
  {name: 'NUL inside javascript', input: 'java\u0000script:alert(1)', expect: null},
  {name: 'zero-width space inside javascript', input: 'java\u200bscript:alert(1)', expect: null},
  {name: 'leading form feed and spaces', input: '\f  javascript:alert(1)', expect: null},
  {name: 'decimal entity', input: '&#106;avascript:alert(1)', expect: null},
  {name: 'decimal entity without semicolon', input: '&#106avascript:alert(1)', expect: null},
  {name: 'hex entity', input: '&#x6A;avascript:alert(1)', expect: null},
  {name: 'padded decimal entity', input: '&#0000106;avascript:alert(1)', expect: null},
  {name: 'entity colon', input: 'javascript&colon;alert(1)', expect: null},
  {name: 'numeric entity colon', input: 'javascript&#58;alert(1)', expect: null},
  {name: 'percent-encoded letter', input: '%6Aavascript:alert(1)', expect: null},
  {name: 'percent-encoded colon', input: 'javascript%3Aalert(1)', expect: null},
  {name: 'double percent-encoding', input: '%256Aavascript:alert(1)', expect: null},
  {name: 'percent-encoded letter with a broken sequence later', input: '%6Aavascript:alert(1)//%E0%A4%A', expect: null},
  {name: 'a broken percent sequence alone is a relative URL', input: 'rapport%E0%A4%A.pdf', expect: 'rapport%E0%A4%A.pdf'},
  {name: 'data HTML', input: 'data:text/html,<script>alert(1)</script>', expect: null},
  {name: 'data base64', input: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', expect: null},
  {name: 'vbscript', input: 'vbscript:msgbox(1)', expect: null},
  {name: 'VBScript', input: 'VBScript:msgbox(1)', expect: null},
  {name: 'file', input: 'file:///etc/passwd', expect: null},
  {name: 'ftp', input: 'ftp://example.org/a', expect: null},
  {name: 'blob', input: 'blob:https://example.org/uuid', expect: null},
  {name: 'unknown scheme', input: 'sida:2', expect: null},
];

describe('safeUrl', () => {
  for (const row of urls) {
    it(row.name, () => {
      expect(safeUrl(row.input)).to.equal(row.expect);
    });
  }
});

interface ContactRow {
  name: string;
  input: string;
  expect: string | null;
}

const emails: ContactRow[] = [
  {name: 'plain address', input: 'anna.lindqvist@example.org', expect: 'mailto:anna.lindqvist@example.org'},
  {name: 'trimmed', input: '  kommun@example.org ', expect: 'mailto:kommun@example.org'},
  {name: 'plus address', input: 'a+b@example.org', expect: 'mailto:a+b@example.org'},
  {name: 'Swedish letters', input: 'kommun@strömsund.se', expect: 'mailto:kommun@strömsund.se'},
  {name: 'no at sign', input: 'kommun.example.org', expect: null},
  {name: 'no domain dot', input: 'kommun@localhost', expect: null},
  {name: 'two at signs', input: 'a@b@example.org', expect: null},
  {name: 'spaces inside', input: 'anna lindqvist@example.org', expect: null},
  {name: 'javascript in the local part', input: 'javascript:alert(1)@example.org', expect: null},
  {name: 'HTML', input: '<a@example.org>', expect: null},
  {name: 'empty', input: '', expect: null},
];

describe('mailtoUrl', () => {
  for (const row of emails) {
    it(row.name, () => {
      expect(mailtoUrl(row.input)).to.equal(row.expect);
    });
  }
});

const phones: ContactRow[] = [
  {name: 'Swedish area code and number', input: '0670-161 00', expect: 'tel:067016100'},
  {name: 'with a note in parentheses', input: '0670-161 00 (växel)', expect: 'tel:067016100'},
  {name: 'international', input: '+46 670 161 00', expect: 'tel:+4667016100'},
  {name: 'plus only at the start is kept', input: '+46 (0)670-161 00', expect: 'tel:+4667016100'},
  {name: 'stray plus inside dropped', input: '0670+161', expect: 'tel:0670161'},
  {name: 'emergency number', input: '112', expect: 'tel:112'},
  {name: 'police number', input: '114 14', expect: 'tel:11414'},
  {name: 'too few digits', input: '11', expect: null},
  {name: 'words only', input: 'ring växeln', expect: null},
  {name: 'javascript with digits in a note', input: 'javascript:alert(12345)', expect: null},
  {name: 'javascript with digits keeps only the digits', input: 'javascript:alert(1);112', expect: 'tel:112'},
  {name: 'empty', input: '', expect: null},
];

describe('telUrl', () => {
  for (const row of phones) {
    it(row.name, () => {
      expect(telUrl(row.input)).to.equal(row.expect);
    });
  }
});
