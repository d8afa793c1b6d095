// Navigation: the menu button that opens the sidebar on narrow screens, the theme switch, the current item kept in
// view in the sidebar, and "/" to jump to the search box. Without JavaScript the sidebar follows the content instead.
(function () {
  const root = document.documentElement;
  const menu = document.querySelector('[data-menu]');
  const sidebar = document.getElementById('sidebar');
  if (menu && sidebar) {
    menu.hidden = false;
    const set = (open) => {
      menu.setAttribute('aria-expanded', String(open));
      root.classList.toggle('menu-open', open);
    };
    menu.addEventListener('click', () => set(menu.getAttribute('aria-expanded') !== 'true'));
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && root.classList.contains('menu-open')) { set(false); menu.focus(); }
    });
    sidebar.addEventListener('click', (e) => { if (e.target.closest('a')) set(false); });
    window.matchMedia('(min-width: 64rem)').addEventListener('change', (e) => { if (e.matches) set(false); });
    const current = sidebar.querySelector('.sidebar-items [aria-current="page"]');
    if (current && current.offsetTop > sidebar.clientHeight - 80) sidebar.scrollTop = current.offsetTop - sidebar.clientHeight / 3;
  }

  const toggle = document.querySelector('[data-theme-toggle]');
  if (toggle) {
    const dark = () => root.getAttribute('data-theme') === 'dark'
      || (!root.hasAttribute('data-theme') && window.matchMedia('(prefers-color-scheme: dark)').matches);
    const label = toggle.querySelector('[data-theme-label]');
    const show = () => { label.textContent = dark() ? toggle.dataset.labelLight : toggle.dataset.labelDark; };
    toggle.hidden = false;
    show();
    toggle.addEventListener('click', () => {
      const next = dark() ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('bibliography.theme', next); } catch (e) { /* this page only */ }
      show();
    });
  }

  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    const box = document.getElementById('header-q') || document.getElementById('search-q');
    if (box) { e.preventDefault(); box.focus(); box.select(); }
  });

  // The 404 page: the language of the address first (GitHub Pages serves it for every missing page).
  const notFound = document.querySelector('[data-not-found]');
  if (notFound && /\/en\//.test(location.pathname)) {
    const en = notFound.querySelector('[data-lang="en"]');
    if (en) { notFound.prepend(en); root.lang = 'en'; }
  }
})();
