// Core behaviour shared by every page. Loaded with `defer`; works without it (everything is plain links).
'use strict';
(function () {
  const root = document.documentElement;
  root.classList.add('js');

  // The language chooser at "/" suggests the reader's browser language; the links work without this.
  const choices = document.querySelectorAll('[data-choice]');
  if (choices.length > 0) {
    const preferred = (navigator.languages || [navigator.language || '']).map((l) => String(l).toLowerCase());
    const wantsZh = preferred.length > 0 && preferred[0].startsWith('zh');
    const suggested = document.querySelector(`[data-choice="${wantsZh ? 'zh' : 'en'}"]`);
    if (suggested) suggested.classList.add('suggested');
  }
})();
