/**
 * A test-runner command that opens a page as a top-level tab in the test's
 * own engine, as a visitor following a link would, and reports what the
 * widget on it shows. Text-fragment links (`#:~:text=…`) are acted on only in
 * top-level pages, never in the test page's iframes.
 *
 *   await executeServerCommand('open-page', {path: '/test/fixtures/pages/widget.html#:~:text=natt', toggle: 'Trygghet'})
 *   → {loaded: true, expanded: true, open: ['Trygghet'], scrolled: true}
 *
 * In the page it waits until the widget has loaded and filled its panels,
 * then until the promise named `toggle` is open; `waitMs` only bounds that
 * wait, so that a promise that never opens ends the command (and the tab)
 * instead of the test.
 */

/** Runs in the opened page. Self-contained: it is sent to the browser as text. */
async function inspectWidget(toggle, waitMs) {
  await customElements.whenDefined('medborgar-loften');
  const widget = document.querySelector('medborgar-loften');
  await widget.contentComplete;
  const root = widget.shadowRoot ?? widget;
  const toggles = () => [...root.querySelectorAll('[part~="toggle"]')];
  const named = toggles().find((button) => button.textContent.trim() === toggle);
  const deadline = performance.now() + waitMs;
  while (named && named.getAttribute('aria-expanded') !== 'true' && performance.now() < deadline) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return {
    loaded: widget.getAttribute('status') === 'loaded',
    expanded: named?.getAttribute('aria-expanded') === 'true',
    open: toggles()
      .filter((button) => button.getAttribute('aria-expanded') === 'true')
      .map((button) => button.textContent.trim()),
    scrolled: window.scrollY > 0,
  };
}

export function openPagePlugin() {
  let origin = '';
  return {
    name: 'open-page-command',
    serverStart({config}) {
      origin = `${config.protocol ?? 'http:'}//${config.hostname}:${config.port}`;
    },
    async executeCommand({command, payload, session}) {
      if (command !== 'open-page') return undefined;
      const {path, toggle, waitMs = 5000} = payload;
      const url = new URL(path, origin).href;
      const launcher = session.browser;
      if (launcher.type === 'puppeteer') {
        const page = await launcher.getPage(session.id).browser().newPage();
        try {
          await page.goto(url);
          return await page.evaluate(inspectWidget, toggle, waitMs);
        } finally {
          await page.close();
        }
      }
      if (launcher.type === 'webdriver') {
        const {driver} = launcher;
        const testWindow = await driver.getWindowHandle();
        // A window, not a tab: a background tab gets no animation frames, so the widget would never fill.
        const {handle} = await driver.createWindow('window');
        await driver.switchToWindow(handle);
        try {
          await driver.navigateTo(url);
          return await driver.executeAsync(
            `const done = arguments[arguments.length - 1];
             (${inspectWidget})(arguments[0], arguments[1]).then(done, (error) => done({error: String(error)}));`,
            toggle,
            waitMs
          );
        } finally {
          await driver.closeWindow();
          await driver.switchToWindow(testWindow);
        }
      }
      throw new Error(`open-page is not supported for ${launcher.type} launchers.`);
    },
  };
}
