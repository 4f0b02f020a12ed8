/**
 * Test-runner commands that emulate what a visitor's device sets: media type
 * (print), forced colours, reduced motion, and the viewport's size. Each
 * answers whether the engine can do it; the page then checks that it took
 * effect (test/helpers/emulation.ts), so an emulation that is silently
 * dropped fails the test instead of testing the normal case.
 *
 *   emulate   {media: 'print' | '', forcedColors: 'active' | 'none', reducedMotion: 'reduce' | 'no-preference'}
 *   resize    {width, height}
 *   → {applied: true} or {applied: false, reason}
 *
 * Chromium: CDP `Emulation.setEmulatedMedia`, the one path that covers
 * `forced-colors` (@web/test-runner-commands' emulateMedia drops it for
 * puppeteer). Firefox over WebDriver BiDi and WebKitGTK's WebDriver have no
 * media emulation; their viewport is the page's (BiDi) or the window's size.
 */

const NO_MEDIA_EMULATION = {
  Firefox: 'Firefox over WebDriver BiDi cannot emulate media (print, forced-colors, prefers-reduced-motion)',
  WebKit: 'WebKitGTK’s WebDriver cannot emulate media (print, forced-colors, prefers-reduced-motion)',
};

export function emulationPlugin() {
  /** One CDP session per page, kept open: closing it would drop its overrides. */
  const cdpSessions = new WeakMap();
  async function cdp(page) {
    if (!cdpSessions.has(page)) cdpSessions.set(page, page.createCDPSession());
    return cdpSessions.get(page);
  }

  async function emulateMedia(session, {media = '', forcedColors = 'none', reducedMotion = 'no-preference'}) {
    const launcher = session.browser;
    if (launcher.type !== 'puppeteer' || launcher.name !== 'Chromium') {
      return {applied: false, reason: NO_MEDIA_EMULATION[launcher.name] ?? `${launcher.name} cannot emulate media`};
    }
    const client = await cdp(launcher.getPage(session.id));
    await client.send('Emulation.setEmulatedMedia', {
      media,
      features: [
        {name: 'forced-colors', value: forcedColors},
        {name: 'prefers-reduced-motion', value: reducedMotion},
      ],
    });
    return {applied: true};
  }

  async function setViewport(session, {width, height}) {
    const launcher = session.browser;
    if (launcher.type === 'puppeteer') {
      await launcher.getPage(session.id).setViewport({width, height});
      return {applied: true};
    }
    if (launcher.type === 'webdriver') {
      // The window holds the browser's own chrome as well: size it so that the page gets width × height.
      const {driver} = launcher;
      const [outer, inner] = await Promise.all([
        driver.getWindowRect(),
        driver.execute(() => ({width: window.innerWidth, height: window.innerHeight})),
      ]);
      await driver.setWindowRect(null, null, width + outer.width - inner.width, height + outer.height - inner.height);
      const now = await driver.execute(() => window.innerWidth);
      // MiniBrowser's toolbar keeps its window from getting narrower than about 450 px.
      if (now !== width) return {applied: false, reason: `${launcher.name}: the browser window cannot make the page ${width} px wide (it stays ${now} px)`};
      return {applied: true};
    }
    return {applied: false, reason: `${launcher.name} cannot set the viewport`};
  }

  return {
    name: 'emulation-commands',
    async executeCommand({command, payload, session}) {
      if (command === 'emulate') return emulateMedia(session, payload ?? {});
      if (command === 'resize') return setViewport(session, payload);
      return undefined;
    },
  };
}
