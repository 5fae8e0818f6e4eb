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

function popupFor(p, el) {
  const d = el.dataset;
  const labels = JSON.parse(d.themeLabels || '{}');
  const box = document.createElement('div');
  box.className = 'popup';
  const title = document.createElement('p');
  title.className = 'popup-title';
  title.textContent = p.name ?? '';
  box.append(title);
  if (p.themes?.length) {
    const themes = document.createElement('p');
    themes.textContent = p.themes.map(t => labels[t] ?? t).join(', ');
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

function clusterMarker(f, map, el) {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  const size = p.count < 10 ? 'small' : p.count < 100 ? 'medium' : 'large';
  const label = el.dataset.textCluster.replace('{0}', p.count);
  const marker = window.L.marker([lat, lon], {
    title: label, alt: label, keyboard: true,
    icon: window.L.divIcon({ className: `cluster cluster-${size}`, html: `<span>${Number(p.count)}</span>`, iconSize: null }),
  });
  marker.on('click', () => {
    const extent = extentOf(p);
    if (extent) map.fitBounds(extent, { padding: [24, 24], maxZoom: map.getZoom() + 3 });
    else map.setView([lat, lon], map.getZoom() + 2);
  });
  return marker;
}

function singleMarker(f, el, bySlug) {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  const marker = window.L.marker([lat, lon], {
    title: p.name, alt: p.name, keyboard: true,
    icon: window.L.divIcon({ className: 'pin', html: '<span></span>', iconSize: [22, 22], iconAnchor: [11, 22], popupAnchor: [0, -20] }),
  });
  marker.bindPopup(() => popupFor(p, el));
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
        const marker = (f.properties?.count ?? 1) > 1 ? clusterMarker(f, map, el) : singleMarker(f, el, bySlug);
        marker.addTo(layer);
      }
      el.dataset.features = String((data.features ?? []).length);
      if (first && d.fitResults === 'true' && !viewInUrl && (data.features ?? []).length > 0) {
        // Filtered view: show where the results are. The resulting moveend draws again at that zoom.
        const bounds = L.latLngBounds([]);
        for (const f of data.features) {
          const [lon, lat] = f.geometry.coordinates;
          bounds.extend([lat, lon]);
          const extent = extentOf(f.properties ?? {});
          if (extent) bounds.extend(extent);
        }
        first = false;
        map.fitBounds(bounds, { padding: [20, 20], maxZoom: 13 });
        el.dataset.firstDrawMs = String(Math.round(performance.now()));
        el.dispatchEvent(new CustomEvent('bdis:clusters-drawn', { bubbles: true }));
        return;
      }
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
  if (viewInUrl) map.setView([view[0], view[1]], view[2]);
  else map.fitBounds(parseBbox(d.bbox) ?? FRANCE);

  highlightFromList(map, bySlug);
  searchHereButton(map, el);
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
    ring = L.circleMarker([lat, lon], { radius: 16, weight: 4, color: '#b3124a', fill: false, interactive: false }).addTo(map);
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
  L.marker([lat, lon], {
    title: d.name, alt: d.name,
    icon: L.divIcon({ className: 'pin is-highlighted', html: '<span></span>', iconSize: [22, 22], iconAnchor: [11, 22] }),
  }).addTo(map);
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
