using Bibliography.Text;

namespace Bibliography.Bench;

/// <summary>The Hugo layouts of the benchmark's converted site: the same pages and roughly the same markup as the default theme.</summary>
public static class HugoTemplates
{
    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        ("layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="{{ .Site.LanguageCode }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
            <title>{{ if .IsHome }}{{ .Site.Title }}{{ else }}{{ .Title }} · {{ .Site.Title }}{{ end }}</title>
            {{ $desc := .Site.Title }}{{ with .Summary }}{{ $desc = . | plainify | truncate 200 }}{{ end }}
            <meta name="description" content="{{ $desc }}">
            <link rel="canonical" href="{{ .Permalink }}">
            {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
            {{ end }}<link rel="alternate" hreflang="x-default" href="{{ "/" | relURL }}">
            <link rel="alternate" type="application/atom+xml" title="{{ .Site.Title }}" href="{{ .Site.Home.RelPermalink }}index.xml">
            <meta property="og:title" content="{{ .Title }}">
            <meta property="og:description" content="{{ $desc }}">
            <meta property="og:type" content="{{ if eq .Section "papers" }}article{{ else }}website{{ end }}">
            <meta property="og:url" content="{{ .Permalink }}">
            <meta property="og:site_name" content="{{ .Site.Title }}">
            <meta property="og:locale" content="{{ if eq .Site.Language.Lang "zh" }}zh_CN{{ else }}en_US{{ end }}">
            <meta name="twitter:card" content="summary">
            <meta name="twitter:title" content="{{ .Title }}">
            <meta name="twitter:description" content="{{ $desc }}">
            {{ if eq .Section "papers" }}{{ if .IsPage }}<meta name="citation_title" content="{{ .Params.original_title }}">
            {{ range .Params.authors }}<meta name="citation_author" content="{{ . }}">
            {{ end }}<meta name="citation_publication_date" content="{{ .Params.year }}">
            {{ with .Params.arxiv }}<meta name="citation_arxiv_id" content="{{ . }}">
            <meta name="citation_pdf_url" content="https://arxiv.org/pdf/{{ . }}">
            {{ end }}{{ $authors := slice }}{{ range .Params.authors }}{{ $authors = $authors | append (dict "@type" "Person" "name" .) }}{{ end }}
            <script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "ScholarlyArticle" "@id" .Permalink "headline" .Title "name" .Params.original_title "author" $authors "datePublished" (string .Params.year) "keywords" (delimit (.Params.tags | default slice) ", ") "description" $desc "inLanguage" .Site.LanguageCode | jsonify | safeJS }}</script>
            {{ end }}{{ end }}<meta name="color-scheme" content="light dark">
            <link rel="icon" href="{{ "assets/favicon.svg" | relURL }}" type="image/svg+xml">
            <script src="{{ "assets/theme.js" | relURL }}"></script>
            <link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
            <link rel="stylesheet" href="{{ "assets/print.css" | relURL }}" media="print">
            <script src="{{ "assets/site.js" | relURL }}" defer></script>
            </head>
            <body class="{{ .Kind }}">
            <a class="skip-link" href="#main">{{ if eq .Site.Language.Lang "zh" }}跳到正文{{ else }}Skip to content{{ end }}</a>
            {{ partialCached "header.html" . .Site.Language.Lang }}
            <div class="page-frame">
            {{ partial "sidebar.html" . }}
            <main id="main">{{ partial "breadcrumbs.html" . }}{{ block "main" . }}{{ end }}</main>
            </div>
            <footer class="site-footer"><p>{{ .Site.Title }}</p><p>{{ range .Translations }}<a hreflang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a>{{ end }}</p></footer>
            </body>
            </html>
            """),
        // The header is the same on every page of a language but for the language switch's target, which a reader of the
        // twin gets from the footer; a Hugo author would cache it per language, as here.
        ("layouts/partials/header.html", """
            <header class="site-header"><div class="header-inner">
            <button type="button" class="icon-button menu-button" aria-expanded="false" aria-controls="sidebar" data-menu hidden><svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path d="M3 6h18M3 12h18M3 18h18"/></svg><span class="visually-hidden">Menu</span></button>
            <a class="menu-link" href="#sidebar">Menu</a>
            <a class="site-title" href="{{ .Site.Home.RelPermalink }}"><span class="title-full">{{ .Site.Title }}</span></a>
            <form class="header-search" role="search" action="{{ .Site.Home.RelPermalink }}search/" method="get" data-header-search
                  data-scripts="{{ "assets/vendor/minisearch/minisearch.js" | relURL }} {{ "assets/search.js" | relURL }} {{ "index.json" | relLangURL }}" data-lang="{{ .Site.Language.Lang }}">
              <label class="visually-hidden" for="header-q">Search</label>
              <input type="text" inputmode="search" id="header-q" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search" role="combobox" aria-expanded="false" aria-controls="header-results" aria-autocomplete="list">
              <kbd class="search-key" aria-hidden="true">/</kbd>
              <div class="search-panel" id="search-panel" hidden><p class="search-panel-status" role="status" aria-live="polite"></p><ul class="search-panel-results" id="header-results" role="listbox" aria-label="Search results"></ul></div>
            </form>
            <div class="header-tools"><button type="button" class="icon-button theme-toggle" data-theme-toggle hidden><svg class="icon-moon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z"/></svg><svg class="icon-sun" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/></svg><span class="visually-hidden" data-theme-label>Theme</span></button></div>
            </div></header>
            """),
        // The parts, and the papers of each part in order: computed once per part and language, as a Hugo author would.
        ("layouts/partials/parts.html", """
            {{ return (where .Site.RegularPages "Section" "parts").ByWeight }}
            """),
        ("layouts/partials/part-papers.html", """
            {{ return (where (where site.RegularPages "Section" "papers") "Params.part" .).ByWeight }}
            """),
        // As the default theme's sidebar: every part, the open part's items, a window of 17 around the current one in a
        // part of more than 60, then the browse links.
        ("layouts/partials/sidebar.html", """
            {{ $page := . }}{{ $open := .Params.part | default 0 }}
            <nav class="sidebar" id="sidebar" aria-label="{{ if eq .Site.Language.Lang "zh" }}论文清单{{ else }}The reading list{{ end }}"><div class="sidebar-inner">
            <p class="sidebar-heading"><a href="{{ .Site.Home.RelPermalink }}">{{ if eq .Site.Language.Lang "zh" }}七个部分{{ else }}Parts{{ end }}</a></p>
            <ol class="sidebar-parts">
            {{ range partialCached "parts.html" . .Site.Language.Lang }}
            <li{{ if eq .Params.part $open }} class="open"{{ end }}><a href="{{ .RelPermalink }}"{{ if eq . $page }} aria-current="page"{{ end }}><span class="part-label">{{ .Params.part }}</span><span class="part-title">{{ .Title }}</span></a>
            {{ if eq .Params.part $open }}{{ $all := partialCached "part-papers.html" $open $open $page.Site.Language.Lang }}
            {{ $shown := $all }}{{ $before := 0 }}{{ $after := 0 }}
            {{ if gt (len $all) 60 }}{{ $pos := $page.Params.pos | default 0 }}{{ $before = cond (gt $pos 8) (sub $pos 8) 0 }}{{ $shown = first 17 (after $before $all) }}{{ $after = sub (sub (len $all) $before) (len $shown) }}{{ end }}
            <ol class="sidebar-items">
            {{ if gt $before 0 }}<li class="sidebar-more"><a href="{{ .RelPermalink }}">↑ {{ $before }}</a></li>{{ end }}
            {{ range $shown }}<li><a href="{{ .RelPermalink }}"{{ if eq . $page }} aria-current="page"{{ end }}><span class="ref">{{ .Params.ref }}</span><span class="label">{{ .Title }}</span></a></li>
            {{ end }}{{ if gt $after 0 }}<li class="sidebar-more"><a href="{{ .RelPermalink }}">↓ {{ $after }}</a></li>{{ end }}
            </ol>{{ end }}
            </li>
            {{ end }}
            </ol>
            <ul class="sidebar-browse">
            <li><a href="{{ "papers/" | relLangURL }}">{{ if eq .Site.Language.Lang "zh" }}全部论文{{ else }}All papers{{ end }}</a></li>
            <li><a href="{{ "tags/" | relLangURL }}">{{ if eq .Site.Language.Lang "zh" }}标签{{ else }}Tags{{ end }}</a></li>
            <li><a href="{{ "years/" | relLangURL }}">{{ if eq .Site.Language.Lang "zh" }}年表{{ else }}Timeline{{ end }}</a></li>
            <li><a href="{{ "print/" | relLangURL }}">{{ if eq .Site.Language.Lang "zh" }}打印版{{ else }}Print edition{{ end }}</a></li>
            </ul>
            </div></nav>
            """),
        ("layouts/partials/breadcrumbs.html", """
            {{ if not .IsHome }}<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>
            <li><a href="{{ .Site.Home.RelPermalink }}">{{ if eq .Site.Language.Lang "zh" }}首页{{ else }}Home{{ end }}</a></li>
            {{ with .Params.part }}{{ with site.GetPage (printf "/parts/%d" .) }}{{ if ne . $ }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}{{ end }}
            <li aria-current="page">{{ with .Params.ref }}{{ . }}{{ else }}{{ .Title }}{{ end }}</li>
            </ol></nav>{{ end }}
            """),
        ("layouts/partials/paper-table.html", """
            <table class="papers"><tbody>
            {{ range .ByWeight }}{{ partial "paper-row.html" . }}{{ end }}
            </tbody></table>
            """),
        ("layouts/partials/paper-row.html", """
            <tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ if ne .Title .Params.original_title }} <span class="other-title">{{ .Params.original_title }}</span>{{ end }}
            <div class="byline">{{ with .Params.authors }}{{ index . 0 }}{{ if gt (len .) 1 }} et al.{{ end }} · {{ end }}{{ .Params.year }}</div></td>
            <td>{{ .Params.year }}</td><td>{{ .Params.ref }}</td>
            <td>{{ range .GetTerms "tags" }}<a class="tag" href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</td></tr>
            """),
        ("layouts/partials/item.html", """
            <li id="item-{{ replace .Params.ref "." "-" }}"><span class="ref">{{ .Params.ref }}</span> <a href="{{ .RelPermalink }}">{{ .Title }}</a>
            {{ with .Params.authors }}<span class="byline">{{ index . 0 }}{{ if gt (len .) 1 }} et al.{{ end }}</span>{{ end }}
            {{ range .GetTerms "tags" }}<a class="tag" href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}
            """),
        ("layouts/index.html", """
            {{ define "main" }}
            <h1>{{ .Site.Title }}</h1>
            <section class="intro">{{ .Content }}</section>
            {{ $papers := where .Site.RegularPages "Section" "papers" }}
            {{ range (where .Site.RegularPages "Section" "parts").ByWeight }}
            {{ $n := .Params.part }}
            <section id="part-{{ $n }}"><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><ol>
            {{ range where $papers "Params.part" $n }}{{ partial "item.html" . }}</li>{{ end }}
            </ol></section>
            {{ end }}
            {{ end }}
            """),
        ("layouts/parts/single.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ $n := .Params.part }}
            <ol>
            {{ range where (where .Site.RegularPages "Section" "papers") "Params.part" $n }}{{ partial "item.html" . }}
            {{ with .Params.notes }}<div class="notes" lang="zh-Hans">{{ range . }}<p>{{ . }}</p>{{ end }}</div>{{ end }}
            {{ if and (eq $.Site.Language.Lang "en") .Params.note_en }}<div class="notes-en">{{ range split .Params.note_en "\n" }}<p>{{ . }}</p>{{ end }}</div>{{ end }}
            </li>{{ end }}
            </ol>
            {{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            {{ end }}
            """),
        ("layouts/papers/single.html", """
            {{ define "main" }}
            <article class="paper">
            <h1>{{ .Title }}</h1>{{ if ne .Title .Params.original_title }}<p class="other-title" lang="en">{{ .Params.original_title }}</p>{{ end }}
            <p class="authors">{{ delimit .Params.authors ", " }}</p>
            <p class="facts">{{ .Params.year }}{{ with .Params.arxiv }} · <a href="https://arxiv.org/abs/{{ . }}">arXiv:{{ . }}</a> · <a href="https://arxiv.org/pdf/{{ . }}">PDF</a>{{ end }}</p>
            <p class="tags">{{ range .GetTerms "tags" }}<a class="tag" href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
            <aside class="toc">{{ .TableOfContents }}</aside>
            <section class="annotation"><div class="prose">{{ .Content }}</div></section>
            <section class="listing"><h2>{{ .Params.ref }}</h2><p class="seed-line">{{ .Params.seed_line }}</p>
            {{ with .Params.notes }}<details class="notes" lang="zh-Hans"><summary>原文</summary>{{ range . }}<p>{{ . }}</p>{{ end }}</details>{{ end }}
            {{ with .Params.note_en }}<div class="notes-en" lang="en">{{ range split . "\n" }}<p>{{ . }}</p>{{ end }}</div>{{ end }}</section>
            {{ range .Translations }}<details class="annotation-other" lang="{{ .Language.Lang }}"><summary>{{ .Language.LanguageName }}</summary><div class="prose">{{ .Content }}</div></details>{{ end }}
            <details class="cite"><summary>{{ if eq site.Language.Lang "zh" }}引用{{ else }}Cite{{ end }}</summary>
            <pre class="bibtex">@article{ {{- .File.ContentBaseName -}},
              title = { {{- .Params.original_title -}} },
              author = { {{- delimit .Params.authors " and " -}} },
              year = { {{- .Params.year -}} },{{ with .Params.arxiv }}
              eprint = { {{- . -}} }, archivePrefix = {arXiv},{{ end }}
            }</pre>
            <pre class="ris">TY  - JOUR
            {{ range .Params.authors }}AU  - {{ . }}
            {{ end }}TI  - {{ .Params.original_title }}
            PY  - {{ .Params.year }}
            {{ with .Params.arxiv }}UR  - https://arxiv.org/abs/{{ . }}
            {{ end }}ER  - </pre></details>
            <nav class="pager" aria-label="Previous and next">{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}"><span>{{ .Params.ref }}</span> {{ .Title }}</a>{{ end }}
            {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}"><span>{{ .Params.ref }}</span> {{ .Title }}</a>{{ end }}</nav>
            </article>
            {{ end }}
            """),
        // The print editions: every annotation in the page's language, and in both.
        ("layouts/_default/print.html", """
            {{ define "main" }}
            <h1>{{ .Site.Title }}</h1>
            {{ $both := eq .Params.edition "both" }}
            {{ range (where site.RegularPages "Section" "papers").ByWeight }}
            <article class="print-entry" id="{{ .File.ContentBaseName }}"><h2><span class="ref">{{ .Params.ref }}</span> {{ .Title }}</h2>
            <p class="authors">{{ delimit .Params.authors ", " }} · {{ .Params.year }}{{ with .Params.arxiv }} · arXiv:{{ . }}{{ end }}</p>
            <div class="prose">{{ .Content }}</div>
            {{ if $both }}{{ range .Translations }}<div class="prose" lang="{{ .Language.Lang }}">{{ .Content }}</div>{{ end }}{{ end }}
            </article>
            {{ end }}
            {{ end }}
            """),
        // The search index, as the home page's JSON output.
        ("layouts/index.json", """
            {{ $items := slice }}{{ range where site.RegularPages "Section" "papers" }}{{ $items = $items | append (dict "id" .File.ContentBaseName "title" .Title "original" .Params.original_title "authors" .Params.authors "year" .Params.year "tags" .Params.tags "ref" .Params.ref "text" (.Plain | truncate 300) "url" .RelPermalink) }}{{ end }}{{ $items | jsonify }}
            """),
        ("layouts/papers/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ partial "paper-table.html" .Pages }}
            {{ end }}
            """),
        ("layouts/_default/taxonomy.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ul class="tag-index">
            {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span class="count">{{ len .Pages }}</span></li>{{ end }}
            </ul>
            {{ end }}
            """),
        ("layouts/_default/term.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ partial "paper-table.html" .Pages }}
            {{ end }}
            """),
        ("layouts/_default/years.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ range (where .Site.RegularPages "Section" "papers").GroupByParam "year" "desc" }}
            <section id="y{{ .Key }}"><h2>{{ .Key }}</h2>{{ partial "paper-table.html" .Pages }}</section>
            {{ end }}
            {{ end }}
            """),
        ("layouts/_default/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}
            """),
        ("layouts/_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """),
        ("static/assets/site.css", "body { font-family: system-ui, sans-serif; max-width: 60rem; margin: auto; }\n"),
    ];
}
