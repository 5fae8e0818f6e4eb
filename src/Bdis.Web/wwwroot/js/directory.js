// Progressive enhancement of the directory's GET form: everything here is optional, the form and list work without it.

function suggestions(form) {
  const input = form.querySelector('[data-suggest]');
  const list = input && document.getElementById(input.getAttribute('list'));
  if (!input || !list) return;
  let timer = 0;
  let pending = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (prefix.length < 2) { list.replaceChildren(); return; }
    timer = setTimeout(async () => {
      pending?.abort();
      pending = new AbortController();
      try {
        const response = await fetch(`${input.dataset.suggest}?q=${encodeURIComponent(prefix)}`, { signal: pending.signal });
        if (!response.ok) return;
        const items = await response.json();
        const options = (Array.isArray(items) ? items : items.items ?? []).map(s => {
          const option = document.createElement('option');
          option.value = s.label;
          return option;
        });
        list.replaceChildren(...options);
      } catch { /* typing on: a newer request replaced this one */ }
    }, 150);
  });
}

function departmentsFollowRegion(form) {
  const region = form.querySelector('[data-region-select]');
  const department = form.querySelector('[data-department-select]');
  if (!region || !department) return;
  // The server narrowed the list for the submitted region; keep every department so a new region can be chosen.
  const all = [...department.options].slice(1).map(o => ({ value: o.value, text: o.text, region: o.dataset.region }));
  region.addEventListener('change', async () => {
    const chosen = department.value;
    const keep = all.filter(d => !region.value || d.region === region.value);
    const first = department.options[0];
    department.replaceChildren(first, ...keep.map(d => {
      const o = new Option(d.text.replace(/ \(\d[\d\s\u202f]*\)$/, ''), d.value, false, d.value === chosen);
      o.dataset.region = d.region;
      return o;
    }));
  });
}

function nearMe(form) {
  const button = form.querySelector('[data-near-me]');
  const near = form.querySelector('[data-near-field]');
  const radius = form.querySelector('[data-radius-field]');
  const status = form.querySelector('[data-near-status]');
  if (!button || !near || !('geolocation' in navigator)) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    status.textContent = button.dataset.locating ?? '…';
    navigator.geolocation.getCurrentPosition(position => {
      near.disabled = false;
      radius.disabled = false;
      near.value = `${position.coords.longitude.toFixed(5)},${position.coords.latitude.toFixed(5)}`;
      const sort = form.querySelector('[name=sort]');
      if (sort) sort.append(new Option('distance', 'distance', true, true));
      form.submit();
    }, error => { status.textContent = error.message; }, { timeout: 10000, maximumAge: 60000 });
  });
}

function viewToggle() {
  const directory = document.getElementById('annuaire');
  const toggle = document.querySelector('[data-view-toggle]');
  if (!directory || !toggle) return;
  toggle.hidden = false;
  directory.dataset.view = 'list';
  for (const button of toggle.querySelectorAll('button[data-show]')) {
    button.addEventListener('click', () => {
      directory.dataset.view = button.dataset.show;
      for (const b of toggle.querySelectorAll('button[data-show]')) b.setAttribute('aria-pressed', String(b === button));
      // Leaflet measures its container: tell it the map became visible.
      if (button.dataset.show === 'map') {
        window.dispatchEvent(new Event('resize'));
        // The map takes the screen under the toggle, which stays at hand to come back to the list.
        toggle.scrollIntoView({ block: 'start' });
      }
    });
  }
}

// Back/forward may show this page from the browser's cache with the controls as the visitor left them (a theme
// ticked but never submitted): put them back to what the URL says, which the server rendered as the defaults.
window.addEventListener('pageshow', event => {
  if (!event.persisted) return;
  for (const form of document.querySelectorAll('[data-filter-form]')) {
    for (const el of form.querySelectorAll('[data-left-out]')) { el.disabled = false; delete el.dataset.leftOut; }
    form.reset();
  }
});

// Shorter links to share: empty fields and the default sort are left out of the URL (the server reads them as absent).
function compactUrl(form) {
  form.addEventListener('submit', () => {
    for (const el of form.elements) {
      const empty = el.value === '' || (el.name === 'sort' && el.value === 'relevance');
      if (el.name && !el.disabled && el.type !== 'checkbox' && empty) {
        el.disabled = true;
        el.dataset.leftOut = 'true';
      }
    }
  });
}

// The filters are a <details>, open as the server sends it (so it works without JavaScript); on a phone fold it, and
// opening it then lays it over the page from the bottom (the is-sheet styles).
function filtersSheetOnPhone() {
  const phone = window.matchMedia('(max-width: 63.99rem)').matches;
  for (const sheet of document.querySelectorAll('[data-filter-sheet]')) {
    sheet.classList.add('is-sheet');
    if (phone) sheet.open = false;
  }
}

filtersSheetOnPhone();
for (const form of document.querySelectorAll('[data-filter-form]')) {
  compactUrl(form);
  suggestions(form);
  departmentsFollowRegion(form);
  nearMe(form);
}
viewToggle();
