// Reading progress: "mark as read" on paper pages, kept in this browser (localStorage); read papers marked in
// every list; progress per part and export/import of the state as a small JSON file on the home page.
(function () {
  const KEY = 'bibliography.read.v1';
  const FORMAT = 'bibliography-reading-progress';
  const ID = /^[a-z0-9][a-z0-9-]*$/;
  const fmt = (s, ...a) => String(s || '').replace(/\{(\d)\}/g, (_, i) => a[+i]);

  function load() {
    try {
      const value = JSON.parse(localStorage.getItem(KEY) || 'null');
      return new Set(value && Array.isArray(value.read) ? value.read.filter((id) => typeof id === 'string' && ID.test(id)) : []);
    } catch (e) {
      return new Set();
    }
  }
  function save(read) {
    try { localStorage.setItem(KEY, JSON.stringify({ format: FORMAT, version: 1, read: [...read].sort() })); } catch (e) { /* storage off: works for this page view */ }
  }

  let read = load();

  /** Marks the papers read so far in the lists under `scope` (items, rows, table rows, search results). */
  function mark(scope) {
    scope.querySelectorAll('[data-paper]').forEach((el) => el.classList.toggle('is-read', read.has(el.dataset.paper)));
  }

  function refresh() {
    mark(document);
    document.querySelectorAll('[data-read-toggle]').forEach((button) => {
      const on = read.has(button.dataset.readToggle);
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? button.dataset.labelRead : button.dataset.labelUnread;
      button.hidden = false;
    });
    // Home page: each part card knows its papers; the total counts each paper once.
    const all = new Set();
    document.querySelectorAll('[data-part-papers]').forEach((card) => {
      const ids = card.dataset.partPapers.split(' ').filter(Boolean);
      ids.forEach((id) => all.add(id));
      const done = ids.filter((id) => read.has(id)).length;
      const span = card.querySelector('.progress');
      const bar = card.querySelector('.progress-bar');
      if (span) { span.textContent = ' · ' + fmt(span.dataset.format, done, ids.length); span.hidden = done === 0; }
      if (bar) { bar.hidden = done === 0; bar.firstElementChild.style.width = (ids.length ? (100 * done) / ids.length : 0) + '%'; }
      card.classList.toggle('is-done', ids.length > 0 && done === ids.length);
    });
    const total = document.querySelector('[data-progress-total]');
    if (total) total.textContent = fmt(total.dataset.format, [...all].filter((id) => read.has(id)).length, all.size);
    const tools = document.querySelector('[data-progress-tools]');
    if (tools) tools.hidden = false;
  }

  document.addEventListener('click', (e) => {
    const button = e.target.closest('[data-read-toggle]');
    if (!button) return;
    const id = button.dataset.readToggle;
    read = load(); // another tab may have changed it
    if (read.has(id)) read.delete(id); else read.add(id);
    save(read);
    refresh();
  });

  const exportButton = document.querySelector('[data-progress-export]');
  if (exportButton) exportButton.addEventListener('click', () => {
    const blob = new Blob([JSON.stringify({ format: FORMAT, version: 1, read: [...load()].sort() }, null, 2) + '\n'], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'reading-progress.json';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  });

  const importInput = document.querySelector('[data-progress-import]');
  const status = document.querySelector('[data-progress-status]');
  if (importInput) importInput.addEventListener('change', () => {
    const file = importInput.files && importInput.files[0];
    if (!file) return;
    file.text().then((text) => {
      const value = JSON.parse(text);
      if (!value || value.format !== FORMAT || !Array.isArray(value.read)) throw new Error('format');
      const ids = value.read.filter((id) => typeof id === 'string' && ID.test(id));
      read = load();
      const before = read.size;
      ids.forEach((id) => read.add(id));
      save(read);
      refresh();
      status.textContent = fmt(status.dataset.imported, ids.length, read.size - before);
    }).catch(() => { status.textContent = status.dataset.invalid; })
      .finally(() => { importInput.value = ''; });
  });

  // Another tab marked a paper: show it here too.
  window.addEventListener('storage', (e) => { if (e.key === KEY) { read = load(); refresh(); } });

  window.BibProgress = { mark };
  refresh();
})();
