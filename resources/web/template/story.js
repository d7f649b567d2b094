// Story page of an interactive map bundle: the sections of one publication scroll beside
// the map, and the map follows the reader (extent, layers shown, fiches highlighted).
// Titles go in as text; the rich text comes as a tree of allowed elements (no HTML).
(function () {
  'use strict';

  var A = window.ATLAS, L = window.L;
  var story = (window.ATLAS_STORIES || [])[Number(document.body.getAttribute('data-story'))];
  var column = document.getElementById('story');
  if (!A || !L || !story || !column) return;
  var map = A.map, el = A.el;

  var UI = {
    fr: { back: 'Carte de l’atlas', open: 'Ouvrir', empty: '(sans titre)' },
    nl: { back: 'Kaart van de atlas', open: 'Openen', empty: '(zonder titel)' },
    en: { back: 'Atlas map', open: 'Open', empty: '(untitled)' }
  };
  function t(key) { return (UI[A.language()] || UI.fr)[key]; }
  // The text of the page's language, else the French, else the Dutch.
  function localized(o, base) { return o[base + '_' + A.language()] || o[base + '_fr'] || o[base + '_nl'] || ''; }

  // ---- Rich text: a tree of paragraphs, lists and runs (bold, italic, link), made by
  // the exporter from the stored text; built here node by node, never parsed as HTML ----
  function textOf(s) {
    var order = [A.language(), 'fr', 'nl'];
    for (var i = 0; i < order.length; i++) {
      var t = s['text_' + order[i]];
      if (Array.isArray(t) && t.length) return t;
    }
    return [];
  }
  function appendRuns(runs, into) {
    (Array.isArray(runs) ? runs : []).forEach(function (r) {
      if (r.br) { into.appendChild(el('br')); return; }
      var node = document.createTextNode(String(r.text || ''));
      ['i', 'b'].forEach(function (tag) {
        if (!r[tag]) return;
        var wrap = el(tag);
        wrap.appendChild(node);
        node = wrap;
      });
      var href = r.href ? A.safeUrl(r.href) : null;
      if (href) {
        var a = el('a');
        a.href = href; a.target = '_blank'; a.rel = 'noopener';
        a.appendChild(node);
        node = a;
      }
      into.appendChild(node);
    });
  }
  function richText(blocks, into) {
    blocks.forEach(function (block) {
      if (block.p) {
        var p = el('p');
        appendRuns(block.p, p);
        into.appendChild(p);
      } else if (Array.isArray(block.ul) || Array.isArray(block.ol)) {
        var list = el(block.ul ? 'ul' : 'ol');
        (block.ul || block.ol).forEach(function (item) {
          var li = el('li');
          appendRuns(item, li);
          list.appendChild(li);
        });
        into.appendChild(list);
      }
    });
  }

  function mediaElement(m) {
    var kind = m.kind || 'document';
    if (kind === 'image') {
      var thumb = A.safeUrl(m.thumb || m.full), full = A.safeUrl(m.full);
      if (!thumb) return null;
      var fig = el('figure', 'atlas-story-photo'), a = el('a'), img = el('img');
      if (full) { a.href = full; a.target = '_blank'; a.rel = 'noopener'; }
      img.src = thumb;
      img.alt = m.caption ? String(m.caption) : '';
      a.appendChild(img);
      fig.appendChild(a);
      if (m.caption) fig.appendChild(el('figcaption', null, m.caption));
      return fig;
    }
    var href = A.safeUrl(m.href);
    if (!href) return null;
    var box = el('div', 'atlas-story-' + kind);
    if (kind === 'video' || kind === 'audio') {
      var player = el(kind);
      player.controls = true;
      player.preload = 'metadata';
      player.src = href;
      box.appendChild(player);
    }
    var link = el('a', 'atlas-story-file', m.label || href);
    link.href = href; link.target = '_blank'; link.rel = 'noopener';
    box.appendChild(link);
    return box;
  }

  // ---- The column: title, then one block per section ----
  var header = el('header', 'atlas-story-header');
  var h1 = el('h1');
  header.appendChild(h1);
  if (story.file !== 'index.html') {  // inside a bundle: the way back to its map
    var back = el('a', 'atlas-story-back');
    back.href = 'index.html';
    header.appendChild(back);
    A.onLanguage(function () { back.textContent = '← ' + t('back'); });
  }
  column.appendChild(header);
  A.onLanguage(function () {
    h1.textContent = A.storyTitle(story);
    document.title = h1.textContent;
  });

  var blocks = (story.sections || []).map(function (s, i) {
    var block = el('section', 'atlas-section');
    block.setAttribute('data-index', String(i));
    var h2 = el('h2'), text = el('div', 'atlas-section-text'), media = el('div', 'atlas-section-media');
    block.appendChild(h2);
    block.appendChild(text);
    (s.media || []).forEach(function (m) { var e = mediaElement(m); if (e) media.appendChild(e); });
    if (media.childNodes.length) block.appendChild(media);
    column.appendChild(block);
    A.onLanguage(function () {
      h2.textContent = localized(s, 'title') || t('empty');
      text.textContent = '';
      richText(textOf(s), text);
    });
    return block;
  });

  // ---- The map follows the section being read ----
  var highlights = L.layerGroup().addTo(map);
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var active = -1;
  function showView(view, animate) {
    if (view.layers && view.layers.length) {
      A.entries.forEach(function (e) {
        if (!e.layer.uuid) return;  // the fiches stay as they are
        var on = view.layers.indexOf(e.layer.uuid) >= 0;
        if (on && !map.hasLayer(e.leaflet)) e.leaflet.addTo(map);
        if (!on && map.hasLayer(e.leaflet)) map.removeLayer(e.leaflet);
      });
    }
    highlights.clearLayers();
    (view.fiches || []).forEach(function (uuid) {
      var hit = A.searchIndex.filter(function (h) { return h.props.uuid === uuid; })[0];
      if (!hit) return;  // not exported (a draft, say)
      var at = hit.leaflet.getLatLng ? hit.leaflet.getLatLng() : hit.leaflet.getBounds().getCenter();
      L.circleMarker(at, { radius: 18, className: 'atlas-highlight', color: '#ffd400', weight: 5, fill: false,
        interactive: false }).addTo(highlights);
    });
    var b = view.bounds;
    if (b && b.length === 4) {
      var bounds = [[b[0], b[1]], [b[2], b[3]]];
      if (animate && !reduceMotion) map.flyToBounds(bounds, { duration: 0.8 });
      else map.fitBounds(bounds, { animate: false });
    }
  }
  function activate(i, animate) {
    if (i === active) return;
    active = i;
    blocks.forEach(function (b, j) { b.classList.toggle('atlas-section-active', i === j); });
    var s = story.sections[i];
    if (s && s.view) showView(s.view, animate);
    window.ATLAS_STORY_ACTIVE = i;
  }
  // The section being read: the last one whose top has passed the middle of the window.
  function update() {
    var middle = window.innerHeight / 2, current = 0;
    blocks.forEach(function (b, i) { if (b.getBoundingClientRect().top < middle) current = i; });
    activate(current, true);
  }
  window.addEventListener('scroll', update, { passive: true });
  window.addEventListener('resize', update);
  if (blocks.length) activate(0, false);
  window.ATLAS_STORY_READY = true;
})();
