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
    static readonly (Lang Lang, string Code)[] Editions = [(Lang.En, "en"), (Lang.Zh, "zh")];

    string AllText(string lang) => PdfTools.Squeeze(string.Concat(PdfTools.Pages(build.Pdf(lang))));

    [ChromiumFact]
    public void PdfCommandWritesBothPdfs()
    {
        Assert.Equal(0, build.ExitCode);
        foreach (var (_, code) in Editions)
        {
            var bytes = File.ReadAllBytes(build.Pdf(code));
            Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
            var pages = PdfTools.PageCount(build.Pdf(code));
            Assert.True(pages > 20, $"{code}: only {pages} pages for 101 papers");
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
        var missing = build.Site.Papers.Where(p => !text.Contains(PdfTools.Squeeze(p.Facts.LocalTitle(Lang.Zh))) || !text.Contains(PdfTools.Squeeze(p.Facts.Title)))
            .Select(p => p.Id).ToList();
        Assert.True(missing.Count == 0, "titles missing from the Chinese PDF: " + string.Join(", ", missing));
        Assert.Equal(7, build.Site.Parts.Count);
        foreach (var part in build.Site.Parts)
            Assert.Contains(PdfTools.Squeeze(part.Title.Zh), text);
    }

    /// <summary>
    /// Every font is embedded as a real font, none as Type 3 glyphs (Chromium's way with CFF outlines such as Noto
    /// CJK's), and the Chinese text is set in a named Chinese serif (Noto Serif CJK SC, converted to TrueType).
    /// </summary>
    [ChromiumFact]
    public void PdfsEmbedRealNamedFontsAndNoType3Font()
    {
        foreach (var (_, code) in Editions)
        {
            var fonts = PdfTools.FontTable(build.Pdf(code));
            Assert.NotEmpty(fonts);
            Assert.All(fonts, f => Assert.True(f.Embedded, $"{code}: {f.Name} is not embedded"));
            Assert.DoesNotContain(fonts, f => f.Type == "Type 3");
        }
        Assert.Contains(PdfTools.FontTable(build.Pdf("zh")), f => Regex.IsMatch(f.Name, @"\+NotoSerifCJK", RegexOptions.IgnoreCase));
        Assert.Contains(PdfTools.FontTable(build.Pdf("en")), f => f.Name.Contains("+CharisSIL", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void APapersKindIsPrintedAfterItsTitleNotOverIt()
    {
        // The heading hangs its number in the margin; the kind's badge once took that indent too and drew its word back
        // over the end of the title. Measured in the English edition, whose words pdftotext boxes one by one.
        var kinds = build.Site.Papers.Where(p => p.Facts.Kind != Bibliography.Content.PaperKind.Paper).ToList();
        Assert.NotEmpty(kinds);
        var pages = PdfTools.Words(build.Pdf("en"));
        foreach (var paper in kinds)
        {
            var last = paper.Facts.LocalTitle(Lang.En).Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            var badge = Theme.Strings["en"]["kind_" + Bibliography.Content.PaperKinds.Name(paper.Facts.Kind)].Split(' ')[0];
            // The badge's word beside the title's last word: on the same line, within a few ems of it.
            var pairs = pages.SelectMany(p => p.Words.Where(w => w.Text == badge).SelectMany(b => p.Words
                    .Where(t => t.Text == last && Math.Min(b.YMax, t.YMax) - Math.Max(b.YMin, t.YMin) > (b.YMax - b.YMin) / 2 && Math.Abs(b.XMin - t.XMax) < 40)
                    .Select(t => (Badge: b, Title: t))))
                .ToList();
            Assert.True(pairs.Count > 0, $"{paper.Id}: no `{badge}` beside `{last}`");
            Assert.All(pairs, x => Assert.True(x.Badge.XMin >= x.Title.XMax - 0.5, $"{paper.Id}: `{badge}` starts at {x.Badge.XMin:0.0} pt, inside `{last}` (ends at {x.Title.XMax:0.0} pt)"));
        }
    }

    [ChromiumFact]
    public void ChinesePdfIsAtMostTwoAndAHalfMegabytes()
    {
        var size = new FileInfo(build.Pdf("zh")).Length;
        Assert.True(size <= 2_500_000, $"the Chinese PDF has {size} bytes");
    }

    [ChromiumFact]
    public void PdfsCarryTheSiteTitleAndTheirLanguage()
    {
        foreach (var (lang, code) in Editions)
        {
            var pdf = build.Pdf(code);
            Assert.Matches(@"Title:\s+" + Regex.Escape(build.Site.Title(lang)) + @"\s*\n", PdfTools.Info(pdf));
            var catalog = Regex.Match(Encoding.Latin1.GetString(File.ReadAllBytes(pdf)), @"/Type\s*/Catalog(.*?)>>\s*endobj", RegexOptions.Singleline).Groups[1].Value;
            Assert.Matches($@"/Lang\s*\({Regex.Escape(lang.HtmlLang())}\)", catalog);
        }
    }

    /// <summary>
    /// The title page names the list it comes from and its curator (content/site.yml, the seed), the edition's date
    /// (SOURCE_DATE_EPOCH) and where the site is; it states no licence, because the repository states none.
    /// </summary>
    [ChromiumFact]
    public void TitlePageGivesTheSourceItsCuratorTheEditionDateAndTheSiteAddress()
    {
        foreach (var (lang, code) in Editions)
        {
            var first = PdfTools.Squeeze(PdfTools.Pages(build.Pdf(code))[0]);
            Assert.Contains(PdfTools.Squeeze(build.Site.Title(lang)), first);
            Assert.Contains(PdfTools.Squeeze(build.Site.SeedTitle), first);
            Assert.Contains(build.Site.Site.Author!, first);
            Assert.Contains("2026-01-01", first);
            Assert.Contains($"example.org/bibliography/{code}", first);
            Assert.Null(build.Site.Site.Licence);
            Assert.DoesNotContain(PdfTools.Squeeze(Theme.Strings[code]["print_licence"].Split("{0}")[0]), first);
        }
    }

    [ChromiumFact]
    public void NoPageShowsNavigationOrButtonLabels()
    {
        string[] keys = ["skip_to_content", "mark_read", "copy", "nav_papers", "nav_years", "print_download_pdf", "print_single", "print_back_home", "print_hint"];
        foreach (var (_, code) in Editions)
        {
            var labels = keys.Select(k => Theme.Strings[code][k]).ToList();
            var pages = PdfTools.Pages(build.Pdf(code));
            for (var i = 0; i < pages.Count; i++)
                foreach (var label in labels)
                    Assert.False(pages[i].Contains(label, StringComparison.Ordinal), $"{code} PDF, page {i + 1}, shows “{label}”");
        }
    }

    [ChromiumFact]
    public void HomePageAndPrintEditionLinkToTheDownloadablePdf()
    {
        foreach (var (lang, page, key) in new[] { ("en", "en/index.html", "download_pdf"), ("zh", "zh/index.html", "download_pdf"),
                     ("en", "en/print/index.html", "print_download_pdf"), ("zh", "zh/print/both/index.html", "print_download_pdf") })
        {
            var doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(build.Output, page)));
            var targets = doc.QuerySelectorAll("a[href]").Select(a => (Text: a.TextContent.Trim(), Target: Checks.SiteChecker.Resolve(page, a.GetAttribute("href")!).Target)).ToList();
            Assert.Contains((Theme.Strings[lang][key], $"pdf/bibliography.{lang}.pdf"), targets);
        }
    }

    /// <summary>
    /// A PDF viewer's sidebar lists the edition's title, the contents, every part and every entry, the indexes and the
    /// colophon, each opening its page in reading order, each worded exactly as its heading: Chromium drops the space
    /// where a long heading wraps ("OpenAI andGoogle") and next to inline blocks ("1.1Improving"); the printer puts them back.
    /// </summary>
    [ChromiumFact]
    public void PdfsHaveABookmarkForEachHeadingWordedAsTheHeadingInReadingOrder()
    {
        foreach (var (lang, code) in Editions)
        {
            var outline = PdfTools.Outline(build.Pdf(code)).Select(b => (Title: b.Title.Replace('\u00A0', ' '), b.Page)).ToList();
            var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(build.Output, code, "print", "index.html")));
            var headings = html.QuerySelectorAll("main h1, main h2, main h3").Select(h => Regex.Replace(h.TextContent.Replace('\u00A0', ' '), @"\s+", " ").Trim()).ToList();

            Assert.Equal(build.Site.Title(lang), outline[0].Title);
            Assert.Equal(Theme.Strings[code]["print_contents"], outline[1].Title);
            Assert.Equal(headings, outline.Select(b => b.Title));
            Assert.Equal(outline.Select(b => b.Page).Order(), outline.Select(b => b.Page));
            Assert.Contains(outline, b => b.Title == string.Format(Theme.Strings[code]["part_heading"], lang.PartNumber(1), build.Site.Parts[0].Title[lang]));
            Assert.Contains(outline, b => b.Title == Theme.Strings[code]["print_index_authors"]);
        }
    }

    /// <summary>The printed contents give the page each part, each index and the colophon start on, and that page opens with its heading.</summary>
    [ChromiumFact]
    public void PrintedContentsGiveThePageEachSectionStartsOn()
    {
        foreach (var (lang, code) in Editions)
        {
            var pages = PdfTools.Pages(build.Pdf(code));
            var starts = Book.SectionStarts(build, code);
            var headings = build.Site.Parts.Select(part => string.Format(Theme.Strings[code]["part_heading"], lang.PartNumber(part.Number), part.Title[lang]))
                .Concat([Theme.Strings[code]["print_index_authors"], Theme.Strings[code]["print_index_tags"], Theme.Strings[code]["print_colophon"]]).ToList();
            Assert.Equal(headings.Count, starts.Count);
            for (var i = 0; i < headings.Count; i++)
            {
                var page = PdfTools.Squeeze(pages[starts[i].Page - 1]);
                Assert.Contains(PdfTools.Squeeze(headings[i]), page);
                if (i > 0) Assert.True(starts[i].Page > starts[i - 1].Page, $"{code}: {headings[i]} on page {starts[i].Page}");
            }
        }
    }

    /// <summary>
    /// Each body page carries a running head (top outer corner) naming the part, the additions or the index it belongs
    /// to; only a page where a part begins under its big heading may do without.
    /// </summary>
    [ChromiumFact]
    public void RunningHeadsNameThePartOnNearlyEveryBodyPage()
    {
        foreach (var (lang, code) in Editions)
        {
            var words = PdfTools.Words(build.Pdf(code));
            var sections = Book.BodySections(build, code, lang, Theme);
            int body = 0, headed = 0;
            var wrong = new List<string>();
            foreach (var s in sections)
                for (var page = s.First; page <= s.Last; page++)
                {
                    body++;
                    var (_, _, w) = words[page - 1];
                    var head = PdfTools.Squeeze(string.Concat(w.Where(x => x.YMax < 56).Select(x => x.Text))); // above the text area (20 mm)
                    var expected = PdfTools.Squeeze(s.Head).TrimEnd('…');
                    if (head.Length > 0 && expected.StartsWith(head.TrimEnd('…'), StringComparison.Ordinal) && head.Length >= Math.Min(12, expected.Length)) headed++;
                    else wrong.Add($"page {page}: “{head}” for {s.Head}");
                }
            Assert.True(body > 40, $"{code}: only {body} body pages");
            Assert.True(headed >= 0.9 * body, $"{code}: {headed} of {body} body pages carry their section's running head; " + string.Join("; ", wrong.Take(8)));
        }
    }

    /// <summary>
    /// Entries run on over page breaks instead of leaving a page half empty: every body page is at least half full, but
    /// the last page of each part (and of each index).
    /// </summary>
    [ChromiumFact]
    public void NoBodyPageIsLessThanHalfFullExceptTheLastPageOfAPart()
    {
        foreach (var (lang, code) in Editions)
        {
            var words = PdfTools.Words(build.Pdf(code));
            var under = new List<string>();
            foreach (var s in Book.BodySections(build, code, lang, Theme))
                for (var page = s.First; page < s.Last; page++)
                {
                    var (_, height, w) = words[page - 1];
                    const double top = 20 * 72 / 25.4, bottom = 24 * 72 / 25.4; // the page's margins (print.css)
                    var text = w.Where(x => x.YMin > top && x.YMax < height - bottom).ToList();
                    var fill = text.Count == 0 ? 0 : (text.Max(x => x.YMax) - top) / (height - top - bottom);
                    if (fill < 0.5) under.Add($"page {page} ({fill:P0})");
                }
            Assert.True(under.Count == 0, $"{code}: body pages less than half full: {string.Join(", ", under)}");
        }
    }

    /// <summary>
    /// Both indexes are printed with page numbers, and each number points to a page that holds that author (in an entry's
    /// byline) or that tag (in an entry's tag line).
    /// </summary>
    [ChromiumFact]
    public void IndexesOfAuthorsAndTagsGivePagesThatHoldThem()
    {
        foreach (var (lang, code) in Editions)
        {
            var pages = PdfTools.Pages(build.Pdf(code), bodyOnly: true).Select(PdfTools.Squeeze).ToList();
            var starts = Book.SectionStarts(build, code);
            var authorsAt = starts[^3].Page;
            var tagsAt = starts[^2].Page;
            var colophonAt = starts[^1].Page;
            var authorIndex = string.Concat(pages[(authorsAt - 1)..(tagsAt - 1)]);
            var tagIndex = string.Concat(pages[(tagsAt - 1)..(colophonAt - 1)]);

            var authors = build.Site.Papers.Where(p => p.IsListed).SelectMany(p => p.Facts.NamedAuthors).Distinct().ToList();
            var checkedAuthors = 0;
            foreach (var author in authors)
            {
                var name = global::Bibliography.Citations.PersonName.Parse(author);
                var term = PdfTools.Squeeze(name.IsOrganization ? name.Family : $"{name.Family}, {name.Given}");
                var numbers = PagesAfter(authorIndex, term);
                Assert.True(numbers.Count > 0, $"{code}: the index of authors has no pages for {author}");
                foreach (var n in numbers)
                    Assert.True(n >= 3 && n < authorsAt && pages[n - 1].Contains(PdfTools.Squeeze(author), StringComparison.Ordinal),
                        $"{code}: the index says {author} is on page {n}, which does not name them");
                checkedAuthors++;
            }
            Assert.True(checkedAuthors > 300, $"{code}: only {checkedAuthors} authors");

            var labels = build.Site.Tags.Select(t => PdfTools.Squeeze(t.Label[lang])).ToList();
            foreach (var tag in build.Site.Tags.Where(t => build.Site.Papers.Any(p => p.Facts.Tags.Contains(t.Id))))
            {
                var label = PdfTools.Squeeze(tag.Label[lang]);
                var numbers = PagesAfter(tagIndex, label + (lang == Lang.Zh && tag.Label.En != tag.Label.Zh ? PdfTools.Squeeze(tag.Label.En) : ""));
                Assert.True(numbers.Count > 0, $"{code}: the index of tags has no pages for {tag.Id}");
                foreach (var n in numbers)
                    Assert.True(TagLines(pages[n - 1], code, labels).Any(line => line.Contains(label)), $"{code}: the index says tag {tag.Id} is on page {n}, whose entries do not carry it");
            }
        }
    }

    /// <summary>
    /// Web addresses are printed short (host and path) and never broken inside a word: a line breaks in one only after
    /// a slash or before a dot. The PDF keeps the full address as the link's target.
    /// </summary>
    [ChromiumFact]
    public void AddressesArePrintedShortUnbrokenAndLinkToTheFullAddress()
    {
        foreach (var (_, code) in Editions)
        {
            var text = string.Join("\n", PdfTools.Pages(build.Pdf(code)));
            var uris = Book.LinkTargets(build.Pdf(code));
            var shown = build.Site.Papers.Where(p => p.IsListed)
                .SelectMany(p => new[] { p.Facts.Code, p.Facts.Arxiv is null && p.Facts.Doi is null ? p.Facts.Url ?? p.Facts.Pdf : null })
                .OfType<string>().Distinct().ToList();
            Assert.True(shown.Count > 20, $"only {shown.Count} addresses");
            foreach (var url in shown)
            {
                var shortUrl = global::Bibliography.Pages.PrintUrls.Short(url);
                var pattern = new StringBuilder();
                for (var i = 0; i < shortUrl.Length; i++)
                {
                    pattern.Append(Regex.Escape(shortUrl[i].ToString()));
                    if (shortUrl[i] == '/' || (i + 1 < shortUrl.Length && shortUrl[i + 1] == '.')) pattern.Append(@"\s*");
                }
                Assert.True(Regex.IsMatch(text, pattern.ToString()), $"{code}: {shortUrl} is not printed whole (or breaks inside a word)");
                Assert.Contains(url, uris);
            }
        }
    }

    /// <summary>Copied text comes out in reading order: an entry's number, then its title; a contents line, then its page.</summary>
    [ChromiumFact]
    public void TextCopiesInReadingOrder()
    {
        foreach (var (lang, code) in Editions)
        {
            var layout = PdfTools.LayoutPages(build.Pdf(code));
            var first = build.Site.Parts[0].Entries[0];
            var title = build.Site.PaperById[first.PaperId].Facts.LocalTitle(lang);
            Assert.Matches(Regex.Escape(first.Listing.Ref) + @"\s+" + Regex.Escape(title[..12]), string.Concat(layout));
            var raw = PdfTools.Pages(build.Pdf(code))[1];
            Assert.Matches(Regex.Escape(PdfTools.Squeeze(build.Site.Parts[0].Title[lang])) + @"\d+", PdfTools.Squeeze(raw));
        }
    }

    /// <summary>Pages 1–4, a spread from the middle and the first index page of each PDF, as pictures to look at (test-results/print/).</summary>
    [ChromiumFact]
    public void PagesAreRenderedForReview()
    {
        var folder = Path.Combine(TestPaths.Repo, "test-results", "print");
        Directory.CreateDirectory(folder);
        foreach (var (_, code) in Editions)
        {
            foreach (var old in Directory.GetFiles(folder, $"{code}-*.png")) File.Delete(old);
            var pdf = build.Pdf(code);
            var count = PdfTools.PageCount(pdf);
            var middle = count / 2 % 2 == 0 ? count / 2 : count / 2 + 1; // a left page and the right page beside it
            var index = Book.SectionStarts(build, code)[^3].Page;
            PdfTools.Render(pdf, 1, 4, folder, $"{code}-front");
            PdfTools.Render(pdf, middle, middle + 1, folder, $"{code}-spread");
            PdfTools.Render(pdf, index, index, folder, $"{code}-index");
            Assert.True(Directory.GetFiles(folder, $"{code}-*.png").Length >= 7);
        }
    }

    /// <summary>Two `pdf` runs of the same input with the same SOURCE_DATE_EPOCH give byte-identical PDFs.</summary>
    [ChromiumFact]
    public void PrintingTwiceGivesTheSameBytes()
    {
        var again = Path.Combine(TestPaths.TempDir(), "site");
        Assert.Equal(0, global::Bibliography.Cli.PdfCommand.Run(TestPaths.RealInputs, PdfBuild.Settings, again, null));
        foreach (var (_, code) in Editions)
            Assert.True(File.ReadAllBytes(build.Pdf(code)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, "pdf", $"bibliography.{code}.pdf"))), $"{code}: the two PDFs differ");
    }

    /// <summary>The web's print edition keeps its contents without page numbers: they belong to the PDF's pages.</summary>
    [ChromiumFact]
    public void ThePrintPageOnTheSiteHasNoPageNumbers()
    {
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(build.Output, "en", "print", "index.html")));
        var spans = doc.QuerySelectorAll(".print-toc [data-page-of]");
        Assert.Equal(build.Site.Parts.Count + 3, spans.Length);
        Assert.All(spans, s => Assert.Equal("", s.TextContent));
    }

    /// <summary>
    /// The tags of each entry on a squeezed page: what follows the "Tags" label (printed in capitals in English), split
    /// at the separator, as long as each piece is one of the site's tag <paramref name="labels"/>. The last tag runs
    /// straight into what follows it (the curator's line or note, or the annotation), so it is the label its piece starts with.
    /// </summary>
    static IEnumerable<IReadOnlyList<string>> TagLines(string page, string code, IReadOnlyList<string> labels)
    {
        var tags = PdfTools.Squeeze(Theme.Strings[code]["print_tags"]);
        var separator = Theme.Strings[code]["print_tag_separator"].Trim();
        foreach (Match m in Regex.Matches(page, Regex.Escape(tags), RegexOptions.IgnoreCase))
        {
            var line = new List<string>();
            foreach (var piece in page[(m.Index + m.Length)..].Split(separator))
            {
                if (labels.Contains(piece)) { line.Add(piece); continue; }
                if (labels.Where(l => piece.StartsWith(l, StringComparison.Ordinal)).MaxBy(l => l.Length) is { } last) line.Add(last);
                break;
            }
            yield return line;
        }
    }

    /// <summary>The page numbers printed right after <paramref name="term"/> in squeezed index text ("Abbeel,Pieter20,55,57").</summary>
    static List<int> PagesAfter(string index, string term)
    {
        var m = Regex.Match(index, Regex.Escape(term) + @"(\d+(?:,\d+)*)");
        return m.Success ? m.Groups[1].Value.Split(',').Select(int.Parse).ToList() : [];
    }
}
