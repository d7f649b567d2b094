// What the browser tests share: their environment (set by ctest), atlas-cli, Debian's
// Chromium with a fresh profile, and pages opened from file:// that record every
// request, dialog and error (requests that would leave the machine are refused).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (run this test through ctest)`);
  return v;
};
export const cli = env('ATLAS_CLI');
export const dataDir = env('ATLAS_TEST_DATA');
export const outDir = env('ATLAS_TEST_OUTPUT');
const { chromium } = createRequire(path.join(env('ATLAS_NODE_MODULES'), 'x.js'))('playwright-core');

export function run(...args) {
  return execFileSync(cli, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// A persistent context on a new profile folder inside `work`.
export function launchChromium(work) {
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(work, 'profile-')), {
    executablePath: process.env.ATLAS_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run']
  });
}

// Opens `file` and waits for window[readyFlag] === true.
export async function openPage(browser, file, readyFlag) {
  const page = await browser.newPage();
  const seen = { requests: [], dialogs: [], errors: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  // Nothing may leave the machine; if the page tried, the request is recorded and refused.
  await page.route((url) => !url.href.startsWith('file:'), (route) => route.abort());
  const started = Date.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction((flag) => window[flag] === true, readyFlag, { timeout: 10000 });
  seen.readyMs = Date.now() - started;
  return { page, seen };
}
