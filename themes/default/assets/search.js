// Search: MiniSearch (vendor/minisearch/) over search-index.json, which the generator writes. Used by the search page
// and, loaded on first use, by the search box in every page's header. The same file runs under Node for the tests.
// Han text has no spaces, so it is indexed as single characters and character bigrams; a query of two or more Han
// characters must match all its bigrams (思维链 → 思维 + 维链). Latin words match by prefix (longer ones with a little
// fuzziness). Ranking: an exact title, alias or tag match first, then titles that begin with or contain the query,
// then the rest by MiniSearch's score; matched words are marked with <mark> in titles and snippets.
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

  const FIELDS = ['titleEn', 'titleZh', 'aliases', 'authors', 'tagsEn', 'tagsZh', 'refs', 'venue', 'year', 'textEn', 'textZh', 'laterEn', 'laterZh', 'notesEn', 'notesZh'];
  const BOOST = { titleEn: 5, titleZh: 5, aliases: 4, tagsEn: 2.5, tagsZh: 2.5, authors: 2, refs: 2, venue: 1.5, year: 1.5, laterEn: 0.6, laterZh: 0.6 };

  function field(doc, name) {
    const both = (o, l) => (o && o[l]) || '';
    switch (name) {
      case 'titleEn': return both(doc.title, 'en');
      case 'titleZh': return both(doc.title, 'zh');
      case 'tagsEn': return (doc.tags && doc.tags.en || []).join(' ');
      case 'tagsZh': return (doc.tags && doc.tags.zh || []).join(' ');
      case 'textEn': return both(doc.text, 'en');
      case 'textZh': return both(doc.text, 'zh');
      case 'laterEn': return both(doc.later, 'en');
      case 'laterZh': return both(doc.later, 'zh');
      case 'notesEn': return both(doc.notes, 'en');
      case 'notesZh': return both(doc.notes, 'zh');
      case 'authors': case 'refs': case 'aliases': return (doc[name] || []).join(' ');
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

  /** Text as the ranking compares it: words and Han runs joined by single spaces ("Chain-of-Thought" → "chain of thought"). */
  const norm = (s) => runs(s).join(' ');

  /** How well a paper's names match the whole query: 0 exact, 1 title begins with it, 2 title contains it, 3 every word in the title, 4 other. */
  function tier(paper, q) {
    const titles = [paper.title && paper.title.en, paper.title && paper.title.zh].filter(Boolean);
    const names = titles.map((t) => t.split(/[:：]/)[0]).concat(paper.aliases || []).concat(titles);
    const tags = [].concat(paper.tags && paper.tags.en || [], paper.tags && paper.tags.zh || []);
    const nq = norm(q);
    if (!nq) return 4;
    if (names.some((n) => norm(n) === nq) || tags.some((t) => norm(t) === nq)) return 0;
    const nt = titles.map(norm);
    if (nt.some((t) => t === nq || t.startsWith(nq + ' ') || (HAN.test(nq) && t.startsWith(nq)))) return 1;
    if (nt.some((t) => (' ' + t + ' ').includes(' ' + nq + ' ') || (HAN.test(nq) && t.includes(nq)))) return 2;
    const words = nq.split(' ');
    if (nt.some((t) => words.every((w) => t.includes(w)))) return 3;
    return 4;
  }

  /** The papers matching a query, best first: [{ id, score, terms, tier, paper }]. */
  function search(index, data, query) {
    if (queryTokens(query).length === 0) return [];
    const byId = new Map(data.papers.map((p) => [p.id, p]));
    return index.search(query)
      .map((r) => { const paper = byId.get(r.id); return { id: r.id, score: r.score, terms: r.terms, tier: tier(paper, query), paper }; })
      .sort((a, b) => a.tier - b.tier || b.score - a.score);
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  /** A pattern for what a query matches in text: its Han runs as written, its words at the start of a word. */
  function pattern(query) {
    const parts = runs(query).map((r) => HAN.test(r) ? r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '(?<![\\p{L}\\p{N}])' + r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return parts.length ? new RegExp(parts.sort((a, b) => b.length - a.length).join('|'), 'giu') : null;
  }

  /** Text as HTML, every match of the query marked: <mark>LoRA</mark>: Low-Rank … */
  function highlight(text, query) {
    const re = pattern(query);
    const s = String(text == null ? '' : text).normalize('NFKC');
    if (!re) return escapeHtml(s);
    let out = '';
    let last = 0;
    for (const m of s.matchAll(re)) {
      if (m[0].length === 0) continue;
      out += escapeHtml(s.slice(last, m.index)) + '<mark>' + escapeHtml(m[0]) + '</mark>';
      last = m.index + m[0].length;
    }
    return out + escapeHtml(s.slice(last));
  }

  /** A short piece of text around the first match, in the page's language where it has one. */
  function snippet(paper, lang, query) {
    const other = lang === 'zh' ? 'en' : 'zh';
    const texts = [paper.text && paper.text[lang], paper.later && paper.later[lang], paper.notes && paper.notes[lang], paper.text && paper.text[other]].filter(Boolean);
    const re = pattern(query);
    for (const raw of texts) {
      const text = raw.normalize('NFKC');
      const m = re && re.exec(text);
      if (re) re.lastIndex = 0;
      if (m) {
        const start = Math.max(0, m.index - 40);
        return (start > 0 ? '…' : '') + text.slice(start, start + 150).replace(/\s+/g, ' ') + (start + 150 < text.length ? '…' : '');
      }
    }
    return texts.length > 0 ? texts[0].slice(0, 150) + (texts[0].length > 150 ? '…' : '') : '';
  }

  const loaded = new Map();
  /** The index at a URL, fetched and built once per page. */
  function load(url) {
    if (!loaded.has(url)) {
      loaded.set(url, fetch(url).then((r) => { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
        .then((data) => ({ data, index: createIndex(data) })));
    }
    return loaded.get(url);
  }

  const fmt = (s, ...a) => String(s || '').replace(/\{(\d)\}/g, (_, i) => a[+i]);

  /** A result as the page and the header's panel show it: title (marked), the other title, byline, snippet (marked). */
  function describe(hit, lang, query, etAl) {
    const p = hit.paper;
    const title = (p.title && (p.title[lang] || p.title.en)) || p.id;
    const otherTitle = lang === 'zh' ? p.title.en : p.title.zh;
    const authors = p.authors || [];
    return {
      title: highlight(title, query),
      other: otherTitle && otherTitle !== title ? highlight(otherTitle, query) : '',
      byline: [(p.refs || []).join(', '), authors.length > 2 ? authors[0] + etAl : authors.join(', '), p.year].filter(Boolean).join(' · '),
      snippet: highlight(snippet(p, lang, query), query),
    };
  }

  /** Wires the search page: results as you type, ?q= kept in the address, Enter opens the first result. */
  function mount(form) {
    const input = form.querySelector('#search-q');
    const status = document.getElementById('search-status');
    const list = document.getElementById('search-results');
    const lang = form.dataset.lang;
    let ready = null;

    function item(hit, q) {
      const d = describe(hit, lang, q, form.dataset.etAl);
      const li = document.createElement('li');
      li.className = 'search-result';
      li.dataset.paper = hit.id;
      li.innerHTML = '<a class="result-title"></a>' + (d.other ? '<span class="result-other"></span>' : '') + '<span class="result-byline"></span>' + (d.snippet ? '<p class="result-snippet"></p>' : '');
      const a = li.querySelector('a');
      a.href = form.dataset.root + hit.paper.url[lang];
      a.innerHTML = d.title;
      if (d.other) { const o = li.querySelector('.result-other'); o.innerHTML = d.other; o.lang = lang === 'zh' ? 'en' : 'zh-Hans'; }
      li.querySelector('.result-byline').textContent = d.byline;
      if (d.snippet) li.querySelector('.result-snippet').innerHTML = d.snippet;
      return li;
    }

    function run() {
      const q = input.value.trim();
      const url = new URL(location.href);
      if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      list.replaceChildren();
      if (!q) { status.textContent = ''; return; }
      if (!ready) { status.textContent = form.dataset.msgLoading; return; }
      const hits = search(ready.index, ready.data, q);
      status.textContent = hits.length ? fmt(form.dataset.msgCount, hits.length) : fmt(form.dataset.msgNone, q);
      list.append(...hits.map((h) => item(h, q)));
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

    load(form.dataset.index)
      .then((r) => { ready = r; run(); })
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

  return { indexTokens, queryTokens, createIndex, search, snippet, highlight, describe, load, tier };
});
