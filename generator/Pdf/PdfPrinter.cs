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
/// the page's <c>[data-page-of]</c> elements and prints, all in the same tab, then checks that the numbers moved nothing. Every
/// heading is made a link target first (hidden links), so Chromium writes a named destination for each, and
/// <see cref="PdfFinisher"/> makes the bookmarks from them, pins the dates and the identifier.
/// The PDFs join the site's files, so the checker sees them and the writer writes them with everything else, or not at all.
/// </summary>
public sealed class PdfPrinter : IDisposable
{
    static readonly TimeSpan LoadTimeout = TimeSpan.FromMinutes(2);
    readonly string chrome;
    readonly Task<(DevTools? Browser, string? Problem)> starting;

    /// <summary>Starts the browser now, in the background: it starts while the site is being built.</summary>
    public PdfPrinter(string chrome)
    {
        this.chrome = chrome;
        starting = Task.Run(() => (DevTools.Start(chrome, out var problem), problem));
    }

    /// <summary>Prints both editions from the build's files.</summary>
    public IReadOnlyList<GeneratedFile> Print(IReadOnlyList<GeneratedFile> files, string? contentDate, DiagnosticBag diagnostics)
    {
        using var site = new LoopbackSite(files);
        return Print(site, LangCodes.All, contentDate, diagnostics);
    }

    /// <summary>Prints the editions of <paramref name="langs"/> from <paramref name="site"/> (which the caller disposes).</summary>
    public IReadOnlyList<GeneratedFile> Print(LoopbackSite site, IReadOnlyList<Lang> langs, string? contentDate, DiagnosticBag diagnostics)
    {
        var (browser, problem) = starting.GetAwaiter().GetResult();
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

    public void Dispose() => starting.GetAwaiter().GetResult().Browser?.Dispose();

    static byte[]? PrintEdition(DevTools browser, string baseUrl, Lang lang, string? contentDate, DiagnosticBag diagnostics)
    {
        var file = SiteUrls.FileOf(SiteUrls.Print(lang));
        var url = baseUrl + SiteUrls.Print(lang);
        string? tab = null;
        var timings = new StageTimings();
        try
        {
            tab = browser.OpenTab();
            timings.Lap($"{lang.Code()}: tab");
            // Scripts below see the page as printed (print stylesheets, nothing hidden for print counted).
            browser.Call("Emulation.setEmulatedMedia", w => w.WriteString("media", "print"), tab);
            browser.Load(tab, url, LoadTimeout);
            timings.Lap("load");
            browser.Evaluate(tab, "document.fonts.ready.then(() => true)");
            timings.Lap("fonts");
            var headings = browser.Evaluate(tab, TargetHeadings).EnumerateArray()
                .Select(h => new PdfFinisher.Heading(h.GetProperty("level").GetInt32(), h.GetProperty("text").GetString() ?? "", h.GetProperty("id").GetString() ?? "")).ToList();
            timings.Lap("headings");
            // The page numbers of the contents and the indexes: the book is laid out (a printing with nothing painted,
            // the root hidden: the same layout at a fifth of the cost), the page of each destination read back and
            // written in, and printed; the printing's own destinations show that the numbers moved nothing (they take
            // no more room than the page keeps for them), else they are written again and it is printed again.
            var markers = browser.Evaluate(tab, "document.querySelectorAll('[data-page-of]').length").GetInt32();
            IReadOnlyDictionary<string, int>? pages = null;
            if (markers > 0)
            {
                browser.Evaluate(tab, "document.documentElement.style.visibility = 'hidden'");
                var layout = browser.PrintToPdf(tab);
                browser.Evaluate(tab, "document.documentElement.style.visibility = ''");
                pages = PdfDestinations.Read(layout);
                if (pages is null)
                    diagnostics.Warning(Codes.PdfPageNumbers, "could not read on which page each section starts from Chromium's PDF; the contents and the indexes have no page numbers", file);
                else browser.Evaluate(tab, $"({FillPageNumbers})({Json(pages)})");
                timings.Lap("layout");
            }
            var pdf = browser.PrintToPdf(tab);
            timings.Lap("print");
            for (var pass = 2; pages is not null && PdfDestinations.Read(pdf) is { } printed && !Same(pages, printed); pass++)
            {
                if (pass == 3)
                {
                    diagnostics.Warning(Codes.PdfPageNumbers, "the page numbers of the contents and the indexes still moved after three printings; some may be wrong", file);
                    break;
                }
                browser.Evaluate(tab, $"({FillPageNumbers})({Json(printed)})");
                pages = printed;
                pdf = browser.PrintToPdf(tab);
                timings.Lap($"print {pass}");
            }
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

    static bool Same(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var page) && page == kv.Value);

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
