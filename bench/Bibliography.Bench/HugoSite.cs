using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Content;
using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Bench;

/// <summary>
/// Converts a bibliography into an equivalent Hugo multilingual site, for the benchmark: per language the home page,
/// part pages, paper pages (the fragment's own Markdown), the all-papers list, tag pages, the year page, the two print
/// editions and the search index, drawn by templates that carry what the default theme's pages carry (head meta and
/// structured data, header search, sidebar with the open part's items, breadcrumbs, table of contents, the other
/// language, citations, previous/next; the synthetic corpus has no relations, so neither side draws related papers). Not twinned: the map, the changes and translations pages.
/// </summary>
public static partial class HugoSite
{
    public static void Write(Model.Bibliography bib, string contentDir, string outDir)
    {
        if (Directory.Exists(outDir)) Directory.Delete(outDir, true);
        var content = Path.Combine(outDir, "content");
        Directory.CreateDirectory(Path.Combine(content, "papers"));
        Directory.CreateDirectory(Path.Combine(content, "parts"));
        foreach (var (path, text) in HugoTemplates.Files) Save(Path.Combine(outDir, path), text);
        Save(Path.Combine(outDir, "config.yaml"), Config(bib));

        foreach (var lang in LangCodes.All)
        {
            var l = lang.Code();
            var preface = lang == Lang.En && bib.Site.PrefaceEnMarkdown is { } en ? en : string.Join("\n\n", bib.PrefaceZhLines.Where(s => s.Length > 0));
            Save(Path.Combine(content, $"_index.{l}.md"), FrontMatter(("title", bib.Title(lang))) + preface + "\n");
            Save(Path.Combine(content, "papers", $"_index.{l}.md"), FrontMatter(("title", lang == Lang.Zh ? "全部论文" : "All papers")));
            Save(Path.Combine(content, $"years.{l}.md"), FrontMatter(("title", lang == Lang.Zh ? "年表" : "Timeline"), ("layout", "years"), ("url", $"/{l}/years/")));
            Save(Path.Combine(content, $"print.{l}.md"), FrontMatter(("title", lang == Lang.Zh ? "打印版" : "Print edition"), ("layout", "print"), ("url", $"/{l}/print/")));
            Save(Path.Combine(content, $"print-both.{l}.md"), FrontMatter(("title", lang == Lang.Zh ? "打印版（双语）" : "Print edition (both languages)"), ("layout", "print"),
                ("edition", "both"), ("url", $"/{l}/print/both/")));
            foreach (var part in bib.Parts)
                Save(Path.Combine(content, "parts", $"{part.Number}.{l}.md"),
                    FrontMatter(("title", part.Title[lang]), ("weight", part.Number), ("part", part.Number)));
            foreach (var tag in bib.Tags)
                Save(Path.Combine(content, "tags", tag.Id, $"_index.{l}.md"), FrontMatter(("title", tag.Label[lang])));
        }

        var paperDir = Path.Combine(contentDir, "papers");
        var position = bib.Papers.GroupBy(p => p.FirstListing!.Part)
            .SelectMany(g => g.OrderBy(p => p.FirstListing!.Number).Select((p, i) => (p.Id, i)))
            .ToDictionary(x => x.Id, x => x.i);
        foreach (var p in bib.Papers)
        {
            var file = Path.Combine(paperDir, p.Id + ".md");
            var body = File.Exists(file) ? File.ReadAllText(file) : "";
            foreach (var lang in LangCodes.All)
            {
                var listing = p.FirstListing!; // the synthetic corpus lists every paper
                var fm = FrontMatter(
                    ("title", p.Facts.LocalTitle(lang)), ("original_title", p.Facts.Title), ("authors", p.Facts.Authors), ("year", p.Facts.Year), ("arxiv", p.Facts.Arxiv),
                    ("tags", p.Facts.Tags), ("parts", p.Listings.Select(x => x.Part).Distinct().ToList()), ("part", listing.Part),
                    ("weight", listing.Part * 100000 + listing.Number), ("pos", position[p.Id]), ("ref", string.Join(", ", p.Listings.Select(x => x.Ref))),
                    ("seed_line", listing.SeedLine), ("notes", listing.NoteLines.Where(s => s.Length > 0).ToList()), ("note_en", listing.NoteEn));
                Save(Path.Combine(content, "papers", $"{p.Id}.{lang.Code()}.md"), fm + Container(body, lang.Code()) + "\n");
            }
        }
    }

    /// <summary>The Markdown inside a fragment's <c>::: en</c> or <c>::: zh</c> container.</summary>
    static string Container(string fragment, string lang)
    {
        var m = Regex.Match(fragment.Replace("\r\n", "\n"), $@"^:::\s*{lang}\s*\n(?<body>.*?)^:::\s*$", RegexOptions.Multiline | RegexOptions.Singleline);
        return m.Success ? m.Groups["body"].Value.Trim() : "";
    }

    static string Config(Model.Bibliography bib) => $"""
        baseURL: /
        relativeURLs: true
        defaultContentLanguage: zh
        defaultContentLanguageInSubdir: true
        disableKinds: [robotsTXT]
        enableRobotsTXT: false
        taxonomies:
          tag: tags
        outputs:
          home: [HTML, RSS, JSON]
          section: [HTML]
          taxonomy: [HTML]
          term: [HTML]
          page: [HTML]
        markup:
          goldmark:
            renderer:
              unsafe: false
            parser:
              autoHeadingID: true
        languages:
          zh:
            languageCode: zh-Hans
            languageName: 中文
            weight: 1
            title: {Json(bib.Title(Lang.Zh))}
          en:
            languageCode: en
            languageName: English
            weight: 2
            title: {Json(bib.Title(Lang.En))}

        """;

    static string FrontMatter(params (string Key, object? Value)[] fields)
    {
        var sb = new StringBuilder("---\n");
        foreach (var (key, value) in fields)
        {
            switch (value)
            {
                case null: continue;
                case string s: sb.Append(key).Append(": ").Append(Json(s)).Append('\n'); break;
                case int i: sb.Append(key).Append(": ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n'); break;
                case IEnumerable<string> list: sb.Append(key).Append(": [").Append(string.Join(", ", list.Select(Json))).Append("]\n"); break;
                case IEnumerable<int> ints: sb.Append(key).Append(": [").Append(string.Join(", ", ints.Select(i => i.ToString(CultureInfo.InvariantCulture)))).Append("]\n"); break;
            }
        }
        return sb.Append("---\n\n").ToString();
    }

    static string Json(string s) => System.Text.Json.JsonSerializer.Serialize(s, JsonStrings.Default.String);

    static void Save(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}

/// <summary>JSON string literals for Hugo's front matter without reflection (the generator is also published ahead of time).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
sealed partial class JsonStrings : System.Text.Json.Serialization.JsonSerializerContext;
