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

    /// <summary>Atom feed of the papers in reading order. Dates come from the content date (SOURCE_DATE_EPOCH), never the clock.</summary>
    public static GeneratedFile Atom(Model.Bibliography bib, SiteUrls urls, Lang lang, string? contentDate, Func<Lang, string, string> t)
    {
        var updated = (contentDate ?? "2023-01-01") + "T00:00:00Z";
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
            foreach (var p in bib.Papers)
            {
                w.WriteStartElement("entry", ns);
                w.WriteElementString("title", ns, p.Facts.LocalTitle(lang));
                w.WriteElementString("id", ns, urls.Absolute(SiteUrls.Paper(lang, p.Id)));
                Link(w, ns, "alternate", urls.Absolute(SiteUrls.Paper(lang, p.Id)));
                w.WriteElementString("updated", ns, updated);
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
