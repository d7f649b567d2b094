// Interactive map bundle of Atlas Territoires: builds the map, the panels and the cards
// from window.ATLAS_DATA. Every text that comes from the data is put in the page with
// textContent or as a text node, never as HTML.
(function () {
  'use strict';

  var data = window.ATLAS_DATA;
  var L = window.L;
  if (!data || !L) return;

  var UI = {
    fr: { layers: 'Couches', search: 'Rechercher…', noResult: 'Aucun résultat', author: 'Auteur',
          date: 'Date', licence: 'Licence', source: 'Sources', kind: 'Type', themes: 'Thèmes',
          commune: 'Commune', links: 'Liens', features: 'objets', language: 'Langue',
          tiles: 'image', stories: 'Publications' },
    nl: { layers: 'Lagen', search: 'Zoeken…', noResult: 'Geen resultaten', author: 'Auteur',
          date: 'Datum', licence: 'Licentie', source: 'Bronnen', kind: 'Soort', themes: "Thema's",
          commune: 'Gemeente', links: 'Links', features: 'objecten', language: 'Taal',
          tiles: 'beeld', stories: 'Publicaties' },
    en: { layers: 'Layers', search: 'Search…', noResult: 'No results', author: 'Author',
          date: 'Date', licence: 'Licence', source: 'Sources', kind: 'Kind', themes: 'Themes',
          commune: 'Municipality', links: 'Links', features: 'features', language: 'Language',
          tiles: 'image', stories: 'Stories' }
  };
  // The kinds of fiches of the observatory.
  var KINDS = {
    landmark: { fr: 'Repère', nl: 'Herkenningspunt', en: 'Landmark' },
    project: { fr: 'Projet', nl: 'Project', en: 'Project' },
    realisation: { fr: 'Réalisation', nl: 'Realisatie', en: 'Achievement' },
    action: { fr: 'Action', nl: 'Actie', en: 'Action' }
  };
  var LANGS = ['fr', 'nl', 'en'];
  var meta = data.meta || {};
  var lang = LANGS.indexOf(meta.lang) >= 0 ? meta.lang : 'fr';
  var langListeners = [];
  // A story page (story.js) drives the map itself: no search box or layer switcher there.
  var storyPage = document.body.hasAttribute('data-story');
  var stories = window.ATLAS_STORIES || [];

  function t(key) { return UI[lang][key]; }
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function onLanguage(fn) { langListeners.push(fn); fn(); }
  function setLanguage(l) {
    if (LANGS.indexOf(l) < 0) return;
    lang = l;
    document.documentElement.lang = l;
    langListeners.forEach(function (fn) { fn(); });
    map.closePopup();
  }
  // Accent- and case-free text for searching.
  function fold(s) {
    return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  // Only relative paths inside the bundle and web links may become href/src.
  function safeUrl(u) {
    if (typeof u !== 'string') return null;
    if (/^https?:\/\//i.test(u)) return u;
    if (/^[A-Za-z0-9_][A-Za-z0-9_\-./]*$/.test(u) && u.indexOf('..') < 0) return u;
    return null;
  }

  // ---- Fields of a feature: title, description, kind... in the current language ----
  function pick(props, names) {
    for (var i = 0; i < names.length; i++) {
      var v = props[names[i]];
      if (v !== undefined && v !== null && v !== '') return v;
    }
    return null;
  }
  function localized(props, base) {
    var order = [lang].concat(LANGS.filter(function (l) { return l !== lang; }));
    var names = order.map(function (l) { return base + '_' + l; });
    return pick(props, names);
  }
  function titleOf(props) {
    return localized(props, 'title') || localized(props, 'name') ||
      pick(props, ['title', 'name', 'nom', 'naam', 'titre', 'label']);
  }
  function searchTextOf(props) {
    var parts = [];
    ['title', 'name'].forEach(function (base) {
      LANGS.forEach(function (l) { if (props[base + '_' + l]) parts.push(props[base + '_' + l]); });
    });
    ['title', 'name', 'nom', 'naam', 'titre', 'label'].forEach(function (k) { if (props[k]) parts.push(props[k]); });
    return parts;
  }
  var CARD_FIELDS = /^(title|name|description|kind|themes|photos|links|commune|date)(_(fr|nl|en))?$/;
  // Coordinates are where the marker is: not worth a line in the card.
  var COORDINATE_FIELDS = /^(lon|lat|lng|long|longitude|latitude|x|y)$/i;

  // ---- Popup card ----
  function buildCard(props, layer) {
    var card = el('div', 'atlas-card');
    var kind = props.kind;
    if (kind) card.appendChild(el('span', 'atlas-kind', KINDS[kind] ? KINDS[kind][lang] : kind));
    card.appendChild(el('h3', null, titleOf(props) || layer.name));
    var description = localized(props, 'description') || props.description;
    if (description) card.appendChild(el('p', 'atlas-description', description));
    if (Array.isArray(props.themes) && props.themes.length) {
      var themes = el('div', 'atlas-themes');
      props.themes.forEach(function (th) { themes.appendChild(el('span', null, th)); });
      card.appendChild(themes);
    }
    var dl = el('dl');
    function row(label, value) {
      if (value === undefined || value === null || value === '') return;
      dl.appendChild(el('dt', null, label));
      dl.appendChild(el('dd', null, value));
    }
    row(t('date'), props.date);
    row(t('commune'), props.commune);
    (layer.fields || []).forEach(function (f) {
      if (!CARD_FIELDS.test(f) && !COORDINATE_FIELDS.test(f)) row(f, props[f]);
    });
    if (dl.childNodes.length) card.appendChild(dl);
    if (Array.isArray(props.photos) && props.photos.length) {
      var photos = el('div', 'atlas-photos');
      props.photos.forEach(function (p) {
        var full = safeUrl(p.full), thumb = safeUrl(p.thumb || p.full);
        if (!thumb) return;
        var a = el('a');
        if (full) { a.href = full; a.target = '_blank'; a.rel = 'noopener'; }
        var img = el('img');
        img.src = thumb;
        img.alt = p.caption ? String(p.caption) : '';
        img.loading = 'lazy';
        a.appendChild(img);
        photos.appendChild(a);
      });
      card.appendChild(photos);
    }
    if (Array.isArray(props.links) && props.links.length) {
      var ul = el('ul', 'atlas-links');
      props.links.forEach(function (ln) {
        var li = el('li'), a;
        if (ln.fiche) {  // another fiche of the bundle: open its card
          a = el('a', 'atlas-fiche-link', ln.label || '…');
          a.href = '#';
          a.addEventListener('click', function (ev) {
            ev.preventDefault();
            var hit = searchIndex.filter(function (h) { return h.props.uuid === ln.fiche; })[0];
            if (hit) showHit(hit);
          });
        } else {
          var href = safeUrl(ln.href);
          if (!href) return;
          a = el('a', null, ln.label || ln.href);
          a.href = href; a.target = '_blank'; a.rel = 'noopener';
        }
        li.appendChild(a);
        ul.appendChild(li);
      });
      card.appendChild(ul);
    }
    return card;
  }

  // ---- Map ----
  // No tile fade: tiles show as soon as they are decoded (and in one-shot screenshots).
  var map = L.map('map', { attributionControl: false, zoomSnap: 0.5, maxZoom: 19, fadeAnimation: false });
  window.ATLAS_MAP = map;
  if (meta.basemap) {
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 19 }).addTo(map);
  }
  var b = meta.bounds;  // [south, west, north, east]
  if (b && b.length === 4) map.fitBounds([[b[0], b[1]], [b[2], b[3]]]);
  else map.setView([50.7, 3.0], 8);

  // A marker's element is built when it is first shown: clustered points that stay in
  // their cluster cost no DOM at all.
  var AtlasIcon = L.DivIcon.extend({
    createIcon: function (oldIcon) {
      var o = this.options, size = o.size;
      var div = el('div', o.style.icon ? 'atlas-marker-icon' : 'atlas-marker atlas-marker-' + (o.style.marker || 'circle'));
      div.style.width = size + 'px';
      div.style.height = size + 'px';
      if (o.style.icon) { // an SVG icon keeps its own colours
        div.style.background = 'url("' + o.style.icon + '") center / contain no-repeat';
      } else {
        div.style.background = o.fill || o.style.fill;
        div.style.borderColor = o.style.stroke;
        div.style.borderWidth = Math.min(size / 3, o.style.strokeWidth || 0) + 'px';
      }
      div.style.opacity = o.style.opacity;
      o.html = div;
      return L.DivIcon.prototype.createIcon.call(this, oldIcon);
    }
  });
  function markerIcon(style, fill) {
    var size = Math.max(4, style.markerSize || 8);
    return new AtlasIcon({ style: style, fill: fill, size: size, className: '', iconSize: [size, size],
      tooltipAnchor: [size / 2 + 2, 0] });
  }
  // A thematic layer's colour for a feature (categories by value, classes by number), or
  // undefined: single symbol, NULL or unmatched values keep the layer's own colours.
  function thematicColour(style, props) {
    var th = style.thematic;
    if (!th || !props) return undefined;
    var v = props[th.field];
    if (v === undefined || v === null || v === '') return undefined;
    if (th.kind === 'categorized') {
      if (!th.byValue) {
        th.byValue = {};
        (th.categories || []).forEach(function (c) { th.byValue[c.value] = c.colour; });
      }
      return th.byValue[String(v)];
    }
    var n = Number(v), classes = th.classes || [];
    if (!isFinite(n)) return undefined;
    for (var i = 0; i < classes.length; i++) {
      var c = classes[i];
      if (n <= c.upper) return n >= c.lower ? c.colour : undefined;
    }
    return undefined;
  }
  function pathStyle(style, props, geometry) {
    var colour = thematicColour(style, props);
    var line = geometry === 'line';
    return {
      color: colour && line ? colour : style.stroke, weight: style.strokeWidth,
      opacity: style.strokeWidth > 0 || (colour && line) ? style.opacity : 0,
      fillColor: colour && !line ? colour : style.fill,
      fillOpacity: (colour ? 1 : (style.fillOpacity === undefined ? 1 : style.fillOpacity)) * style.opacity,
      stroke: style.strokeWidth > 0 || !!(colour && line),
      dashArray: style.dashArray || null, lineCap: style.dashArray ? 'butt' : 'round'
    };
  }

  // Our tiles: empty ones were never written, so they are not asked for.
  var AtlasTiles = L.TileLayer.extend({
    createTile: function (coords, done) {
      if (this.options.available.has(coords.z + '/' + coords.x + '/' + coords.y))
        return L.TileLayer.prototype.createTile.call(this, coords, done);
      var empty = document.createElement('div');
      setTimeout(function () { done(null, empty); }, 0);
      return empty;
    }
  });

  var onDeclutter = function () {};  // set once the labels are on the map
  var searchIndex = [];  // {layer, props, texts, leaflet}
  var entries = [];      // legend rows: {layer, leaflet}

  (data.layers || []).forEach(function (layer) {
    var style = layer.style || {};
    var group;
    if (layer.type === 'tiles') {
      group = new AtlasTiles(layer.url, {
        available: new Set(layer.tiles || []),
        minNativeZoom: layer.minZoom, maxNativeZoom: layer.maxZoom, opacity: style.opacity,
        bounds: layer.bounds ? [[layer.bounds[0], layer.bounds[1]], [layer.bounds[2], layer.bounds[3]]] : undefined
      });
    } else {
      var clustered = layer.cluster && L.markerClusterGroup;
      var features = layer.features || { type: 'FeatureCollection', features: [] };
      var count = features.features.length;
      var permanentLabels = layer.geometry === 'point' && !clustered && count <= 40;
      // A blended layer gets a pane of its own, so CSS blends it with the layers below.
      var pane;
      if (style.blend && !clustered) {
        pane = 'atlas-blend-' + entries.length;
        map.createPane(pane).style.mixBlendMode = style.blend;
      }
      var categoryColour = function (f) {
        var cat = layer.categories, props = f.properties || {};
        return cat && cat.values && cat.values[props[cat.field]];
      };
      var geo = L.geoJSON(features, {
        pane: pane || 'overlayPane',
        style: function (f) { // Lines and areas of a categorized layer take their category's colour.
          var s = pathStyle(style, f && f.properties, layer.geometry), colour = categoryColour(f);
          if (colour) { s.color = colour; s.fillColor = colour; s.stroke = true; s.weight = Math.max(3, s.weight); s.opacity = style.opacity; s.fillOpacity = 0.35 * style.opacity; }
          return s;
        },
        pointToLayer: function (f, latlng) { // One icon per marker: a DivIcon adopts its element, it cannot be shared.
          var fill = thematicColour(style, f.properties) || categoryColour(f);
          return L.marker(latlng, { icon: markerIcon(style, fill), keyboard: false, pane: pane || 'markerPane' });
        },
        onEachFeature: function (f, lyr) {
          var props = f.properties || {};
          lyr.bindPopup(function () { return buildCard(props, layer); }, { maxWidth: 320 });
          var label = style.labelField ? props[style.labelField] : null;
          if (label !== undefined && label !== null && label !== '') {
            lyr.bindTooltip(el('span', null, label), {
              permanent: permanentLabels, direction: permanentLabels ? 'right' : 'auto',
              className: 'atlas-label', sticky: layer.geometry === 'polygon'
            });
          }
          var texts = searchTextOf(props);
          if (texts.length) searchIndex.push({ layer: layer, props: props, folded: fold(texts.join(' ')), leaflet: lyr });
        }
      });
      if (clustered) {
        group = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false });
        group.addLayers(geo.getLayers());
      } else {
        group = geo;
      }
    }
    group.atlasLayer = layer;
    if (layer.visible !== false) group.addTo(map);
    entries.push({ layer: layer, leaflet: group });
  });

  // Shows a feature found by the search (or linked from a card) and opens its card.
  function showHit(hit) {
    var lyr = hit.leaflet, group = entries.filter(function (e) { return e.layer === hit.layer; })[0].leaflet;
    if (!map.hasLayer(group)) group.addTo(map);
    if (group.zoomToShowLayer) {
      group.zoomToShowLayer(lyr, function () { lyr.openPopup(); });
    } else {
      if (lyr.getLatLng) map.setView(lyr.getLatLng(), Math.max(map.getZoom(), 12));
      else map.fitBounds(lyr.getBounds());
      lyr.openPopup();
    }
  }

  // ---- Panels (Leaflet controls whose content we build ourselves) ----
  function panel(position, className, build) {
    var Control = L.Control.extend({
      onAdd: function () {
        var div = el('div', 'atlas-panel leaflet-control ' + className);
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        build(div);
        return div;
      }
    });
    return new Control({ position: position }).addTo(map);
  }

  panel('topright', 'atlas-info', function (div) {
    div.appendChild(el('h1', 'atlas-title', meta.title || ''));
    var lines = el('div');
    div.appendChild(lines);
    onLanguage(function () {
      lines.textContent = '';
      [['author', meta.author], ['date', meta.date], ['licence', meta.licence], ['source', meta.attribution]]
        .forEach(function (p) { if (p[1]) lines.appendChild(el('p', 'atlas-meta-' + p[0], t(p[0]) + ' : ' + p[1])); });
      if (meta.basemap) lines.appendChild(el('p', 'atlas-meta-osm', '© OpenStreetMap contributors'));
    });
    var langs = el('div', 'atlas-langs');
    langs.setAttribute('role', 'group');
    LANGS.forEach(function (l) {
      var button = el('button', null, l.toUpperCase());
      button.type = 'button';
      button.setAttribute('data-lang', l);
      button.addEventListener('click', function () { setLanguage(l); });
      langs.appendChild(button);
    });
    onLanguage(function () {
      langs.setAttribute('aria-label', t('language'));
      Array.prototype.forEach.call(langs.children, function (bt) {
        bt.setAttribute('aria-pressed', bt.getAttribute('data-lang') === lang ? 'true' : 'false');
      });
    });
    div.appendChild(langs);
  });

  if (!storyPage) panel('topleft', 'atlas-search', function (div) {
    var input = el('input');
    input.type = 'search';
    var list = el('ol');
    div.appendChild(input);
    div.appendChild(list);
    function update() {
      list.textContent = '';
      var q = fold(input.value.trim());
      if (!q) return;
      var hits = searchIndex.filter(function (h) { return h.folded.indexOf(q) >= 0; }).slice(0, 12);
      if (!hits.length) list.appendChild(el('li', 'atlas-empty', t('noResult')));
      hits.forEach(function (h) {
        var li = el('li'), button = el('button', null, titleOf(h.props) || h.layer.name);
        // Where the hit comes from: a fiche's kind, or the layer (a place may be both).
        var kind = h.layer.observations && h.props.kind;
        button.appendChild(el('span', 'atlas-hit-from', kind && KINDS[kind] ? KINDS[kind][lang] : h.layer.name));
        button.type = 'button';
        button.addEventListener('click', function () { showHit(h); });
        li.appendChild(button);
        list.appendChild(li);
      });
    }
    input.addEventListener('input', update);
    onLanguage(function () { input.placeholder = t('search'); input.setAttribute('aria-label', t('search')); update(); });
  });

  if (!storyPage) panel('topright', 'atlas-layers', function (div) {
    var heading = el('h2');
    div.appendChild(heading);
    onLanguage(function () { heading.textContent = t('layers'); });
    var ul = el('ul');
    entries.slice().reverse().forEach(function (entry) {
      var layer = entry.layer, style = layer.style || {};
      var li = el('li'), label = el('label'), box = el('input');
      box.type = 'checkbox';
      box.checked = map.hasLayer(entry.leaflet);
      box.addEventListener('change', function () {
        if (box.checked) entry.leaflet.addTo(map); else map.removeLayer(entry.leaflet);
        onDeclutter();
      });
      var swatch = el('span', 'atlas-swatch');
      var rows = style.thematic ? (style.thematic.categories || style.thematic.classes || []) : [];
      if (layer.categories || rows.length) {
        swatch.style.visibility = 'hidden';  // its categories below carry the colours
      } else if (layer.geometry === 'line') {
        swatch.className += ' atlas-swatch-line';
        swatch.style.borderTopColor = style.stroke;
        swatch.style.borderTopWidth = Math.max(1, Math.min(4, style.strokeWidth)) + 'px';
      } else {
        swatch.style.background = style.fill;
        swatch.style.opacity = Math.max(0.3, (style.fillOpacity === undefined ? 1 : style.fillOpacity) * style.opacity);
        if (style.strokeWidth > 0) swatch.style.border = '1px solid ' + style.stroke;
        if (layer.geometry === 'point') { swatch.style.width = swatch.style.height = '10px'; swatch.style.borderRadius = '50%'; }
      }
      label.appendChild(box);
      label.appendChild(swatch);
      label.appendChild(el('span', 'atlas-layer-name', layer.name));
      var count = el('span', 'atlas-layer-count');
      onLanguage(function () {
        count.textContent = layer.type === 'tiles' ? '(' + t('tiles') + ')' :
          '(' + (layer.count || 0) + ' ' + t('features') + ')';
      });
      label.appendChild(count);
      li.appendChild(label);
      ul.appendChild(li);
      rows.forEach(function (row) {  // a thematic layer's categories or classes under it
        var sub = el('li', 'atlas-category atlas-thematic'), dot = el('span', 'atlas-swatch');
        if (layer.geometry === 'line') {
          dot.className += ' atlas-swatch-line';
          dot.style.borderTopColor = row.colour;
          dot.style.borderTopWidth = Math.max(2, Math.min(4, style.strokeWidth)) + 'px';
        } else {
          dot.style.background = row.colour;
          if (style.strokeWidth > 0) dot.style.border = '1px solid ' + style.stroke;
          if (layer.geometry === 'point') { dot.style.width = dot.style.height = '10px'; dot.style.borderRadius = '50%'; }
        }
        sub.appendChild(dot);
        sub.appendChild(el('span', null, row.label));
        ul.appendChild(sub);
      });
      var cat = layer.categories;
      if (cat && cat.values) {
        Object.keys(cat.values).forEach(function (value) {
          var sub = el('li', 'atlas-category'), dot = el('span', 'atlas-swatch'), name = el('span');
          dot.style.background = cat.values[value];
          dot.style.width = dot.style.height = '10px';
          dot.style.borderRadius = '50%';
          sub.appendChild(dot);
          sub.appendChild(name);
          onLanguage(function () { name.textContent = KINDS[value] ? KINDS[value][lang] : value; });
          ul.appendChild(sub);
        });
      }
    });
    div.appendChild(ul);
  });

  // The publications of the bundle, each a story page beside this one.
  function storyTitle(s) { return s['title_' + lang] || s.title_fr || s.title_nl || '…'; }
  if (!storyPage && stories.length) panel('bottomright', 'atlas-stories', function (div) {
    var heading = el('h2');
    div.appendChild(heading);
    var ul = el('ul');
    stories.forEach(function (s) {
      var href = safeUrl(s.file);
      if (!href) return;
      var li = el('li'), a = el('a');
      a.href = href;
      li.appendChild(a);
      ul.appendChild(li);
      onLanguage(function () { a.textContent = storyTitle(s); });
    });
    div.appendChild(ul);
    onLanguage(function () { heading.textContent = t('stories'); });
  });

  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);

  // Permanent labels: hide those that would overlap one already shown (top layers first).
  function declutterLabels() {
    var placed = [];
    var labels = document.querySelectorAll('.leaflet-tooltip-pane .atlas-label');
    for (var i = labels.length - 1; i >= 0; i--) {
      var label = labels[i];
      label.style.visibility = '';
      var r = label.getBoundingClientRect();
      var clash = placed.some(function (p) {
        return r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top;
      });
      if (clash) label.style.visibility = 'hidden';
      else placed.push(r);
    }
  }
  var declutterPending = false;
  function scheduleDeclutter() {
    if (declutterPending) return;
    declutterPending = true;
    requestAnimationFrame(function () { declutterPending = false; declutterLabels(); });
  }
  map.on('zoomend moveend', scheduleDeclutter);
  onDeclutter = scheduleDeclutter;
  declutterLabels();
  // What a story page needs of this map.
  window.ATLAS = {
    map: map, entries: entries, searchIndex: searchIndex, el: el, safeUrl: safeUrl,
    onLanguage: onLanguage, language: function () { return lang; }, storyTitle: storyTitle
  };
  window.ATLAS_READY = true;
})();
