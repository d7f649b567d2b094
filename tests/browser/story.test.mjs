// Browser test of the publications (story maps): a test atlas with one publication is
// exported by atlas-cli (inside the bundle, and alone with export-story) and read in
// Debian's Chromium from file://: sections scroll, the map follows them, text is right
// in both languages, markup in user text runs nothing, and no request leaves the machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataDir, outDir, run, launchChromium, openPage } from './browser_support.mjs';

const XSS = '<img src=x onerror=alert(1)>';
const fails = (...args) => {
  try {
    run(...args);
  } catch (e) {
    return e.stderr;
  }
  assert.fail(`atlas-cli ${args.join(' ')} succeeded`);
};

// Where each section looks (lon/lat boxes) and what it shows.
const LILLE = [2.95, 50.55, 3.2, 50.72];
const BERGUES = [2.38, 50.93, 2.49, 51.0];
const POIX = [3.55, 50.15, 3.67, 50.23];
const PUBLICATION = {
  title_fr: 'Le Nord raconté', title_nl: 'Het Noorden verteld',
  sections: [
    { title_fr: XSS, title_nl: 'Het begin',
      text_fr: '<p>Un <b>territoire</b> <i>transfrontalier</i></p><ul><li>un</li><li>deux</li></ul>' +
        '<p><a href="https://example.org/atlas">en savoir plus</a> <a href="javascript:alert(4)">piège</a></p>' +
        '<img src=x onerror=alert(2)><script>alert(3)</script><p style="color:red" onclick="alert(5)">fin</p>',
      text_nl: '<p>Een <b>grensoverschrijdend</b> gebied</p>',
      view: { extent: LILLE, crs: 'EPSG:4326', layers: ['Zones', 'Villes'] } },
    { title_fr: 'Bergues', title_nl: 'Sint-Winoksbergen',
      text_fr: '<p>Le beffroi, reconstruit en 1961.</p>', text_nl: '<p>Het belfort, heropgebouwd in 1961.</p>',
      media: ['beffroi.jpg'],
      view: { extent: BERGUES, crs: 'EPSG:4326', layers: ['Zones', 'Routes'], fiches: ['Beffroi de Bergues'] } },
    { title_fr: 'Poix-du-Nord', title_nl: 'Poix-du-Nord', text_fr: 'Le kiosque.', text_nl: 'De kiosk.',
      view: { extent: POIX, crs: 'EPSG:4326', layers: ['Villes'] } }
  ]
};

let work, browser, bundle, alone;

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-story-'));
  browser = await launchChromium(work);
  // A photo for the second section, drawn by the browser.
  const page = await browser.newPage();
  await page.setContent('<body style="margin:0;background:linear-gradient(90deg,#2a5d84,#d55e00)"></body>');
  const photo = path.join(work, 'beffroi.jpg');
  fs.writeFileSync(photo, await page.screenshot({ type: 'jpeg', clip: { x: 0, y: 0, width: 320, height: 240 } }));
  await page.close();

  const atlas = path.join(work, 'story.atlas');
  run('new', atlas, '--crs', 'EPSG:2154', '--title', 'Atlas des récits');
  run('import', atlas, path.join(dataDir, 'nord_zones.geojson'), '--as', 'Zones');
  run('import', atlas, path.join(dataDir, 'nord_routes.geojson'), '--as', 'Routes');
  run('import', atlas, path.join(dataDir, 'nord_villes.geojson'), '--as', 'Villes');
  run('layer', 'style', atlas, 'Zones', '--fill', '#2e8fb9', '--stroke', '#1d4e66');
  run('layer', 'style', atlas, 'Routes', '--stroke', '#b8002e', '--stroke-width', '3', '--hide');
  run('layer', 'style', atlas, 'Villes', '--fill', '#d55e00', '--stroke', '#ffffff', '--marker-size', '14');
  run('obs', 'add', atlas, '--kind', 'landmark', '--title-fr', 'Beffroi de Bergues', '--title-nl', 'Belfort van Sint-Winoksbergen',
    '--lon', '2.4338', '--lat', '50.9689', '--status', 'published', '--scope', 'public');
  run('media', 'import', atlas, photo);

  const json = path.join(work, 'publication.json');
  fs.writeFileSync(json, JSON.stringify(PUBLICATION));
  assert.match(run('publication', 'add', atlas, json), /^[0-9a-f-]{36} Le Nord raconté \(3 section\(s\)\)/);
  assert.match(run('publication', 'list', atlas), /Le Nord raconté \/ Het Noorden verteld \(3 section\(s\)\)/);

  bundle = path.join(outDir, 'story-bundle');
  run('export-web', atlas, bundle, '--lang', 'fr');
  alone = path.join(outDir, 'story-alone');
  assert.match(run('export-story', atlas, 'het noorden verteld', alone, '--lang', 'nl'), /story page: .*index\.html/);
});

after(async () => {
  if (browser) await browser.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const open = (file, ready) => openPage(browser, file, ready);

const centre = (page) => page.evaluate(() => {
  const c = window.ATLAS_MAP.getCenter();
  return [c.lng, c.lat];
});
const inside = ([lon, lat], box) => lon > box[0] && lon < box[2] && lat > box[1] && lat < box[3];
const shownLayers = (page) => page.evaluate(() =>
  window.ATLAS.entries.filter((e) => window.ATLAS_MAP.hasLayer(e.leaflet)).map((e) => e.layer.name).sort());

// Scrolls until section `i` is the one being read and the map has stopped moving.
async function readSection(page, i) {
  await page.evaluate((n) => {
    const s = document.querySelectorAll('.atlas-section')[n];
    window.scrollTo(0, s.getBoundingClientRect().top + window.scrollY - 80);
  }, i);
  await page.waitForFunction((n) => window.ATLAS_STORY_ACTIVE === n, i, { timeout: 5000 });
  await page.waitForTimeout(1200);  // the flight to the section's extent
}

test('the map page of the bundle links to the publication, which opens as a story page', async () => {
  const { page, seen } = await open(path.join(bundle, 'index.html'), 'ATLAS_READY');
  const link = page.locator('.atlas-stories a');
  assert.equal(await link.count(), 1);
  assert.equal(await link.textContent(), 'Le Nord raconté');
  assert.equal(await link.getAttribute('href'), 'story-1.html');
  assert.deepEqual(await shownLayers(page), ['Observations / Waarnemingen', 'Villes', 'Zones'],
    'Routes is hidden in the atlas, so on the map page');
  await link.click();
  await page.waitForFunction(() => window.ATLAS_STORY_READY === true, null, { timeout: 10000 });
  assert.match(page.url(), /story-1\.html$/);
  assert.equal(await page.locator('.atlas-section').count(), 3);
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith('file:')), []);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('sections scroll and the map follows: extent, layers and highlighted fiche', async () => {
  const { page, seen } = await open(path.join(bundle, 'story-1.html'), 'ATLAS_STORY_READY');
  assert.equal(await page.evaluate(() => window.ATLAS_STORY_ACTIVE), 0);
  const first = await centre(page);
  assert.ok(inside(first, LILLE), `first section centred on Lille, not ${first}`);
  assert.deepEqual(await shownLayers(page), ['Observations / Waarnemingen', 'Villes', 'Zones']);
  assert.equal(await page.locator('.atlas-highlight').count(), 0);

  await readSection(page, 1);
  const second = await centre(page);
  assert.ok(inside(second, BERGUES), `second section centred on Bergues, not ${second}`);
  assert.deepEqual(await shownLayers(page), ['Observations / Waarnemingen', 'Routes', 'Zones'], 'the hidden layer shows');
  assert.equal(await page.locator('.atlas-highlight').count(), 1, 'the beffroi is highlighted');
  assert.equal(await page.locator('.atlas-section-active h2').textContent(), 'Bergues');
  const strokes = await page.evaluate(() =>
    [...document.querySelectorAll('.leaflet-overlay-pane path')].map((p) => p.getAttribute('stroke')));
  assert.ok(strokes.includes('#b8002e'), 'the roads are drawn in their colour');
  const thumb = page.locator('.atlas-section-active .atlas-story-photo img');
  await thumb.evaluate((img) => img.decode());
  assert.ok(await thumb.evaluate((img) => img.naturalWidth) > 0, 'the photo of the section loads');
  assert.match(await page.locator('.atlas-section-active .atlas-story-photo a').getAttribute('href'), /^media\/[0-9a-f]{64}\.jpg$/);
  const shot = path.join(outDir, 'story.png');
  await page.screenshot({ path: shot });
  console.log(`# screenshot ${shot}`);

  await readSection(page, 2);
  const third = await centre(page);
  assert.ok(inside(third, POIX), `third section centred on Poix-du-Nord, not ${third}`);
  assert.deepEqual(await shownLayers(page), ['Observations / Waarnemingen', 'Villes']);
  assert.equal(await page.locator('.atlas-highlight').count(), 0);

  await readSection(page, 0);  // and back up
  assert.ok(inside(await centre(page), LILLE));
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith('file:')), []);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('titles are text and the rich text keeps only bold, italic, lists and safe links', async () => {
  const { page, seen } = await open(path.join(bundle, 'story-1.html'), 'ATLAS_STORY_READY');
  assert.equal(await page.locator('.atlas-story-header h1').textContent(), 'Le Nord raconté');
  assert.equal(await page.title(), 'Le Nord raconté');
  const section = page.locator('.atlas-section').first();
  assert.equal(await section.locator('h2').textContent(), XSS, 'the markup of a title shows as text');
  const text = section.locator('.atlas-section-text');
  assert.equal(await text.locator('b').textContent(), 'territoire');
  assert.equal(await text.locator('i').textContent(), 'transfrontalier');
  assert.deepEqual(await text.locator('ul li').allTextContents(), ['un', 'deux']);
  assert.equal(await text.locator('a[href="https://example.org/atlas"]').textContent(), 'en savoir plus');
  assert.equal(await text.locator('a').count(), 1, 'a javascript: link is left as plain text');
  assert.match(await text.textContent(), /piège/);
  assert.equal(await page.locator('#story img[src="x"], #story script, #story [onclick], #story [style]').count(), 0);
  assert.match(await text.textContent(), /fin$/);
  await page.waitForTimeout(300);  // give an injected handler time to fire
  assert.deepEqual(seen.dialogs, [], 'no alert() ran');
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /https?:/);

  await page.click('.atlas-langs button[data-lang="nl"]');
  assert.equal(await page.locator('.atlas-story-header h1').textContent(), 'Het Noorden verteld');
  assert.deepEqual(await page.locator('.atlas-section h2').allTextContents(), ['Het begin', 'Sint-Winoksbergen', 'Poix-du-Nord']);
  assert.equal(await text.locator('b').textContent(), 'grensoverschrijdend');
  assert.equal(await page.locator('.atlas-story-back').textContent(), '← Kaart van de atlas');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('export-story writes the publication alone, as the index of its own folder', async () => {
  assert.ok(!fs.existsSync(path.join(alone, 'story-1.html')));
  const { page, seen } = await open(path.join(alone, 'index.html'), 'ATLAS_STORY_READY');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
  assert.equal(await page.locator('.atlas-story-header h1').textContent(), 'Het Noorden verteld');
  assert.equal(await page.locator('.atlas-story-back').count(), 0, 'no map page to go back to');
  assert.equal(await page.locator('.atlas-section').count(), 3);
  await readSection(page, 1);
  assert.ok(inside(await centre(page), BERGUES));
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith('file:')), []);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('bad input: an unknown publication, layer or fiche is named in the error', () => {
  const atlas = path.join(work, 'story.atlas');
  assert.match(fails('export-story', atlas, 'Nulle part', path.join(work, 'never')),
    /story\.atlas: Nulle part: no publication with this UUID or title/);
  assert.ok(!fs.existsSync(path.join(work, 'never')));
  const bad = path.join(work, 'bad.json');
  fs.writeFileSync(bad, JSON.stringify({ title_fr: 'X', sections: [{ title_fr: 'a' }, { view: { extent: LILLE, layers: ['Rivières'] } }] }));
  assert.match(fails('publication', 'add', atlas, bad), /bad\.json: sections\[1\]\.view\.layers: no layer named 'Rivières'/);
  fs.writeFileSync(bad, JSON.stringify({ title_fr: 'X', sections: [{ view: { extent: LILLE, fiches: ['Inconnue'] } }] }));
  assert.match(fails('publication', 'add', atlas, bad), /no fiche named 'Inconnue'/);
  fs.writeFileSync(bad, '{"title_fr": ');
  assert.match(fails('publication', 'add', atlas, bad), /bad\.json: offset \d+: /);
  assert.doesNotMatch(run('publication', 'list', atlas), /^.* X \//m, 'nothing half-written');
});
