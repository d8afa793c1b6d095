using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Bibliography.Diagnostics;
using Bibliography.Rendering;
using Bibliography.Text;

namespace Bibliography.Tests.Print;

/// <summary>The PDFs the <c>pdf</c> command prints, read back with poppler-utils as a reader's PDF viewer would.</summary>
public class PdfTests(PdfBuild build) : IClassFixture<PdfBuild>
{
    static readonly Theme Theme = Rendering.Theme.Load(TestPaths.Theme, new DiagnosticBag())!;

    string AllText(string lang) => PdfTools.Squeeze(string.Concat(PdfTools.Pages(build.Pdf(lang))));

    [ChromiumFact]
    public void PdfCommandWritesBothPdfs()
    {
        Assert.Equal(0, build.ExitCode);
        foreach (var lang in new[] { "en", "zh" })
        {
            var bytes = File.ReadAllBytes(build.Pdf(lang));
            Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
            var pages = int.Parse(Regex.Match(PdfTools.Info(build.Pdf(lang)), @"Pages:\s+(\d+)").Groups[1].Value);
            Assert.True(pages > 20, $"{lang}: only {pages} pages for 101 papers");
        }
    }

    [ChromiumFact]
    public void EnglishPdfHoldsEveryPapersTitle()
    {
        var text = AllText("en");
        var missing = build.Site.Papers.Where(p => !text.Contains(PdfTools.Squeeze(p.Facts.Title))).Select(p => p.Id).ToList();
        Assert.True(missing.Count == 0, "titles missing from the English PDF: " + string.Join(", ", missing));
    }

    [ChromiumFact]
    public void ChinesePdfHoldsEveryPapersTitleAndTheSevenPartTitlesInChinese()
    {
        var text = AllText("zh");
        var missing = build.Site.Papers.Where(p => !text.Contains(PdfTools.Squeeze(p.Facts.LocalTitle(global::Bibliography.Text.Lang.Zh))) || !text.Contains(PdfTools.Squeeze(p.Facts.Title)))
            .Select(p => p.Id).ToList();
        Assert.True(missing.Count == 0, "titles missing from the Chinese PDF: " + string.Join(", ", missing));
        Assert.Equal(7, build.Site.Parts.Count);
        foreach (var part in build.Site.Parts)
            Assert.Contains(PdfTools.Squeeze(part.Title.Zh), text);
    }

    /// <summary>
    /// pdffonts names a CJK font embedded in the Chinese PDF. The print stylesheet puts WenQuanYi Micro Hei (TrueType
    /// outlines) before Noto CJK, because Chromium embeds CFF-outline fonts such as Noto CJK only as unnamed Type 3 glyphs.
    /// </summary>
    [ChromiumFact]
    public void ChinesePdfEmbedsANamedCjkFont()
    {
        var fonts = PdfTools.Fonts(build.Pdf("zh")).Split('\n')
            .Select(line => Regex.Match(line, @"^(\S+)\s.*\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$"))
            .Where(m => m.Success).Select(m => (Name: m.Groups[1].Value, Embedded: m.Groups[2].Value == "yes")).ToList();
        Assert.Contains(fonts, f => f.Embedded && Regex.IsMatch(f.Name, "WenQuanYi|NotoSansCJK|NotoSerifCJK|SourceHan|Droid", RegexOptions.IgnoreCase));
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
    }

    [ChromiumFact]
    public void PdfsCarryTheSiteTitleAndTheirLanguage()
    {
        foreach (var (lang, htmlLang) in new[] { (global::Bibliography.Text.Lang.En, "en"), (global::Bibliography.Text.Lang.Zh, "zh-Hans") })
        {
            var pdf = build.Pdf(lang == global::Bibliography.Text.Lang.En ? "en" : "zh");
            Assert.Matches(@"Title:\s+" + Regex.Escape(build.Site.Title(lang)) + @"\s*\n", PdfTools.Info(pdf));
            var catalog = Regex.Match(Encoding.Latin1.GetString(File.ReadAllBytes(pdf)), @"/Type /Catalog(.*?)endobj", RegexOptions.Singleline).Groups[1].Value;
            Assert.Contains($"/Lang ({htmlLang})", catalog);
        }
    }

    [ChromiumFact]
    public void NoPageShowsNavigationOrButtonLabels()
    {
        string[] keys = ["skip_to_content", "mark_read", "copy", "nav_papers", "nav_years", "download_pdf", "print_single", "print_back_home", "print_hint"];
        foreach (var lang in new[] { "en", "zh" })
        {
            var labels = keys.Select(k => Theme.Strings[lang][k]).ToList();
            var pages = PdfTools.Pages(build.Pdf(lang));
            for (var i = 0; i < pages.Count; i++)
                foreach (var label in labels)
                    Assert.False(pages[i].Contains(label, StringComparison.Ordinal), $"{lang} PDF, page {i + 1}, shows “{label}”");
        }
    }

    [ChromiumFact]
    public void HomePageAndPrintEditionLinkToTheDownloadablePdf()
    {
        foreach (var (lang, page) in new[] { ("en", "en/index.html"), ("zh", "zh/index.html"), ("en", "en/print/index.html"), ("zh", "zh/print/both/index.html") })
        {
            var doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(build.Output, page)));
            var targets = doc.QuerySelectorAll("a[href]").Select(a => (Text: a.TextContent.Trim(), Target: Checks.SiteChecker.Resolve(page, a.GetAttribute("href")!).Target)).ToList();
            Assert.Contains((Theme.Strings[lang]["download_pdf"], $"pdf/bibliography.{lang}.pdf"), targets);
        }
    }

    /// <summary>
    /// A PDF viewer's sidebar lists the edition's title, the contents, every part and every entry, each opening its page
    /// in reading order, each worded exactly as its heading: Chromium drops the space where a long heading wraps
    /// ("OpenAI andGoogle") and next to inline blocks ("1.1Improving"), and the printer puts them back.
    /// </summary>
    [ChromiumFact]
    public void PdfsHaveABookmarkForEachHeadingWordedAsTheHeadingInReadingOrder()
    {
        foreach (var (lang, code) in new[] { (global::Bibliography.Text.Lang.En, "en"), (global::Bibliography.Text.Lang.Zh, "zh") })
        {
            var outline = PdfTools.Outline(build.Pdf(code)).Select(b => (Title: b.Title.Replace('\u00A0', ' '), b.Page)).ToList();
            var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(build.Output, code, "print", "index.html")));
            var headings = html.QuerySelectorAll("h1, h2, h3").Select(h => Regex.Replace(h.TextContent.Replace('\u00A0', ' '), @"\s+", " ").Trim()).ToList();

            Assert.Equal(build.Site.Title(lang), outline[0].Title);
            Assert.Equal(Theme.Strings[code]["print_contents"], outline[1].Title);
            Assert.Equal(2 + build.Site.Parts.Count + html.QuerySelectorAll("article.print-entry").Length, outline.Count);
            Assert.Equal(headings, outline.Select(b => b.Title));
            Assert.Equal(outline.Select(b => b.Page).Order(), outline.Select(b => b.Page));
            Assert.Contains(outline, b => b.Title == string.Format(Theme.Strings[code]["part_heading"], 1, build.Site.Parts[0].Title[lang]));
        }
    }

    /// <summary>
    /// The printed contents give the page each part starts on (Chromium has no CSS target-counter: `pdf` reads the pages
    /// from a first printing and prints again): the numbers match the PDF's own bookmarks, and each page named opens
    /// with that part's heading.
    /// </summary>
    [ChromiumFact]
    public void PrintedContentsGiveThePageEachPartStartsOn()
    {
        foreach (var (lang, code) in new[] { (global::Bibliography.Text.Lang.En, "en"), (global::Bibliography.Text.Lang.Zh, "zh") })
        {
            var pdf = build.Pdf(code);
            var pages = PdfTools.Pages(pdf).ToList();
            var contents = pages.FindIndex(p => p.Contains(Theme.Strings[code]["print_contents"]));
            Assert.True(contents >= 0, $"{code}: no contents page");
            var numbers = pages[contents].Split('\n').Select(l => l.Trim()).Where(l => Regex.IsMatch(l, @"^\d+$")).Select(int.Parse).ToList();

            var headings = build.Site.Parts.Select(part => string.Format(Theme.Strings[code]["part_heading"], part.Number, part.Title[lang])).ToList();
            var bookmarks = PdfTools.Outline(pdf);
            var expected = headings.Select(h => bookmarks.First(b => PdfTools.Squeeze(b.Title).StartsWith(PdfTools.Squeeze(h))).Page).ToList();
            Assert.Equal(expected, numbers);
            for (var i = 0; i < headings.Count; i++)
                Assert.Contains(PdfTools.Squeeze(headings[i]), PdfTools.Squeeze(pages[numbers[i] - 1]));
        }
    }

    /// <summary>The web's print edition keeps its contents without numbers: they belong to the PDF's pages.</summary>
    [ChromiumFact]
    public void ThePrintPageOnTheSiteHasNoPageNumbers()
    {
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(build.Output, "en", "print", "index.html")));
        var spans = doc.QuerySelectorAll(".print-toc [data-page-of]");
        Assert.Equal(build.Site.Parts.Count, spans.Length);
        Assert.All(spans, s => Assert.Equal("", s.TextContent));
    }
}
