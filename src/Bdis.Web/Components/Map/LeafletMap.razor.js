// Map of initiatives: server-side clusters from /api/clusters, redrawn on every pan and zoom.
// The page is complete without this module (the list is the accessible equivalent of the map).
const FRANCE = [[41.2, -5.3], [51.2, 9.7]];

function ready(fn) {
  if (window.L) { fn(); return; }
  window.addEventListener('load', fn, { once: true });
}

function setStatus(el, text) {
  const status = el.parentElement.querySelector('[data-map-status]');
  if (status) status.textContent = text;
}

function baseLayer(map, el) {
  const d = el.dataset;
  let failures = 0;
  const tiles = window.L.tileLayer(d.tiles, { attribution: d.attribution, maxZoom: Number(d.maxZoom) || 19 });
  // Without tiles the markers and clusters still work on a plain background; say so once.
  tiles.on('tileerror', () => {
    failures += 1;
    if (failures === 3) {
      el.classList.add('tiles-failed');
      setStatus(el, d.textTilesFailed);
    }
  });
  tiles.addTo(map);
}

function parseBbox(text) {
  const v = (text || '').split(',').map(Number);
  return v.length === 4 && v.every(Number.isFinite) ? [[v[1], v[0]], [v[3], v[2]]] : null;
}

function extentOf(p) {
  const e = p.bbox ?? p.extent;
  if (Array.isArray(e) && e.length === 4) return [[e[1], e[0]], [e[3], e[2]]];
  if (e && typeof e === 'object' && 'minLon' in e) return [[e.minLat, e.minLon], [e.maxLat, e.maxLon]];
  return null;
}

function popupFor(p, el, looks) {
  const d = el.dataset;
  const labels = JSON.parse(d.themeLabels || '{}');
  const box = document.createElement('div');
  box.className = 'popup';
  const title = document.createElement('p');
  title.className = 'popup-title';
  title.textContent = p.name ?? '';
  box.append(title);
  if (p.themes?.length) {
    // The same coloured chips as the list (white on the theme's colour).
    const themes = document.createElement('p');
    themes.className = 'popup-themes';
    for (const t of p.themes) {
      const chip = document.createElement('span');
      chip.className = 'theme-tag';
      chip.style.setProperty('--theme', lookOf([t], looks).c);
      chip.textContent = labels[t] ?? t;
      themes.append(chip, ' ');
    }
    box.append(themes);
  }
  if (p.commune) {
    const commune = document.createElement('p');
    commune.textContent = p.commune;
    box.append(commune);
  }
  const link = document.createElement('a');
  link.href = `/initiatives/${encodeURIComponent(p.slug)}`;
  link.textContent = d.textOpen;
  // Enter on the link follows it and must not also reach the map's and the marker's key handlers (which toggle
  // popups); Escape closes the popup (singleMarker).
  for (const type of ['keydown', 'keypress', 'keyup']) link.addEventListener(type, e => { if (e.key === 'Enter') e.stopPropagation(); });
  box.append(link);
  return box;
}

// Theme colours and icons come from the server (ThemeLooks): { top: { code: topCode }, look: { topCode: { c, i } } }.
const NEUTRAL = { c: '#4a4a55', i: '' };

function themeLooks(el) {
  try { return JSON.parse(el.dataset.themeLooks || '{}'); } catch { return {}; }
}

function lookOf(codes, looks) {
  for (const code of codes ?? []) {
    const look = looks.look?.[looks.top?.[code] ?? code];
    if (look) return look;
  }
  return NEUTRAL;
}

function iconSvg(path, size) {
  return path ? `<svg viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" focusable="false" fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"><path d="${path}"/></svg>` : '';
}

// Diameters in px; the server merges clusters whose discs would overlap with the same sizes (ClusterMerge.cs).
const CLUSTER_SIZES = { small: 34, medium: 42, large: 52 };
const PIN_SIZE = 28;

function clusterMarker(f, map, el, looks) {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  const size = p.count < 10 ? 'small' : p.count < 100 ? 'medium' : 'large';
  const px = CLUSTER_SIZES[size];
  const label = el.dataset.textCluster.replace('{0}', p.count);
  const colour = lookOf(p.themes, looks).c;
  const marker = window.L.marker([lat, lon], {
    title: label, alt: label, keyboard: true,
    icon: window.L.divIcon({ className: `cluster cluster-${size}`, html: `<span style="background:${colour}">${Number(p.count)}</span>`, iconSize: [px, px] }),
  });
  marker.on('click', () => {
    const extent = extentOf(p);
    if (extent) map.fitBounds(extent, { padding: [24, 24], maxZoom: map.getZoom() + 3 });
    else map.setView([lat, lon], map.getZoom() + 2);
  });
  return marker;
}

function pinIcon(look, extraClass) {
  return window.L.divIcon({
    className: `pin${extraClass ? ' ' + extraClass : ''}`, html: `<span style="background:${look.c}">${iconSvg(look.i, 16)}</span>`,
    iconSize: [PIN_SIZE, PIN_SIZE], popupAnchor: [0, -PIN_SIZE / 2],
  });
}

function singleMarker(f, el, bySlug, looks) {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  const marker = window.L.marker([lat, lon], { title: p.name, alt: p.name, keyboard: true, icon: pinIcon(lookOf(p.themes, looks)) });
  marker.bindPopup(() => popupFor(p, el, looks));
  // Keyboard users land on the popup's link (Enter follows it, Escape closes the popup), then go back to the marker.
  // Leaflet only listens for Escape while the map container itself has the focus, not a marker or a popup in it.
  marker.on('popupopen', e => {
    const box = e.popup.getElement();
    if (box && !box.dataset.escapeCloses) {
      box.dataset.escapeCloses = 'true';
      box.addEventListener('keydown', k => { if (k.key === 'Escape') { k.stopPropagation(); marker.closePopup(); } });
    }
    box?.querySelector('.popup a')?.focus();
  });
  marker.on('popupclose', () => marker.getElement()?.focus({ preventScroll: true }));
  if (p.slug) bySlug.set(p.slug, marker);
  return marker;
}

function clustersMap(el) {
  let leaving = false;
  window.addEventListener('beforeunload', () => { leaving = true; });
  // Set as the click on a link to another page is dispatched (mouse, or Enter on a focused link), before the
  // navigation starts: beforeunload alone left a window in which a redraw's replaceState could still cancel it.
  window.addEventListener('click', e => {
    const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (!link || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || link.target === '_blank') return;
    const to = new URL(link.href, location.href);
    if (to.origin + to.pathname + to.search !== location.origin + location.pathname + location.search) leaving = true;
  }, true);
  window.addEventListener('pageshow', () => { leaving = false; }); // back from the page cache
  const L = window.L;
  const d = el.dataset;
  el.querySelector('.map-fallback')?.remove();
  const map = L.map(el, { zoomSnap: 1 });
  baseLayer(map, el);
  const layer = L.layerGroup().addTo(map);
  const looks = themeLooks(el);
  const bySlug = new Map();
  let pending = null;
  let first = true;

  async function refresh() {
    pending?.abort();
    pending = new AbortController();
    const b = map.getBounds();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
      .map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v)).toFixed(5)).join(',');
    const params = new URLSearchParams(d.query || '');
    params.set('bbox', bbox);
    params.set('zoom', String(map.getZoom()));
    try {
      const response = await fetch(`${d.clustersUrl}?${params}`, { signal: pending.signal, headers: { Accept: 'application/geo+json, application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const data = await response.json();
      // A marker whose popup is open stays (opening a popup may pan the map, which redraws): the popup and the
      // keyboard focus in it survive the redraw.
      const open = [...bySlug.entries()].find(([, m]) => m.isPopupOpen());
      layer.eachLayer(m => { if (m !== open?.[1]) layer.removeLayer(m); });
      bySlug.clear();
      if (open) bySlug.set(open[0], open[1]);
      for (const f of data.features ?? []) {
        if (open && f.properties?.slug === open[0]) continue;
        const marker = (f.properties?.count ?? 1) > 1 ? clusterMarker(f, map, el, looks) : singleMarker(f, el, bySlug, looks);
        marker.addTo(layer);
      }
      el.dataset.features = String((data.features ?? []).length);
      if (first) {
        first = false;
        el.dataset.firstDrawMs = String(Math.round(performance.now()));
        el.dispatchEvent(new CustomEvent('bdis:clusters-drawn', { bubbles: true }));
      }
    } catch (e) {
      if (e.name !== 'AbortError') setStatus(el, '');
    }
  }

  map.on('moveend', () => {
    refresh();
    // Once a link is being followed (e.g. Enter in a popup while its auto-pan is still moving the map), a
    // replaceState would cancel that navigation in Chromium: the view no longer matters then.
    if (leaving) return;
    const url = new URL(location.href);
    const c = map.getCenter();
    url.searchParams.set('vue', `${c.lat.toFixed(4)},${c.lng.toFixed(4)},${map.getZoom()}`);
    history.replaceState(history.state, '', url);
  });

  const view = new URL(location.href).searchParams.get('vue')?.split(',').map(Number);
  const viewInUrl = view?.length === 3 && view.every(Number.isFinite);
  const legend = el.parentElement.querySelector('[data-map-legend]');
  // Open where the map has room to spare for it (a wide screen, a tall frame); folded otherwise.
  if (legend && el.offsetWidth >= 420 && el.offsetHeight >= 420) legend.open = true;
  if (viewInUrl) map.setView([view[0], view[1]], view[2]);
  else if (d.fitResults === 'true') {
    // A search or a filter was just applied: open on where its results are, wherever they are (overseas included).
    // Only on arrival: panning afterwards never moves the map by itself.
    map.fitBounds(FRANCE);
    resultBounds(d).then(bounds => { if (bounds && !map.getBounds().equals(bounds)) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 13 }); });
  } else map.fitBounds(parseBbox(d.bbox) ?? FRANCE);

  highlightFromList(map, bySlug);
  searchHereButton(map, el);
}

// The extent of every result of the page's filters: the clusters of the whole world at a low zoom, with their extents.
async function resultBounds(d) {
  const params = new URLSearchParams(d.query || '');
  params.set('bbox', '-180,-85,180,85');
  params.set('zoom', '2');
  try {
    const response = await fetch(`${d.clustersUrl}?${params}`, { headers: { Accept: 'application/geo+json, application/json' } });
    if (!response.ok) return null;
    const features = (await response.json()).features ?? [];
    if (features.length === 0) return null;
    const bounds = window.L.latLngBounds([]);
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      bounds.extend([lat, lon]);
      const extent = extentOf(f.properties ?? {});
      if (extent) bounds.extend(extent);
    }
    return bounds;
  } catch { return null; }
}

function highlightFromList(map, bySlug) {
  const L = window.L;
  let ring = null;
  const clear = () => {
    ring?.remove();
    ring = null;
    document.querySelectorAll('.pin.is-highlighted').forEach(n => n.classList.remove('is-highlighted'));
  };
  const show = item => {
    clear();
    const lat = Number(item.dataset.lat), lon = Number(item.dataset.lon);
    if (!item.dataset.lat || !Number.isFinite(lat) || !Number.isFinite(lon)) return;
    // The item may sit inside a cluster: a ring marks its place either way.
    ring = L.circleMarker([lat, lon], { radius: 19, weight: 4, color: '#1b1b1f', fill: false, interactive: false }).addTo(map);
    const marker = bySlug.get(item.dataset.slug);
    marker?.getElement()?.classList.add('is-highlighted');
    marker?.setZIndexOffset(1000);
  };
  for (const item of document.querySelectorAll('[data-result-item]')) {
    item.addEventListener('mouseenter', () => show(item));
    item.addEventListener('focusin', () => show(item));
    item.addEventListener('mouseleave', clear);
    item.addEventListener('focusout', clear);
  }
}

function searchHereButton(map, el) {
  const target = el.dataset.searchHereUrl;
  if (!target) return;
  const L = window.L;
  const Control = L.Control.extend({
    onAdd() {
      const button = L.DomUtil.create('button', 'map-search-here');
      button.type = 'button';
      button.textContent = el.dataset.textSearchHere;
      L.DomEvent.disableClickPropagation(button);
      button.addEventListener('click', () => {
        const b = map.getBounds();
        const url = new URL(target, location.href);
        url.searchParams.set('bbox', [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(v => v.toFixed(5)).join(','));
        url.searchParams.delete('page');
        location.assign(url);
      });
      return button;
    },
  });
  new Control({ position: 'topright' }).addTo(map);
}

function pointMap(el) {
  const L = window.L;
  const d = el.dataset;
  el.querySelector('.map-fallback')?.remove();
  const lat = Number(d.lat), lon = Number(d.lon);
  const map = L.map(el, { scrollWheelZoom: false }).setView([lat, lon], 15);
  baseLayer(map, el);
  L.marker([lat, lon], { title: d.name, alt: d.name, icon: pinIcon(d.colour ? { c: d.colour, i: d.icon } : NEUTRAL, 'is-highlighted') }).addTo(map);
}

function start(el) {
  if (el.dataset.started) return;
  el.dataset.started = 'true';
  if (el.dataset.bdisMap === 'point') pointMap(el); else clustersMap(el);
}

ready(() => {
  for (const el of document.querySelectorAll('[data-bdis-map]')) {
    if (el.offsetWidth > 0) { start(el); continue; }
    // Hidden (the list view on a phone): start when shown, so Leaflet measures a real size.
    const observer = new ResizeObserver(() => {
      if (el.offsetWidth > 0) { observer.disconnect(); start(el); }
    });
    observer.observe(el);
  }
});
