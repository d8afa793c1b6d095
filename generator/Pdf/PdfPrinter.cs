using System.Text;
using System.Text.Json;
using Bibliography.Diagnostics;
using Bibliography.Pages;
using Bibliography.Text;

namespace Bibliography.Pdf;

/// <summary>
/// Prints each language's print edition (<c>/L/print/</c>) to <c>pdf/bibliography.L.pdf</c> with one headless Chromium,
/// reading the rendered site from memory through <see cref="LoopbackSite"/>. The page's CSS lays out the book (CSS
/// paged media: page size, margins, running heads, page numbers); the printer fills in the page numbers of the contents
/// and the indexes, which CSS cannot (Chromium has no <c>target-counter()</c>): it lays the page out (a printing with
/// nothing painted), reads on which page each linked anchor lies (<see cref="PdfDestinations"/>), writes the numbers into
/// the page's <c>[data-page-of]</c> elements, checks that they moved nothing, and prints, all in the same tab. Every heading is made a link target first (hidden links), so Chromium writes a named
/// destination for each, and <see cref="PdfFinisher"/> makes the bookmarks from them, pins the dates and the identifier.
/// The PDFs join the site's files, so the checker sees them and the writer writes them with everything else, or not at all.
/// </summary>
public static class PdfPrinter
{
    static readonly TimeSpan LoadTimeout = TimeSpan.FromMinutes(2);

    public static IReadOnlyList<GeneratedFile> Print(IReadOnlyList<GeneratedFile> files, string chrome, string? contentDate, DiagnosticBag diagnostics) =>
        Print(new LoopbackSite(files), LangCodes.All, chrome, contentDate, diagnostics);

    /// <summary>Prints the editions of <paramref name="langs"/> from <paramref name="site"/> (which the caller disposes).</summary>
    public static IReadOnlyList<GeneratedFile> Print(LoopbackSite site, IReadOnlyList<Lang> langs, string chrome, string? contentDate, DiagnosticBag diagnostics)
    {
        using var browser = DevTools.Start(chrome, out var problem);
        if (browser is null)
        {
            diagnostics.Error(Codes.PdfFailed, $"{problem}; {ChromeLocator.InstallHint}", chrome);
            return [];
        }
        // Both editions at once, each in its own tab: much of a printing is waiting for the browser.
        var printed = langs.Select(lang => Task.Run(() => PrintEdition(browser, site.BaseUrl, lang, contentDate, diagnostics))).ToList();
        Task.WaitAll(printed);
        return langs.Zip(printed, (lang, task) => task.Result is { } pdf ? new GeneratedFile(PagePlanner.PdfPath(lang), pdf) : null)
            .OfType<GeneratedFile>().ToList();
    }

    static byte[]? PrintEdition(DevTools browser, string baseUrl, Lang lang, string? contentDate, DiagnosticBag diagnostics)
    {
        var file = SiteUrls.FileOf(SiteUrls.Print(lang));
        var url = baseUrl + SiteUrls.Print(lang);
        string? tab = null;
        var timings = new StageTimings();
        try
        {
            tab = browser.OpenTab();
            // Scripts below see the page as printed (print stylesheets, nothing hidden for print counted).
            browser.Call("Emulation.setEmulatedMedia", w => w.WriteString("media", "print"), tab);
            browser.Load(tab, url, LoadTimeout);
            browser.Evaluate(tab, "document.fonts.ready.then(() => true)");
            var headings = browser.Evaluate(tab, TargetHeadings).EnumerateArray()
                .Select(h => new PdfFinisher.Heading(h.GetProperty("level").GetInt32(), h.GetProperty("text").GetString() ?? "", h.GetProperty("id").GetString() ?? "")).ToList();
            timings.Lap($"{lang.Code()}: load");
            // The page numbers of the contents and the indexes: the pages are laid out (a printing with nothing painted,
            // the root hidden: the same layout at a fifth of the cost), the page of each destination read back and
            // written in; then laid out again to see that the numbers moved nothing (they take no more room than kept).
            var markers = browser.Evaluate(tab, "document.querySelectorAll('[data-page-of]').length").GetInt32();
            for (var pass = 1; markers > 0; pass++)
            {
                browser.Evaluate(tab, "document.documentElement.style.visibility = 'hidden'");
                var layout = browser.PrintToPdf(tab);
                browser.Evaluate(tab, "document.documentElement.style.visibility = ''");
                var pages = PdfDestinations.Read(layout);
                timings.Lap($"layout {pass}");
                if (pages is null)
                {
                    diagnostics.Warning(Codes.PdfPageNumbers, "could not read on which page each section starts from Chromium's PDF; the contents and the indexes have no page numbers", file);
                    break;
                }
                if (!browser.Evaluate(tab, $"({FillPageNumbers})({Json(pages)})").GetBoolean()) break; // laid out with the very numbers it has
                if (pass == 3)
                {
                    diagnostics.Warning(Codes.PdfPageNumbers, "the page numbers of the contents and the indexes still moved after three layouts; some may be wrong", file);
                    break;
                }
            }
            var pdf = browser.PrintToPdf(tab);
            timings.Lap("print");
            var finished = PdfFinisher.Finish(pdf, headings, contentDate, lang.HtmlLang(), out var problem, out var type3);
            if (finished is null) diagnostics.Error(Codes.PdfFailed, $"could not finish Chromium's PDF of {url}: {problem}", file);
            else if (type3 > 0)
                diagnostics.Warning(Codes.PdfType3Fonts, $"{PagePlanner.PdfPath(lang)} embeds {type3} font(s) only as Type 3 glyphs, which copy badly and make the file large: " +
                    "a face of the print stylesheet is missing (Charis SIL: apt-get install fonts-sil-charis; Noto Serif CJK SC TT: run tools/fonts/install.sh once)", file);
            timings.Lap("finish");
            timings.Print();
            return finished;
        }
        catch (DevToolsException e)
        {
            diagnostics.Error(Codes.PdfFailed, $"Chromium could not print {url}: {e.Message}", file);
            return null;
        }
        finally
        {
            if (tab is not null) browser.CloseTab(tab);
        }
    }

    /// <summary>
    /// Writes each anchor's page into every <c>[data-page-of=anchor]</c> element; in an element marked
    /// <c>data-page-list</c> (an index entry's places) a page already named is dropped with its separator. True when
    /// any number changed.
    /// </summary>
    const string FillPageNumbers = """
        (pages) => {
          let changed = false;
          for (const el of document.querySelectorAll('[data-page-of]')) {
            const page = pages[el.dataset.pageOf];
            const text = page === undefined ? '' : String(page);
            if (el.dataset.printed !== text) { changed = true; el.dataset.printed = text; }
            el.textContent = text;
            el.hidden = false;
          }
          for (const list of document.querySelectorAll('[data-page-list]')) {
            const seen = new Set();
            const kept = [];
            list.allPlaces ??= Array.from(list.querySelectorAll('[data-page-of]'));
            for (const el of list.allPlaces) {
              if (el.textContent === '' || seen.has(el.textContent)) continue;
              seen.add(el.textContent);
              kept.push(el);
            }
            list.replaceChildren(...kept.flatMap((el, i) => i === 0 ? [el] : [', ', el]));
          }
          return changed;
        }
        """;

    /// <summary>
    /// The printed headings in document order (level, text as a reader sees it, id), each made the target of a hidden
    /// link (and given an id where it has none), so that Chromium writes a named destination for it.
    /// </summary>
    const string TargetHeadings = """
        (() => {
          const links = document.createElement('div');
          links.hidden = true;
          links.setAttribute('aria-hidden', 'true');
          let n = 0;
          const headings = [];
          for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
            if (h.getClientRects().length === 0) continue;
            if (!h.id) h.id = 'pdf-heading-' + (++n);
            const a = document.createElement('a');
            a.href = '#' + h.id;
            links.append(a);
            headings.push({ level: Number(h.tagName[1]), text: h.textContent.replace(/\s+/g, ' ').trim(), id: h.id });
          }
          document.body.append(links);
          return headings;
        })()
        """;

    static string Json(IReadOnlyDictionary<string, int> pages)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var (name, page) in pages.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteNumber(name, page);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
