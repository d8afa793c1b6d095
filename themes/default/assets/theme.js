// Runs before the page is drawn (loaded without defer): applies the reader's chosen theme, so a dark page never
// flashes light. With no choice stored, the stylesheet follows the system's light or dark setting.
'use strict';
(function () {
  try {
    var theme = localStorage.getItem('bibliography.theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  } catch (e) { /* storage off: follow the system */ }
})();
