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
            <title>{{ if .IsHome }}{{ .Site.Title }}{{ else }}{{ .Title }} · {{ .Site.Title }}{{ end }}</title>
            <meta name="description" content="{{ with .Summary }}{{ . | plainify | truncate 200 }}{{ else }}{{ .Site.Title }}{{ end }}">
            <link rel="canonical" href="{{ .Permalink }}">
            {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
            {{ end }}<meta property="og:title" content="{{ .Title }}">
            <meta property="og:type" content="{{ if eq .Section "papers" }}article{{ else }}website{{ end }}">
            <meta property="og:url" content="{{ .Permalink }}">
            <meta property="og:site_name" content="{{ .Site.Title }}">
            <meta name="twitter:card" content="summary">
            <meta name="twitter:title" content="{{ .Title }}">
            <link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
            </head>
            <body class="{{ .Kind }}">
            <header class="site-header"><a class="site-title" href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
            <nav><ul>
            <li><a href="{{ .Site.Home.RelPermalink }}">{{ if eq .Site.Language.Lang "zh" }}首页{{ else }}Home{{ end }}</a></li>
            {{ with .Site.GetPage "/papers" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
            {{ with .Site.GetPage "/tags" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
            {{ with .Site.GetPage "/years" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
            </ul></nav>
            {{ range .Translations }}<a class="lang-switch" hreflang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a>{{ end }}
            </header>
            <main id="main">{{ block "main" . }}{{ end }}</main>
            <footer class="site-footer"><p>{{ .Site.Title }}</p></footer>
            </body>
            </html>
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
            <section class="listing"><h2>{{ .Params.ref }}</h2><p class="seed-line">{{ .Params.seed_line }}</p>
            {{ with .Params.notes }}<div class="notes" lang="zh-Hans">{{ range . }}<p>{{ . }}</p>{{ end }}</div>{{ end }}
            {{ with .Params.note_en }}<div class="notes-en" lang="en">{{ range split . "\n" }}<p>{{ . }}</p>{{ end }}</div>{{ end }}</section>
            <section class="annotation"><div class="prose">{{ .Content }}</div></section>
            {{ range .Translations }}<section class="annotation-other" lang="{{ .Language.Lang }}"><div class="prose">{{ .Content }}</div></section>{{ end }}
            <nav class="neighbours">{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
            </article>
            {{ end }}
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
