// Browser test of the interactive map bundle: a test atlas is exported by atlas-cli and
// the bundle is opened from file:// in Debian's Chromium (driven by playwright-core).
// Environment: ATLAS_CLI (atlas-cli), ATLAS_TEST_DATA (tests/data), ATLAS_NODE_MODULES
// (where npm ci put playwright-core), ATLAS_TEST_OUTPUT (screenshots, bundles).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, dataDir, outDir, run, launchChromium, openPage } from './browser_support.mjs';

const XSS = '<img src=x onerror=alert(1)>';
const XSS_LAYER = 'Lieux <script>alert(2)</script>';

function pointsGeoJson(features) {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features.map(([lon, lat, props]) => ({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [lon, lat] } }))
  });
}

// A deterministic scatter of n points around (lon, lat).
function scatter(n, lon, lat, spread, prefix) {
  const pts = [];
  for (let i = 0; i < n; i++) {
    const a = i * 2.399963, r = spread * Math.sqrt((i + 0.5) / n);
    pts.push([lon + r * Math.cos(a), lat + 0.65 * r * Math.sin(a), { name: `${prefix} ${i}`, kind: 'landmark' }]);
  }
  return pts;
}

let work, browser, bundle, bundleOsm;  // browser: the persistent Chromium context
const EXIF_MARK = 'SECRET-EXIF-MARK';

// A JPEG with an EXIF block (ImageDescription = EXIF_MARK), from a Chromium screenshot.
async function photoWithExif(file) {
  const page = await browser.newPage();
  await page.setContent('<body style="margin:0;background:linear-gradient(90deg,#2a5d84,#d55e00)"></body>');
  const jpeg = await page.screenshot({ type: 'jpeg', clip: { x: 0, y: 0, width: 320, height: 240 } });
  await page.close();
  const text = Buffer.from(EXIF_MARK + '\0', 'latin1');
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('II', 0, 'latin1'); tiff.writeUInt16LE(42, 2); tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(1, 8);                       // one entry
  tiff.writeUInt16LE(0x010e, 10); tiff.writeUInt16LE(2, 12);  // ImageDescription, ASCII
  tiff.writeUInt32LE(text.length, 14); tiff.writeUInt32LE(tiff.length, 18);
  tiff.writeUInt32LE(0, 22);                      // no next IFD
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, text]);
  const app1 = Buffer.alloc(4); app1.writeUInt16BE(0xffe1, 0); app1.writeUInt16BE(body.length + 2, 2);
  fs.writeFileSync(file, Buffer.concat([jpeg.subarray(0, 2), app1, body, jpeg.subarray(2)]));
}

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-browser-'));
  browser = await launchChromium(work);  // a fresh profile for every run
  const places = path.join(work, 'places.geojson');
  fs.writeFileSync(places, pointsGeoJson([
    [3.043, 51.029, { name: 'Kortemark', kind: 'realisation', title_fr: 'Jardin du presbytère de Kortemark', title_nl: 'Pastorietuin Kortemark' }],
    [3.608, 50.19, { name: 'Poix-du-Nord', kind: 'realisation', title_fr: 'Kiosque de Poix-du-Nord', title_nl: 'Kiosk van Poix-du-Nord' }],
    [2.75, 50.85, { name: 'Piège', kind: 'project', title_fr: XSS, title_nl: XSS }]
  ]));
  const dense = path.join(work, 'dense.geojson');
  fs.writeFileSync(dense, pointsGeoJson(scatter(80, 3.06, 50.63, 0.05, 'Dense')));
  const heavy = path.join(work, 'heavy.geojson');
  fs.writeFileSync(heavy, pointsGeoJson(scatter(400, 2.4, 50.45, 0.35, 'Heavy')));

  const atlas = path.join(work, 'test.atlas');
  run('new', atlas, '--crs', 'EPSG:2154', '--title', 'Atlas de test');
  run('import', atlas, path.join(dataDir, 'nord_zones.geojson'), '--as', 'Zones');
  run('import', atlas, heavy, '--as', 'Heavy');
  run('import', atlas, path.join(dataDir, 'nord_routes.geojson'), '--as', 'Routes');
  run('import', atlas, path.join(dataDir, 'nord_villes.geojson'), '--as', 'Villes');
  run('import', atlas, dense, '--as', 'Dense');
  run('import', atlas, places, '--as', XSS_LAYER);
  run('layer', 'style', atlas, 'Zones', '--fill', '#2e8fb9', '--stroke', '#1d4e66');
  run('layer', 'style', atlas, 'Heavy', '--fill', '#7a1fa2', '--marker-size', '6');
  run('layer', 'style', atlas, 'Villes', '--fill', '#d55e00', '--stroke', '#ffffff', '--marker-size', '14', '--label', 'name');

  // Fiches: one published and public (with a photo), one draft, one published but private.
  const photo = path.join(work, 'beffroi.jpg');
  await photoWithExif(photo);
  assert.ok(fs.readFileSync(photo).includes(EXIF_MARK), 'the test photo carries EXIF');
  run('obs', 'add', atlas, '--kind', 'landmark', '--title-fr', 'Beffroi de Bergues', '--title-nl', 'Belfort van Sint-Winoksbergen',
    '--description-fr', 'Reconstruit en 1961 <script>alert(3)</script>', '--description-nl', 'Heropgebouwd in 1961',
    '--lon', '2.4338', '--lat', '50.9689', '--theme', 'heritage', '--date', '2024-05-01',
    '--status', 'published', '--scope', 'public', '--photo', photo);
  run('obs', 'add', atlas, '--kind', 'project', '--title-fr', 'Chemin des moulins', '--title-nl', 'Molenpad',
    '--wkt', 'LINESTRING (2.40 50.95, 2.46 50.97, 2.52 50.96)', '--status', 'published', '--scope', 'public');
  run('obs', 'add', atlas, '--kind', 'project', '--title-fr', 'Brouillon secret', '--lon', '2.9', '--lat', '50.7');
  run('obs', 'add', atlas, '--kind', 'action', '--title-fr', 'Réservé au groupe', '--lon', '3.2', '--lat', '50.5',
    '--status', 'published', '--scope', 'group');

  bundle = path.join(outDir, 'bundle');
  const report = run('export-web', atlas, bundle, '--title', XSS, '--lang', 'fr', '--tiles-above', '100',
    '--zooms', '7-9', '--zip', '--author', 'Équipe <b>test</b>', '--licence', 'CC BY 4.0');
  assert.match(report, /exported 6 vector layer\(s\).* 1 tiled layer\(s\)/);
  assert.match(report, /fiches: 2, photos: 1/);
  bundleOsm = path.join(outDir, 'bundle-osm');
  run('export-web', atlas, bundleOsm, '--basemap', 'osm', '--lang', 'nl');

});

after(async () => {
  if (browser) await browser.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

// Opens a bundle's map page.
const open = (dir) => openPage(browser, path.join(dir, 'index.html'), 'ATLAS_READY');

const searchFor = async (page, text) => {
  await page.fill('.atlas-search input', text);
  await page.locator('.atlas-search li button').first().click();
  await page.waitForSelector('.leaflet-popup-content .atlas-card', { timeout: 5000 });
  return page.locator('.leaflet-popup-content');
};

test('the bundle opens from file:// with every layer, no network and no script error', async () => {
  const { page, seen } = await open(bundle);
  await page.waitForFunction(() => document.querySelectorAll('img.leaflet-tile-loaded').length > 0, null, { timeout: 10000 });
  console.log(`# bundle ready in ${seen.readyMs} ms`);
  const nonFile = seen.requests.filter((u) => !u.startsWith('file:'));
  assert.deepEqual(nonFile, [], 'requests that left the machine');
  assert.ok(seen.requests.some((u) => u.includes('/tiles/')), 'the heavy layer comes as tiles');
  assert.deepEqual(seen.errors, []);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /https?:/);
  const layerNames = await page.locator('.atlas-layers .atlas-layer-name').allTextContents();
  assert.deepEqual(layerNames, ['Observations / Waarnemingen', XSS_LAYER, 'Dense', 'Villes', 'Routes', 'Heavy', 'Zones']);
  assert.ok(await page.locator('.leaflet-control-scale-line').count() === 1, 'a scale bar');
  await page.close();
});

test('markers: small layers one by one, dense layers clustered, every point counted once', async () => {
  const { page } = await open(bundle);
  const counts = await page.evaluate(() => {
    const singles = document.querySelectorAll('.leaflet-marker-pane .atlas-marker').length;
    const clusters = [...document.querySelectorAll('.marker-cluster')].map((c) => Number(c.textContent.trim()));
    return { singles, clusters };
  });
  assert.ok(counts.clusters.length >= 1, 'the dense layer is clustered');
  // 10 towns + 3 places + 80 dense points + 1 fiche, each either drawn or inside a cluster.
  assert.equal(counts.singles + counts.clusters.reduce((a, b) => a + b, 0), 94);
  const labels = await page.locator('.atlas-label').allTextContents();
  assert.ok(labels.includes('Lille'), 'towns are labelled with their name');
  await page.close();
});

test('a popup card shows the title of the current language; the page switches FR/NL/EN', async () => {
  const { page } = await open(bundle);
  let popup = await searchFor(page, 'presbytere');  // accents do not matter
  assert.equal(await popup.locator('h3').textContent(), 'Jardin du presbytère de Kortemark');
  assert.equal(await popup.locator('.atlas-kind').textContent(), 'Réalisation');  // kinds are translated
  assert.equal(await page.locator('.atlas-layers h2').textContent(), 'Couches');

  await page.click('.atlas-langs button[data-lang="nl"]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
  assert.equal(await page.locator('.atlas-layers h2').textContent(), 'Lagen');
  popup = await searchFor(page, 'pastorietuin');
  assert.equal(await popup.locator('h3').textContent(), 'Pastorietuin Kortemark');

  await page.click('.atlas-langs button[data-lang="en"]');
  assert.equal(await page.locator('.atlas-layers h2').textContent(), 'Layers');
  assert.equal(await page.getAttribute('.atlas-search input', 'placeholder'), 'Search…');
  await page.close();
});

test('user text with markup is shown as text and runs nothing', async () => {
  const { page, seen } = await open(bundle);
  assert.equal(await page.title(), XSS);
  assert.equal(await page.locator('.atlas-title').textContent(), XSS);
  assert.match(await page.locator('.atlas-meta-author').textContent(), /Équipe <b>test<\/b>$/);
  const popup = await searchFor(page, 'img src');
  assert.equal(await popup.locator('h3').textContent(), XSS);
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'no <img> made from the data');
  assert.equal(await page.locator('.atlas-layers script, .atlas-layers b').count(), 0);
  await page.waitForTimeout(300);  // give an injected handler time to fire
  assert.deepEqual(seen.dialogs, [], 'no alert() ran');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('the online basemap is used only when the export asked for it', async () => {
  const { page, seen } = await open(bundleOsm);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /img-src 'self' data: https:\/\/tile\.openstreetmap\.org/);
  await page.waitForFunction(() => document.querySelectorAll('.leaflet-tile').length > 0);
  assert.ok(seen.requests.some((u) => u.startsWith('https://tile.openstreetmap.org/')), 'OSM tiles requested');
  assert.ok(seen.requests.every((u) => u.startsWith('file:') || u.startsWith('https://tile.openstreetmap.org/')));
  assert.match(await page.locator('.atlas-meta-osm').textContent(), /OpenStreetMap/);
  assert.equal(await page.locator('.atlas-layers h2').textContent(), 'Lagen');
  await page.close();
});

// Decodes a PNG in a blank page and counts pixels of the test layers' colours.
async function pixelStats(png) {
  const blank = await browser.newPage();
  const stats = await blank.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const near = (i, r, g, b) => Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) < 40;
    let towns = 0, heavy = 0, background = 0;
    const colours = new Set();
    for (let i = 0; i < d.length; i += 4) {
      if (near(i, 0xd5, 0x5e, 0x00)) towns++;
      if (near(i, 0x7a, 0x1f, 0xa2)) heavy++;
      if (near(i, 0xe9, 0xee, 0xf2)) background++;
      colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    }
    return { towns, heavy, background, colours: colours.size, pixels: d.length / 4 };
  }, png.toString('base64'));
  await blank.close();
  return stats;
}

test('categorized and graduated layers are coloured by value and listed in the legend', async () => {
  const atlas = path.join(work, 'thematic.atlas');
  run('new', atlas, '--crs', 'EPSG:4326');
  run('import', atlas, path.join(dataDir, 'nord_zones.geojson'), '--as', 'Zones');
  run('import', atlas, path.join(dataDir, 'nord_villes.geojson'), '--as', 'Villes');
  run('layer', 'style', atlas, 'Zones', '--categorized', 'name', '--ramp', 'Set2');
  run('layer', 'style', atlas, 'Villes', '--graduated', 'population', '--classes', '2', '--method', 'jenks',
    '--ramp', 'YlOrRd', '--marker-size', '12');
  const dir = path.join(outDir, 'bundle-thematic');
  run('export-web', atlas, dir, '--lang', 'fr');
  const { page, seen } = await open(dir);
  assert.deepEqual(seen.errors, []);
  // Top layer first: the towns' two classes, then the four zones in name order.
  const rows = await page.locator('.atlas-layers .atlas-thematic').allTextContents();
  assert.equal(rows.length, 6);
  assert.deepEqual(rows.slice(2), ['Cambrésis', 'Flandre maritime', 'Hainaut', 'Métropole lilloise']);
  assert.match(rows[1], /^[0-9.e+]+ – 236710$/, 'the top class ends at Lille');
  const fills = await page.evaluate(() =>
    [...document.querySelectorAll('.leaflet-overlay-pane path')].map((p) => p.getAttribute('fill')));
  for (const colour of ['#66c2a5', '#fc8d62', '#8da0cb', '#e78ac3'])
    assert.ok(fills.includes(colour), `a zone is filled with ${colour}: ${fills}`);
  const markers = await page.evaluate(() =>
    [...document.querySelectorAll('.leaflet-marker-pane .atlas-marker')].map((m) => m.style.background));
  assert.equal(markers.filter((c) => c === 'rgb(128, 0, 38)').length, 1, 'Lille alone in the top class');
  assert.equal(markers.filter((c) => c === 'rgb(255, 255, 204)').length, 9);
  await page.screenshot({ path: path.join(outDir, 'bundle-thematic.png') });
  await page.close();
});

test('a screenshot of the bundle shows the map', async () => {
  const { page } = await open(bundle);
  await page.waitForFunction(() => document.querySelectorAll('img.leaflet-tile-loaded').length > 0);
  await page.waitForTimeout(500);  // cluster and tile fade-in animations
  const shot = path.join(outDir, 'bundle.png');
  const png = await page.screenshot({ path: shot });
  const stats = await pixelStats(png);
  console.log(`# screenshot ${shot}: ${JSON.stringify(stats)}`);
  assert.ok(stats.towns > 200, 'town markers drawn');
  assert.ok(stats.heavy > 100, 'tiles of the heavy layer drawn');
  assert.ok(stats.background < stats.pixels * 0.9, 'not an empty page');
  assert.ok(stats.colours > 50, 'more than a flat picture');
  await page.close();
});

test('fiches: only the published public one, as a card with its photo, without EXIF', async () => {
  const { page, seen } = await open(bundle);
  await page.fill('.atlas-search input', 'secret');
  assert.equal(await page.locator('.atlas-search li.atlas-empty').count(), 1, 'the draft is not exported');
  await page.fill('.atlas-search input', 'groupe');
  assert.equal(await page.locator('.atlas-search li.atlas-empty').count(), 1, 'the group-only fiche is not exported');
  const data = fs.readFileSync(path.join(bundle, 'data', 'atlas-data.js'), 'utf8');
  assert.ok(!data.includes('Brouillon secret') && !data.includes('Réservé au groupe'));

  let popup = await searchFor(page, 'beffroi');
  assert.equal(await popup.locator('.atlas-kind').textContent(), 'Repère');
  assert.equal(await popup.locator('h3').textContent(), 'Beffroi de Bergues');
  assert.equal(await popup.locator('.atlas-description').textContent(), 'Reconstruit en 1961 <script>alert(3)</script>');
  assert.equal(await popup.locator('.atlas-themes span').textContent(), 'heritage');
  assert.match(await popup.locator('dl').textContent(), /2024-05-01/);
  const thumb = popup.locator('.atlas-photos img');
  await thumb.evaluate((img) => img.decode());
  assert.ok(await thumb.evaluate((img) => img.naturalWidth) > 0, 'the thumbnail loads');
  const full = await popup.locator('.atlas-photos a').getAttribute('href');
  assert.match(full, /^media\/[0-9a-f]{64}\.jpg$/);
  const bytes = fs.readFileSync(path.join(bundle, full));
  assert.ok(bytes.length > 1000);
  assert.ok(!bytes.includes(EXIF_MARK) && !bytes.includes('Exif'), 'no EXIF in the exported photo');

  await page.click('.atlas-langs button[data-lang="nl"]');
  popup = await searchFor(page, 'belfort');
  assert.equal(await popup.locator('.atlas-kind').textContent(), 'Herkenningspunt');
  assert.equal(await popup.locator('h3').textContent(), 'Belfort van Sint-Winoksbergen');
  assert.equal(await popup.locator('.atlas-description').textContent(), 'Heropgebouwd in 1961');
  assert.deepEqual(seen.dialogs, []);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('a fiche drawn as a line is a path in the colour of its kind, found by the search with its kind', async () => {
  const { page, seen } = await open(bundle);
  const strokes = await page.evaluate(() =>
    [...document.querySelectorAll('.leaflet-overlay-pane path')].map((p) => p.getAttribute('stroke')));
  assert.ok(strokes.includes('#e69f00'), `a path in the project colour among ${strokes.join(', ')}`);
  await page.fill('.atlas-search input', 'moulins');
  assert.equal(await page.locator('.atlas-search li .atlas-hit-from').first().textContent(), 'Projet',
    'a hit says where it comes from');
  const popup = await searchFor(page, 'moulins');
  assert.equal(await popup.locator('h3').textContent(), 'Chemin des moulins');
  assert.equal(await popup.locator('.atlas-kind').textContent(), 'Projet');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('atlas-cli export-web refuses bad input with a clear message and writes nothing', () => {
  const fails = (...args) => {
    try {
      execFileSync(cli, ['export-web', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      assert.equal(e.status === 1 || e.status === 2, true, `exit status ${e.status}`);
      return e.stderr;
    }
    assert.fail(`export-web ${args.join(' ')} succeeded`);
  };
  const atlas = path.join(work, 'test.atlas');
  const target = path.join(work, 'never');
  assert.match(fails(atlas, target, '--lang', 'de'), /--lang must be fr, nl or en, not 'de'/);
  assert.match(fails(atlas, target, '--zooms', '9-3'), /--zooms: levels go from 0 to 20/);
  assert.match(fails(atlas, target, '--zooms', 'many'), /--zooms must be a range like 6-11/);
  assert.match(fails(atlas, target, '--tiles-above', '-4'), /--tiles-above must be a whole number/);
  assert.match(fails(atlas, target, '--basemap', 'google'), /the only online basemap is 'osm'/);
  assert.match(fails(path.join(dataDir, 'nord_villes.geojson'), target), /nord_villes\.geojson: not an atlas file/);
  assert.ok(!fs.existsSync(target));
  // A folder holding something else is never overwritten.
  const precious = path.join(work, 'precious');
  fs.mkdirSync(precious);
  fs.writeFileSync(path.join(precious, 'notes.txt'), 'keep me');
  assert.match(fails(atlas, precious), /precious: the folder is not empty and is not a map bundle/);
  assert.equal(fs.readFileSync(path.join(precious, 'notes.txt'), 'utf8'), 'keep me');
});

const FIREFOX = '/usr/bin/firefox-esr';
test('Firefox ESR opens the bundle from file:// and draws the same map', { skip: !fs.existsSync(FIREFOX) && `${FIREFOX} is not installed` }, async () => {
  const shot = path.join(outDir, 'bundle-firefox.png');
  fs.rmSync(shot, { force: true });
  const profile = fs.mkdtempSync(path.join(work, 'firefox-'));
  execFileSync(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--window-size=1280,800',
    '--screenshot', shot, pathToFileURL(path.join(bundle, 'index.html')).href],
  { env: { ...process.env, HOME: profile, MOZ_CRASHREPORTER_DISABLE: '1' }, stdio: 'ignore', timeout: 120000 });
  const stats = await pixelStats(fs.readFileSync(shot));
  console.log(`# firefox screenshot ${shot}: ${JSON.stringify(stats)}`);
  assert.ok(stats.towns > 200, 'town markers drawn');
  assert.ok(stats.heavy > 100, 'tiles of the heavy layer drawn');
  assert.ok(stats.colours > 50);
});
