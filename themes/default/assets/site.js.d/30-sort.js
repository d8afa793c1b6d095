// The all-papers table sorts by number, title or year without reloading; aria-sort tells which and which way.
(function () {
  document.querySelectorAll('table[data-sortable]').forEach((table) => {
    const body = table.tBodies[0];
    const collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true, sensitivity: 'base' });
    const order = (row) => Number(row.dataset.order);
    const compare = {
      order: (a, b) => order(a) - order(b),
      title: (a, b) => collator.compare(a.dataset.title, b.dataset.title) || order(a) - order(b),
      // Undated papers go last whichever way the years run.
      year: (a, b) => (a.dataset.year === '') - (b.dataset.year === '') || Number(a.dataset.year) - Number(b.dataset.year) || order(a) - order(b),
    };
    table.querySelectorAll('button[data-sort]').forEach((button) => button.addEventListener('click', () => {
      const th = button.closest('th');
      const key = button.dataset.sort;
      const descending = th.getAttribute('aria-sort') === 'ascending';
      table.querySelectorAll('th[aria-sort]').forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      const rows = [...body.rows].sort(compare[key]);
      if (descending) {
        rows.reverse();
        if (key === 'year') rows.sort((a, b) => (a.dataset.year === '') - (b.dataset.year === ''));
      }
      body.append(...rows);
    }));
  });
})();
