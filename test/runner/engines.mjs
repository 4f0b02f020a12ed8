/**
 * The browser engines the browser tests run in: Chromium (puppeteer over
 * CDP, with coverage), Firefox (puppeteer over WebDriver BiDi) and WebKit
 * (WebKitGTK's MiniBrowser through WebKitWebDriver, which this run starts on
 * a free port and stops again). Nothing is downloaded: scripts/browser.mjs
 * finds each engine on the machine.
 *
 * `ENGINES=firefox,webkit` narrows a run. An engine that is not installed is
 * skipped, loudly, with the install line; under `CI=true` it fails the run.
 */
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {setTimeout as pause} from 'node:timers/promises';
import * as puppeteer from 'puppeteer-core';
import {chromeLauncher} from '@web/test-runner';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {INSTALL_HINT, browserArgs, locateChromium, locateFirefox, locateWebKit} from '../../scripts/browser.mjs';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** Display names, as the summary and the README's browser-support table write them. */
export const ENGINE_LABELS = {chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit'};

/** The engine a launcher name belongs to ("Chromium", "Firefox", "WebKit"). */
export function engineOf(browserName) {
  return ENGINES.find((engine) => ENGINE_LABELS[engine] === browserName) ?? browserName.toLowerCase();
}

export const isCI = () => !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

/** The engines asked for: `ENGINES` (comma-separated), else all three. */
export function requestedEngines() {
  const asked = (process.env.ENGINES ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = asked.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`ENGINES names unknown engines: ${unknown.join(', ')} (known: ${ENGINES.join(', ')}).`);
  return asked.length ? ENGINES.filter((engine) => asked.includes(engine)) : [...ENGINES];
}

/**
 * Gives a launcher the engine's name and runs `before`/`after` around its
 * life (the WebKit driver is started in `initialize` and stopped in `stop`).
 */
function asEngine(launcher, engine, {before, after} = {}) {
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    await before?.();
    await initialize(config, testFiles);
    launcher.name = ENGINE_LABELS[engine];
  };
  launcher.stop = async () => {
    try {
      await stop();
    } finally {
      await after?.();
    }
  };
  launcher.name = ENGINE_LABELS[engine];
  return launcher;
}

function chromium(path) {
  return asEngine(chromeLauncher({launchOptions: {executablePath: path, headless: true, args: browserArgs()}}), 'chromium');
}

function firefox(path) {
  return asEngine(
    chromeLauncher({
      puppeteer,
      launchOptions: {browser: 'firefox', executablePath: path, headless: true},
    }),
    'firefox'
  );
}

/** A port nobody listens on right now, for the WebKit driver. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Whether a WebDriver server answers its status endpoint. */
async function driverReady(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/status`);
    return response.ok;
  } catch {
    return false;
  }
}

function webkit({driver, browser, xvfbRun}) {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  let output = '';
  const capabilities = {
    browserName: 'MiniBrowser',
    // Session creation over BiDi fails ("Failed to match capabilities"): WebKitGTK speaks classic WebDriver.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': {binary: browser, args: ['--automation']},
  };
  const options = {hostname: '127.0.0.1', port: 0, path: '/', capabilities};
  // The driver and, without a display, the Xvfb that xvfb-run starts for it share a
  // process group, so stopping the group stops both.
  const stopDriver = () => {
    if (child?.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    child = undefined;
  };
  return asEngine(webdriverLauncher(options), 'webkit', {
    before: async () => {
      const port = await freePort();
      const [command, args] = xvfbRun ? [xvfbRun, ['-a', driver, `--port=${port}`]] : [driver, [`--port=${port}`]];
      child = spawn(command, args, {detached: true, stdio: ['ignore', 'pipe', 'pipe']});
      child.stdout?.on('data', (chunk) => (output += chunk));
      child.stderr?.on('data', (chunk) => (output += chunk));
      process.once('exit', stopDriver);
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      // The driver listens a few hundred milliseconds after it starts; ask until it answers.
      const deadline = Date.now() + 30_000;
      let ready = false;
      while (!ready && Date.now() < deadline) {
        ready = await Promise.race([driverReady(port), exited.then(() => false)]);
        if (!ready && child?.exitCode !== null) break;
        if (!ready) await pause(100);
      }
      if (!ready) {
        stopDriver();
        throw new Error(`WebKitWebDriver did not start on port ${port}: ${output.trim() || 'no output'}`);
      }
      options.port = port;
    },
    after: stopDriver,
  });
}

/**
 * The launchers for the requested engines that are installed, and a line for
 * each one that is not. Under CI a missing engine throws instead.
 *
 * @returns {{launchers: import('@web/test-runner').BrowserLauncher[], missing: {engine: string, reason: string}[]}}
 */
export function engineLaunchers(engines = requestedEngines()) {
  const launchers = [];
  const missing = [];
  const found = {chromium: locateChromium, firefox: locateFirefox, webkit: locateWebKit};
  for (const engine of engines) {
    const where = found[engine]();
    if ('missing' in where) {
      missing.push({engine, reason: where.missing});
      continue;
    }
    if (engine === 'chromium') launchers.push(chromium(where.path));
    if (engine === 'firefox') launchers.push(firefox(where.path));
    if (engine === 'webkit') launchers.push(webkit(where));
  }
  if (missing.length && isCI()) {
    throw new Error(
      `CI needs every engine; missing: ${missing.map(({engine, reason}) => `${ENGINE_LABELS[engine]} (${reason})`).join('; ')}. Install: ${INSTALL_HINT}`
    );
  }
  return {launchers, missing};
}
