// Search for the search page: MiniSearch (vendor/minisearch/) over search-index.json, which the generator writes.
// Han text has no spaces, so it is indexed as single characters and character bigrams; a query of two or more
// Han characters must match all its bigrams (思维链 → 思维 + 维链). Latin text is indexed as words, searched
// by prefix (and with a little fuzziness for longer words). The same file runs under Node for the tests.
'use strict';
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory(require('./vendor/minisearch/minisearch.js'));
  else root.BibSearch = factory(root.MiniSearch);
})(typeof self !== 'undefined' ? self : this, function (MiniSearch) {
  const HAN = /^\p{Script=Han}/u;
  const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

  /** Words and Han runs of a text, lower-cased and width-folded (ＧＰＴ → gpt). */
  function runs(text) {
    return String(text == null ? '' : text).normalize('NFKC').toLowerCase().match(RUNS) || [];
  }

  /** Tokens to index: each word; each Han character and each pair of neighbouring Han characters. */
  function indexTokens(text) {
    const out = [];
    for (const run of runs(text)) {
      if (!HAN.test(run)) { out.push(run); continue; }
      const chars = Array.from(run);
      chars.forEach((c, i) => { out.push(c); if (i + 1 < chars.length) out.push(c + chars[i + 1]); });
    }
    return out;
  }

  /** Tokens of a query: words; one Han character alone, or the bigrams of a longer Han run. */
  function queryTokens(text) {
    const out = [];
    for (const run of runs(text)) {
      const chars = Array.from(run);
      if (!HAN.test(run) || chars.length === 1) out.push(run);
      else for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    }
    return out;
  }

  const FIELDS = ['titleEn', 'titleZh', 'authors', 'tagsEn', 'tagsZh', 'refs', 'venue', 'year', 'textEn', 'textZh', 'notesEn', 'notesZh'];
  const BOOST = { titleEn: 4, titleZh: 4, tagsEn: 2.5, tagsZh: 2.5, authors: 2, refs: 2, venue: 1.5, year: 1.5 };

  function field(doc, name) {
    const both = (o, l) => (o && o[l]) || '';
    switch (name) {
      case 'titleEn': return both(doc.title, 'en');
      case 'titleZh': return both(doc.title, 'zh');
      case 'tagsEn': return (doc.tags && doc.tags.en || []).join(' ');
      case 'tagsZh': return (doc.tags && doc.tags.zh || []).join(' ');
      case 'textEn': return both(doc.text, 'en');
      case 'textZh': return both(doc.text, 'zh');
      case 'notesEn': return both(doc.notes, 'en');
      case 'notesZh': return both(doc.notes, 'zh');
      case 'authors': case 'refs': return (doc[name] || []).join(' ');
      default: return doc[name] == null ? '' : String(doc[name]);
    }
  }

  /** A MiniSearch index over the papers of search-index.json. */
  function createIndex(data) {
    const index = new MiniSearch({
      fields: FIELDS,
      storeFields: ['id'],
      extractField: field,
      tokenize: indexTokens,
      processTerm: (term) => term,
      searchOptions: {
        tokenize: queryTokens,
        processTerm: (term) => term,
        combineWith: 'AND',
        boost: BOOST,
        prefix: (term) => !HAN.test(term),
        fuzzy: (term) => (!HAN.test(term) && term.length > 4 ? 0.2 : false),
      },
    });
    index.addAll(data.papers);
    return index;
  }

  /** The papers matching a query, best first: [{ id, score, terms, paper }]. */
  function search(index, data, query) {
    if (queryTokens(query).length === 0) return [];
    const byId = new Map(data.papers.map((p) => [p.id, p]));
    return index.search(query).map((r) => ({ id: r.id, score: r.score, terms: r.terms, paper: byId.get(r.id) }));
  }

  /** A short piece of text around the first matched term, in the page's language where it has one. */
  function snippet(paper, lang, terms) {
    const other = lang === 'zh' ? 'en' : 'zh';
    const texts = [paper.text && paper.text[lang], paper.notes && paper.notes[lang], paper.text && paper.text[other]].filter(Boolean);
    for (const text of texts) {
      const lower = text.toLowerCase();
      let at = -1;
      for (const term of terms) { const i = lower.indexOf(term); if (i >= 0 && (at < 0 || i < at)) at = i; }
      if (at >= 0) {
        const start = Math.max(0, at - 40);
        return (start > 0 ? '…' : '') + text.slice(start, start + 140).replace(/\s+/g, ' ') + (start + 140 < text.length ? '…' : '');
      }
    }
    return texts.length > 0 ? texts[0].slice(0, 140) + (texts[0].length > 140 ? '…' : '') : '';
  }

  /** Wires the search page: results as you type, ?q= kept in the address, Enter opens the first result. */
  function mount(form) {
    const input = form.querySelector('#search-q');
    const status = document.getElementById('search-status');
    const list = document.getElementById('search-results');
    const lang = form.dataset.lang;
    const fmt = (s, ...a) => s.replace(/\{(\d)\}/g, (_, i) => a[+i]);
    let data = null;
    let index = null;

    function item(hit) {
      const p = hit.paper;
      const li = document.createElement('li');
      li.className = 'search-result';
      li.dataset.paper = p.id;
      const a = document.createElement('a');
      a.className = 'item-title';
      a.href = form.dataset.root + p.url[lang];
      a.textContent = p.title[lang] || p.title.en;
      li.append(a);
      const otherTitle = lang === 'zh' ? p.title.en : p.title.zh;
      if (otherTitle && otherTitle !== a.textContent) {
        const d = document.createElement('div');
        d.className = 'item-other';
        d.lang = lang === 'zh' ? 'en' : 'zh-Hans';
        d.textContent = otherTitle;
        li.append(d);
      }
      const by = document.createElement('div');
      by.className = 'item-byline';
      by.textContent = [p.refs.join(', '), p.authors.length > 2 ? p.authors[0] + form.dataset.etAl : p.authors.join(', '), p.year].filter(Boolean).join(' · ');
      li.append(by);
      const text = snippet(p, lang, hit.terms);
      if (text) {
        const s = document.createElement('p');
        s.className = 'search-snippet';
        s.textContent = text;
        li.append(s);
      }
      return li;
    }

    function run() {
      const q = input.value.trim();
      const url = new URL(location.href);
      if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      list.replaceChildren();
      if (!q) { status.textContent = ''; return; }
      if (!index) { status.textContent = form.dataset.msgLoading; return; }
      const hits = search(index, data, q);
      status.textContent = hits.length ? fmt(form.dataset.msgCount, hits.length) : fmt(form.dataset.msgNone, q);
      list.append(...hits.map(item));
      if (window.BibProgress) window.BibProgress.mark(list);
    }

    input.addEventListener('input', run);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const first = list.querySelector('a');
      if (first) first.click();
    });
    form.querySelectorAll('[data-search-example]').forEach((a) => a.addEventListener('click', (e) => {
      e.preventDefault();
      input.value = a.textContent;
      input.focus();
      run();
    }));
    input.value = new URL(location.href).searchParams.get('q') || '';
    if (input.value) status.textContent = form.dataset.msgLoading;

    fetch(form.dataset.index)
      .then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then((json) => { data = json; index = createIndex(json); run(); })
      .catch(() => {
        status.textContent = form.dataset.msgError + ' ';
        const a = document.createElement('a');
        a.href = form.dataset.allPapers;
        a.textContent = form.dataset.allPapersLabel;
        status.append(a);
      });
  }

  if (typeof document !== 'undefined') {
    const start = () => { const form = document.querySelector('form[data-search]'); if (form) mount(form); };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
  }

  return { indexTokens, queryTokens, createIndex, search, snippet };
});
