using System.Globalization;
using System.Text;
using System.Xml;
using Bibliography.Model;
using Bibliography.Pages;
using Bibliography.Text;
using Bibliography.Content;

namespace Bibliography.Output;

/// <summary>
/// The machine-readable files around the pages: an Atom feed per language, <c>sitemap.xml</c> with hreflang
/// alternates, and <c>robots.txt</c>. XML is written with XmlWriter, so every value is escaped for XML.
/// </summary>
public static class Feeds
{
    static readonly XmlWriterSettings Settings = new() { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false, NewLineChars = "\n" };

    /// <summary>
    /// Atom feed: the edition's changes (content/changes.yml), newest first, then the papers in reading order, each dated by
    /// the change that annotated it. Dates come from the changes and the content date (SOURCE_DATE_EPOCH), never the clock.
    /// </summary>
    public static GeneratedFile Atom(Model.Bibliography bib, SiteUrls urls, Lang lang, string? contentDate, Func<Lang, string, string> t)
    {
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var latestChange = bib.Changes.Count > 0 ? bib.Changes.Max(c => c.Date) : (DateOnly?)null;
        var fallback = (contentDate ?? (latestChange is { } lc ? lc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "2023-01-01")) + "T00:00:00Z";
        var updated = latestChange is { } l && string.CompareOrdinal(Day(l), fallback) > 0 ? Day(l) : fallback;
        var annotatedOn = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var c in bib.Changes)
            foreach (var id in c.Annotated) annotatedOn.TryAdd(id, c.Date);
        var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, Settings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            w.WriteStartElement("feed", ns);
            w.WriteAttributeString("xml", "lang", null, lang.HtmlLang());
            w.WriteElementString("title", ns, bib.Title(lang));
            if (bib.Site.Description[lang] is { } d) w.WriteElementString("subtitle", ns, d);
            w.WriteElementString("id", ns, urls.Absolute(SiteUrls.Home(lang)));
            w.WriteElementString("updated", ns, updated);
            Link(w, ns, "self", urls.Absolute(SiteUrls.Feed(lang)));
            Link(w, ns, "alternate", urls.Absolute(SiteUrls.Home(lang)));
            w.WriteStartElement("author", ns);
            w.WriteElementString("name", ns, bib.Site.Author ?? bib.Title(lang));
            w.WriteEndElement();
            foreach (var c in bib.Changes.Reverse())
            {
                var href = urls.Absolute(SiteUrls.Changes(lang)) + "#" + PagePlanner.ChangeAnchor(bib, c);
                var date = c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                w.WriteStartElement("entry", ns);
                w.WriteElementString("title", ns, string.Format(CultureInfo.InvariantCulture, t(lang, "change_feed_title"), date));
                w.WriteElementString("id", ns, href);
                Link(w, ns, "alternate", href);
                w.WriteElementString("updated", ns, Day(c.Date));
                var words = new List<string>();
                if ((c.Note[lang] ?? c.Note[lang.Other()]) is { } note) words.Add(note.TrimEnd('。', '.', ';', '；', ' '));
                var list = c.List;
                foreach (var (key, n) in new[] { ("change_added", list.Added.Count), ("change_removed", list.Removed.Count), ("change_moved", list.Moved.Count), ("change_retitled", list.Retitled.Count) })
                    if (n > 0) words.Add($"{t(lang, key)}: {n}");
                if (c.Annotated.Count > 0)
                    words.Add(string.Format(CultureInfo.InvariantCulture, t(lang, c.Annotated.Count == 1 ? "change_annotated_one" : "change_annotated"), c.Annotated.Count));
                w.WriteElementString("summary", ns, string.Join(lang == Lang.Zh ? "；" : "; ", words));
                w.WriteEndElement();
            }
            foreach (var p in bib.Papers)
            {
                w.WriteStartElement("entry", ns);
                w.WriteElementString("title", ns, p.Facts.LocalTitle(lang));
                w.WriteElementString("id", ns, urls.Absolute(SiteUrls.Paper(lang, p.Id)));
                Link(w, ns, "alternate", urls.Absolute(SiteUrls.Paper(lang, p.Id)));
                w.WriteElementString("updated", ns, annotatedOn.TryGetValue(p.Id, out var on) ? Day(on) : updated);
                foreach (var a in p.Facts.Authors.Where(a => a != "others").Take(3))
                {
                    w.WriteStartElement("author", ns);
                    w.WriteElementString("name", ns, a);
                    w.WriteEndElement();
                }
                foreach (var tag in p.Facts.Tags.Where(bib.TagById.ContainsKey))
                {
                    w.WriteStartElement("category", ns);
                    w.WriteAttributeString("term", tag);
                    w.WriteAttributeString("label", bib.TagById[tag].Label[lang]);
                    w.WriteEndElement();
                }
                var (text, _, _) = p.Writing.Annotation.Text().Pick(lang);
                if (text is not null) w.WriteElementString("summary", ns, text);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return new GeneratedFile(SiteUrls.Feed(lang), ms.ToArray());
    }

    static void Link(XmlWriter w, string ns, string rel, string href)
    {
        w.WriteStartElement("link", ns);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    /// <summary>Every page that exists in both languages, with its xhtml:link alternates; the chooser as x-default.</summary>
    public static GeneratedFile Sitemap(IEnumerable<string> pagePaths, SiteUrls urls)
    {
        var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, Settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            const string xhtml = "http://www.w3.org/1999/xhtml";
            w.WriteStartElement("urlset", ns);
            w.WriteAttributeString("xmlns", "xhtml", null, xhtml);
            foreach (var path in pagePaths)
            {
                w.WriteStartElement("url", ns);
                w.WriteElementString("loc", ns, urls.Absolute(path));
                var rest = path.StartsWith("zh/", StringComparison.Ordinal) || path.StartsWith("en/", StringComparison.Ordinal) ? path[3..] : null;
                if (rest is not null)
                    foreach (var lang in LangCodes.All)
                    {
                        w.WriteStartElement("xhtml", "link", xhtml);
                        w.WriteAttributeString("rel", "alternate");
                        w.WriteAttributeString("hreflang", lang.HtmlLang());
                        w.WriteAttributeString("href", urls.Absolute($"{lang.Code()}/{rest}"));
                        w.WriteEndElement();
                    }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return new GeneratedFile("sitemap.xml", ms.ToArray());
    }

    public static GeneratedFile Robots(SiteUrls urls) =>
        GeneratedFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("sitemap.xml")}\n");
}
