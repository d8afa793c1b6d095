// The all-papers table filters by part, tag, year, kind, reading state and text. The filters live in the address
// (?part=3&tag=peft&year=2022&kind=survey&read=unread&q=…), so a filtered view can be shared; the count of rows
// shown is announced. Without JavaScript the form stays hidden and the whole table shows.
(function () {
  const form = document.querySelector('form[data-filters]');
  const table = document.querySelector('table[data-sortable]');
  if (!form || !table) return;
  const count = document.querySelector('[data-filter-count]');
  const empty = document.querySelector('[data-filter-empty]');
  const rows = [...table.tBodies[0].rows];
  const keys = ['q', 'part', 'tag', 'year', 'kind', 'read'];
  const fmt = (s, ...a) => String(s || '').replace(/\{(\d)\}/g, (_, i) => a[+i]);
  count.setAttribute('role', 'status');
  form.hidden = false;

  function readSet() {
    try { const v = JSON.parse(localStorage.getItem('bibliography.read.v1') || 'null'); return new Set(v && v.read || []); } catch (e) { return new Set(); }
  }

  function apply(push) {
    const f = Object.fromEntries(keys.map((k) => [k, (form.elements[k].value || '').trim()]));
    const q = f.q.normalize('NFKC').toLowerCase();
    const read = f.read ? readSet() : null;
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const ok = (!q || d.text.includes(q))
        && (!f.part || (f.part === 'additions' ? d.part === '' : d.part.split(' ').includes(f.part)))
        && (!f.tag || d.tags.split(' ').includes(f.tag))
        && (!f.year || d.year === f.year)
        && (!f.kind || d.kind === f.kind)
        && (!read || (f.read === 'read') === read.has(d.paper));
      row.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = fmt(count.dataset.format, shown, rows.length);
    empty.hidden = shown > 0;
    if (push) {
      const url = new URL(location.href);
      keys.forEach((k) => { if (f[k]) url.searchParams.set(k, f[k]); else url.searchParams.delete(k); });
      history.replaceState(null, '', url);
    }
  }

  const params = new URL(location.href).searchParams;
  keys.forEach((k) => {
    const v = params.get(k);
    const el = form.elements[k];
    if (v === null) return;
    if (el.tagName === 'SELECT' && ![...el.options].some((o) => o.value === v)) return;
    el.value = v;
  });
  form.addEventListener('input', () => apply(true));
  form.addEventListener('change', () => apply(true));
  form.addEventListener('reset', () => setTimeout(() => apply(true), 0));
  form.addEventListener('submit', (e) => e.preventDefault());
  apply(false);
})();
