using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bibliography.Text;
using Bibliography.Content;
using Bibliography.Model;

namespace Bibliography.Pages;

// What a paper page tells machines: Google Scholar's citation_* tags and schema.org JSON-LD.
public sealed partial class PagePlanner
{
    static readonly JsonSerializerOptions ScriptJson = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    IEnumerable<MetaView> PaperMeta(Lang lang, Paper p, string path)
    {
        yield return new MetaView("name", "citation_title", p.Facts.Title);
        foreach (var a in p.Facts.Authors.Where(a => a != "others")) yield return new MetaView("name", "citation_author", a);
        if (p.Facts.Year is { } y) yield return new MetaView("name", "citation_publication_date", y.ToString(CultureInfo.InvariantCulture));
        if (p.Facts.Venue is not null) yield return new MetaView("name", "citation_conference_title", p.Facts.Venue);
        if (p.Facts.Arxiv is not null) yield return new MetaView("name", "citation_arxiv_id", p.Facts.Arxiv);
        if (p.Facts.Doi is not null) yield return new MetaView("name", "citation_doi", p.Facts.Doi);
        if ((p.Facts.ArxivPdfUrl ?? p.Facts.Pdf) is { } pdf) yield return new MetaView("name", "citation_pdf_url", pdf);
        yield return new MetaView("name", "citation_abstract_html_url", urls.Absolute(path));
    }

    /// <summary>schema.org ScholarlyArticle as JSON safe inside &lt;script&gt; (&lt;, &gt;, &amp; and quotes escaped).</summary>
    Html PaperJsonLd(Lang lang, Paper p, string path)
    {
        var o = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = p.Facts.Kind switch { PaperKind.BlogPost => "BlogPosting", PaperKind.Repository => "SoftwareSourceCode", _ => "ScholarlyArticle" },
            ["@id"] = urls.Absolute(path),
            ["url"] = urls.Absolute(path),
            ["headline"] = Trim(p.Facts.Title, 110),
            ["name"] = p.Facts.Title,
        };
        if (p.Facts.TitleZh is not null) o["alternateName"] = p.Facts.TitleZh;
        if (p.Facts.Authors.Count > 0)
            o["author"] = new JsonArray(p.Facts.Authors.Where(a => a != "others").Select(a => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = a }).ToArray());
        if (p.Facts.Year is { } y) o["datePublished"] = y.ToString(CultureInfo.InvariantCulture);
        if (p.Facts.Venue is not null) o["isPartOf"] = new JsonObject { ["@type"] = "PublicationEvent", ["name"] = p.Facts.Venue };
        var same = new[] { p.Facts.ArxivAbsUrl, p.Facts.DoiUrl, p.Facts.Url }.Where(u => u is not null).Distinct().ToArray();
        if (same.Length > 0) o["sameAs"] = new JsonArray(same.Select(u => (JsonNode)JsonValue.Create(u)!).ToArray());
        if (p.Facts.Arxiv is not null) o["identifier"] = "arXiv:" + p.Facts.Arxiv;
        if (p.Facts.Tags.Count > 0) o["keywords"] = string.Join(", ", p.Facts.Tags.Where(bib.TagById.ContainsKey).Select(id => bib.TagById[id].Label[lang]));
        var (text, got, _) = p.Writing.Annotation.Text().Pick(lang);
        if (text is not null) { o["description"] = text; o["inLanguage"] = got.HtmlLang(); }
        return new Html(o.ToJsonString(ScriptJson));
    }

    static string Trim(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
