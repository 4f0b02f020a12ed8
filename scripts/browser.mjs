/**
 * Finds the browsers that tests, the demo checks and the benchmark drive.
 * No tool here downloads a browser: each engine comes from an environment
 * variable or the usual install places (Debian's packages first).
 *
 *   Chromium  CHROME_PATH, else /usr/bin/chromium, Google Chrome's places on Linux, macOS, Windows
 *   Firefox   FIREFOX_PATH, else /usr/bin/firefox-esr, /usr/bin/firefox, macOS
 *   WebKit    WEBKIT_WEBDRIVER (default: WebKitWebDriver on the PATH) and MINIBROWSER_PATH
 *             (default: WebKitGTK's MiniBrowser under /usr/lib), run under xvfb-run when there is no display
 */
import {existsSync, readdirSync} from 'node:fs';
import {delimiter, join} from 'node:path';

/** What Debian needs for every engine the browser tests use. */
export const INSTALL_HINT = 'apt-get install chromium firefox-esr webkit2gtk-driver xvfb xauth';

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/**
 * @typedef {{path: string} | {missing: string}} Found
 */

/** A path from an environment variable (which must exist), else the first candidate that exists. */
function locate(variable, candidates, notFound) {
  const fromEnv = process.env[variable];
  if (fromEnv) return existsSync(fromEnv) ? {path: fromEnv} : {missing: `${variable}=${fromEnv} does not exist`};
  const path = candidates.find((candidate) => existsSync(candidate));
  return path ? {path} : {missing: notFound};
}

/** A command on the PATH, as a full path. */
export function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(dir, command);
    if (dir && existsSync(path)) return path;
  }
  return undefined;
}

/** @returns {Found} Chromium or Chrome. */
export function locateChromium() {
  return locate('CHROME_PATH', CHROMIUM_CANDIDATES, 'no Chromium or Chrome found (set CHROME_PATH to use your own)');
}

/** @returns {Found} Firefox (ESR or release). */
export function locateFirefox() {
  return locate('FIREFOX_PATH', FIREFOX_CANDIDATES, 'no Firefox found (set FIREFOX_PATH to use your own)');
}

/** WebKitGTK's MiniBrowser, wherever the distribution's multiarch directory is. */
function miniBrowserCandidates() {
  const found = [];
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    if (!existsSync(lib)) continue;
    for (const dir of [lib, ...readdirSync(lib).map((name) => join(lib, name))]) {
      for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) found.push(join(dir, api, 'MiniBrowser'));
    }
  }
  return found;
}

/**
 * @returns {{driver: string, browser: string, xvfbRun?: string} | {missing: string}}
 * WebKitWebDriver, MiniBrowser and, without a display, xvfb-run.
 */
export function locateWebKit() {
  const driver = process.env.WEBKIT_WEBDRIVER || onPath('WebKitWebDriver');
  if (!driver || !existsSync(driver)) return {missing: 'no WebKitWebDriver found (set WEBKIT_WEBDRIVER to use your own)'};
  const browser = locate('MINIBROWSER_PATH', miniBrowserCandidates(), 'no WebKitGTK MiniBrowser found (set MINIBROWSER_PATH)');
  if ('missing' in browser) return browser;
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return {driver, browser: browser.path};
  const xvfbRun = onPath('xvfb-run');
  if (!xvfbRun || !onPath('xauth')) return {missing: 'no display, and no xvfb-run and xauth to make one'};
  return {driver, browser: browser.path, xvfbRun};
}

/** The Chromium or Chrome for the end-to-end pages and the benchmark; throws with the install line when there is none. */
export function findBrowser() {
  const found = locateChromium();
  if ('missing' in found) {
    throw new Error(`${found.missing}. Install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its binary.`);
  }
  return found.path;
}

/** Flags for a quiet headless Chromium run; a root user (CI containers) needs --no-sandbox. */
export function browserArgs() {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
