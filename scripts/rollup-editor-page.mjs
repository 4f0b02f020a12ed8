/**
 * Rollup plugins for the editor file (dist/editor.html): an entry made of
 * two imports (the widget and the editor's page, so that no source file has
 * to import both), and a page that carries the whole bundle inline, so the
 * file makes no request at all and opens from disk.
 */
import {resolve} from 'node:path';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';

/**
 * A module `id` that imports `files` (paths from the project folder), in
 * order, for what they do when they run (package.json's `sideEffects`
 * names them, so they are kept).
 */
export function virtualEntry(id, files) {
  return {
    name: 'virtual-entry',
    resolveId: (source) => (source === id ? id : null),
    load: (source) => (source === id ? files.map((file) => `import ${JSON.stringify(resolve(file))};`).join('\n') : null),
  };
}

/**
 * Inside a <script>, "</script" would end the element and "<!--" changes how
 * the HTML parser reads what follows. In JavaScript, "<\/script" and "<\!--"
 * mean the same as the originals wherever they can occur (strings, template
 * literals, regular expressions), so the code runs unchanged.
 */
export function inlineScript(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const PAGE_STYLE = [
  'html{background:#fff;color:#1b1b1b;-webkit-text-size-adjust:100%;text-size-adjust:100%}',
  'body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5}',
  'noscript p{max-width:40em;margin:2em auto;padding:0 1em}',
].join('');

/** Replaces the JavaScript chunk with one HTML page that holds it; prints the page's size. */
export function editorPage({fileName, title}) {
  return {
    name: 'editor-page',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      if (chunks.length !== 1) this.error(`The editor must be one chunk, found ${chunks.length}.`);
      const [chunk] = chunks;
      const page = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${title}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<mle-editor></mle-editor>
<noscript><p>Redigeraren behöver JavaScript. Slå på JavaScript i webbläsaren och öppna filen igen.</p><p lang="en">The editor needs JavaScript. Turn JavaScript on in the browser and open the file again.</p></noscript>
<script type="module">${inlineScript(chunk.code)}</script>
</body>
</html>
`;
      delete bundle[chunk.fileName];
      this.emitFile({type: 'asset', fileName, source: page});
      const bytes = Buffer.from(page);
      const gzip = gzipSync(bytes, {level: 9}).length;
      const brotli = brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
      const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
      console.log(`\n${fileName}: ${kb(bytes.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli\n`);
    },
  };
}
