// First paint of a heavy bundle in Chromium: 10,000 fiches (clustered cards) and a layer
// of 1,000,000 points drawn as tiles. Not part of ctest (it needs the generated bench data);
// docs/benchmarks.md gives the command. Environment: ATLAS_CLI, ATLAS_NODE_MODULES,
// ATLAS_BENCH_POINTS (points_1m.gpkg from ../shared/bench/gen_data.py), ATLAS_BENCH_OUT.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const env = (name) => {
  if (!process.env[name]) throw new Error(`${name} is not set`);
  return process.env[name];
};
const cli = env('ATLAS_CLI');
const points = env('ATLAS_BENCH_POINTS');
const out = env('ATLAS_BENCH_OUT');
const { chromium } = createRequire(path.join(env('ATLAS_NODE_MODULES'), 'x.js'))('playwright-core');

const run = (...args) => execFileSync(cli, args, { encoding: 'utf8' });

function fichesCsv(file, n) {
  const kinds = ['landmark', 'project', 'realisation', 'action'];
  const rows = ['name,country,lon,lat,kind,title_nl,title_fr,source'];
  for (let i = 0; i < n; i++) {
    const a = i * 2.399963, r = 0.6 * Math.sqrt((i + 0.5) / n);
    rows.push(`Lieu ${i},FR,${(2.75 + r * Math.cos(a)).toFixed(5)},${(50.85 + 0.6 * r * Math.sin(a)).toFixed(5)},` +
      `${kinds[i % 4]},Plaats ${i},Lieu ${i},bench`);
  }
  fs.writeFileSync(file, rows.join('\n') + '\n');
}

function folderSize(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .reduce((sum, e) => sum + (e.isDirectory() ? folderSize(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
}

test('a bundle with 10,000 fiches and 1,000,000 tiled points paints within 1.5 s', async () => {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const atlas = path.join(out, 'bench.atlas');
  run('new', atlas, '--crs', 'EPSG:2154', '--title', 'Bench: 10,000 fiches, 1M points');
  run('layer', 'add', atlas, points);
  fichesCsv(path.join(out, 'fiches.csv'), 10000);
  run('obs', 'import', atlas, path.join(out, 'fiches.csv'));
  const bundle = path.join(out, 'bundle');
  const started = Date.now();
  const report = run('export-web', atlas, bundle, '--zooms', '6-11');
  const exportMs = Date.now() - started;
  assert.match(report, /1 tiled layer/);
  assert.match(report, /fiches: 10000/);

  const browser = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(out, 'profile-')), {
    executablePath: process.env.ATLAS_CHROMIUM || '/usr/bin/chromium', headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
  });
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(bundle, 'index.html')).href);
    // Painted: the page script ran, clusters are on the map and the tiles in view are drawn.
    await page.waitForFunction(() => window.ATLAS_READY && document.querySelector('.marker-cluster') &&
      document.querySelectorAll('img.leaflet-tile-loaded').length > 0 &&
      document.querySelectorAll('img.leaflet-tile:not(.leaflet-tile-loaded)').length === 0, null, { timeout: 30000 });
    const t = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve({
      painted: performance.now(),
      fcp: (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime
    }))));
    runs.push(t);
    if (i === 0) await page.screenshot({ path: path.join(out, 'first-paint.png') });
    await page.close();
  }
  await browser.close();
  const painted = runs.map((r) => r.painted).sort((a, b) => a - b)[1];
  const fcp = runs.map((r) => r.fcp).sort((a, b) => a - b)[1];
  const mib = folderSize(bundle) / 1048576;
  console.log(`# export ${exportMs} ms; bundle ${mib.toFixed(1)} MiB; first contentful paint ${fcp.toFixed(0)} ms; ` +
    `map painted (clusters + tiles) ${painted.toFixed(0)} ms (median of 3: ${runs.map((r) => r.painted.toFixed(0)).join(', ')})`);
  assert.ok(painted <= 1500, `map painted in ${painted} ms`);
});
