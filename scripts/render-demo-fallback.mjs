/**
 * Writes demo/generated/stromsund-static.html: the Strömsund feed rendered
 * by `medborgar-loften render` (the widget's own templates, in Node) and
 * pasted inside <medborgar-loften> as its no-JavaScript fallback, as an
 * editor would. demo/static.html shows that page twice: as a visitor with
 * JavaScript sees it, and as one without (a sandboxed frame runs no
 * script). Run by `npm run build`, after tsc (it reads lib/).
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {parseFeed} from '../lib/feed/index.js';
import {renderFeedHtml} from '../lib/cli/render.js';

const root = new URL('../', import.meta.url);
const parsed = parseFeed(readFileSync(new URL('demo/feeds/stromsund.json', root), 'utf8'));
if (!parsed.ok) throw new Error(`demo/feeds/stromsund.json: ${parsed.error.message}`);
const fallback = renderFeedHtml(parsed.feed, {lang: 'sv', headingLevel: 2});

const page = `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Strömsund med statisk reservtext</title>
    <link rel="stylesheet" href="../demo.css" />
    <script type="module" src="../../dist/medborgar-loften.js"></script>
  </head>
  <body>
    <main id="main">
      <h1>Medborgarlöften i Strömsunds kommun</h1>
      <!-- Written by scripts/render-demo-fallback.mjs from medborgar-loften render. -->
      <medborgar-loften src="../feeds/stromsund.json" heading-level="2">
${fallback.replace(/^/gm, '        ')}
      </medborgar-loften>
    </main>
  </body>
</html>
`;

mkdirSync(new URL('demo/generated/', root), {recursive: true});
writeFileSync(new URL('demo/generated/stromsund-static.html', root), page);
console.log('demo/generated/stromsund-static.html written');
