// Copy buttons of the cite section: the text of the element named by data-copy goes to the clipboard.
// Where the Clipboard API is missing or refused (file://, old browsers), the text is selected for Ctrl+C instead.
// The outcome is announced through the section's aria-live status line.
'use strict';
(function () {
  function select(el) {
    const range = document.createRange();
    range.selectNodeContents(el);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  function announce(button, key) {
    const status = button.closest('.cite')?.querySelector('.copy-status');
    if (!status) return;
    status.textContent = '';
    // A fresh text node after clearing makes screen readers announce a repeated message again.
    window.setTimeout(() => { status.textContent = status.dataset[key] || ''; }, 50);
  }

  function done(button) {
    button.dataset.state = 'done';
    announce(button, 'copied');
    window.setTimeout(() => { delete button.dataset.state; }, 2000);
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-copy]');
    if (!button) return;
    const target = document.getElementById(button.dataset.copy);
    if (!target) return;
    const text = target.textContent.replace(/\s+$/, '') + '\n';
    const fallback = () => {
      select(target);
      let ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      if (ok) done(button); else announce(button, 'copyFailed');
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(() => done(button), fallback);
    } else {
      fallback();
    }
  });
})();
