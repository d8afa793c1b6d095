// The search box in every page's header: the engine and the index load the first time it is used; results appear
// in a panel as you type (arrows and Enter pick one, Escape closes); Enter with nothing picked opens the search page
// with the query, which is also what happens without JavaScript (the box is a plain GET form).
(function () {
  const form = document.querySelector('form[data-header-search]');
  if (!form) return;
  const input = form.querySelector('#header-q');
  const panel = form.querySelector('.search-panel');
  const list = panel.querySelector('[role="listbox"]');
  const status = panel.querySelector('[role="status"]');
  const lang = form.dataset.lang;
  const fmt = (s, ...a) => String(s || '').replace(/\{(\d)\}/g, (_, i) => a[+i]);
  const [engineSrc, searchSrc, indexUrl] = form.dataset.scripts.split(' ');
  let loading = null;
  let active = -1;

  function script(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = reject;
      document.head.append(s);
    });
  }
  const ready = () => loading || (loading = (window.BibSearch ? Promise.resolve() : script(engineSrc).then(() => script(searchSrc)))
    .then(() => window.BibSearch.load(indexUrl)));

  function open(show) {
    panel.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (!show) { active = -1; input.removeAttribute('aria-activedescendant'); }
  }

  function options() { return [...list.querySelectorAll('[role="option"]')]; }

  function select(i) {
    const all = options();
    if (all.length === 0) return;
    active = (i + all.length) % all.length;
    all.forEach((o, k) => o.setAttribute('aria-selected', String(k === active)));
    input.setAttribute('aria-activedescendant', all[active].id);
    all[active].scrollIntoView({ block: 'nearest' });
  }

  function option(id, href, html) {
    const li = document.createElement('li');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.href = href;
    li.innerHTML = html;
    return li;
  }

  function render(q, r) {
    list.replaceChildren();
    const hits = window.BibSearch.search(r.index, r.data, q).slice(0, 8);
    hits.forEach((hit, i) => {
      const d = window.BibSearch.describe(hit, lang, q, form.dataset.etAl);
      const li = option('header-hit-' + i, form.dataset.root + hit.paper.url[lang],
        '<span class="hit-title"></span>' + (d.snippet ? '<span class="hit-snippet"></span>' : '') + '<span class="hit-byline"></span>');
      li.dataset.paper = hit.id;
      li.querySelector('.hit-title').innerHTML = d.title;
      if (d.snippet) li.querySelector('.hit-snippet').innerHTML = d.snippet;
      li.querySelector('.hit-byline').textContent = d.byline;
      list.append(li);
    });
    const all = option('header-hit-all', form.action + '?q=' + encodeURIComponent(q), '');
    all.className = 'hit-all';
    all.textContent = fmt(form.dataset.msgAll, q);
    list.append(all);
    status.textContent = hits.length ? '' : fmt(form.dataset.msgNone, q);
    if (window.BibProgress) window.BibProgress.mark(list);
  }

  function run() {
    const q = input.value.trim();
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (!q) { open(false); return; }
    open(true);
    if (!window.BibSearch || !loading) status.textContent = form.dataset.msgLoading;
    ready().then((r) => { if (input.value.trim() === q) render(q, r); })
      .catch(() => { status.textContent = form.dataset.msgError; });
  }

  input.addEventListener('focus', () => { ready().catch(() => {}); if (input.value.trim()) run(); });
  input.addEventListener('input', run);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (panel.hidden) run();
      e.preventDefault();
      select(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Escape') {
      if (!panel.hidden) { e.preventDefault(); open(false); } else input.blur();
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      location.href = options()[active].dataset.href;
    }
  });
  list.addEventListener('click', (e) => {
    const o = e.target.closest('[role="option"]');
    if (o) location.href = o.dataset.href;
  });
  list.addEventListener('mousedown', (e) => e.preventDefault()); // keep the focus in the box
  document.addEventListener('click', (e) => { if (!form.contains(e.target)) open(false); });
})();
