using System.Diagnostics;
using Bibliography.Diagnostics;
using Bibliography.Model;
using Bibliography.Pages;
using Bibliography.Text;

namespace Bibliography.Pdf;

/// <summary>
/// Prints each language's print edition (<c>/L/print/</c>) to <c>pdf/bibliography.L.pdf</c> with headless Chromium,
/// reading the rendered site from memory through <see cref="LoopbackSite"/>. The PDFs join the site's files, so the
/// checker sees them and the writer writes them with everything else, or not at all.
/// </summary>
public static partial class PdfPrinter
{
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static IReadOnlyList<GeneratedFile> Print(IReadOnlyList<GeneratedFile> files, string chrome, string? contentDate, DiagnosticBag diagnostics)
    {
        using var site = new LoopbackSite(files);
        var work = Path.Combine(Path.GetTempPath(), $"bibliography-pdf-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            // The two languages print at once: each Chromium spends much of its time starting up and waiting.
            var results = LangCodes.All.AsParallel().AsOrdered().WithDegreeOfParallelism(2)
                .Select(lang => PrintNumbered(site, chrome, lang, Path.Combine(work, lang.Code()), diagnostics) is { } pdf
                    ? new GeneratedFile(PagePlanner.PdfPath(lang), PdfDates.Pin(Retitled(pdf, site, lang), contentDate))
                    : null)
                .ToList();
            return results.OfType<GeneratedFile>().ToList();
        }
        finally
        {
            try { Directory.Delete(work, true); } catch (IOException) { /* a leftover temp folder is harmless */ }
        }
    }

    /// <summary>
    /// Prints a language's edition, then fills its contents' page numbers and prints it again. Chromium has no CSS
    /// <c>target-counter()</c>, so the page of each part is read from the first PDF (<see cref="PdfPages"/>) and written
    /// into every <c>&lt;span data-page-of="ID"&gt;&lt;/span&gt;</c> of the page. Numbers take no more lines than the empty
    /// spans, so the second PDF has the same pages; if they moved anyway, it goes round once more.
    /// </summary>
    static byte[]? PrintNumbered(LoopbackSite site, string chrome, Lang lang, string dir, DiagnosticBag diagnostics)
    {
        var file = SiteUrls.FileOf(SiteUrls.Print(lang));
        var html = System.Text.Encoding.UTF8.GetString(site[file]);
        var hasMarkers = PageMarker().IsMatch(html);
        string? printedWith = null;
        for (var pass = 1; ; pass++)
        {
            var pdf = PrintOne(chrome, site.BaseUrl + SiteUrls.Print(lang), Path.Combine(dir, "pass" + pass), diagnostics);
            if (pdf is null || !hasMarkers) return pdf;
            if (PdfPages.Destinations(pdf) is not { } pages)
            {
                diagnostics.Warning(Codes.PdfPageNumbers, "could not read on which page each part starts from Chromium's PDF; the PDF's contents have no page numbers", file);
                return pdf;
            }
            var numbered = PageMarker().Replace(html, m => pages.TryGetValue(m.Groups[1].Value, out var page)
                ? $"{m.Groups[0].Value[..^"</span>".Length]}{page.ToString(System.Globalization.CultureInfo.InvariantCulture)}</span>"
                : m.Value);
            if (numbered == printedWith) return pdf; // printed with the very numbers it has
            if (pass == 3)
            {
                diagnostics.Warning(Codes.PdfPageNumbers, "the contents' page numbers still moved after three printings; the PDF may show some wrong page numbers", file);
                return pdf;
            }
            site[file] = System.Text.Encoding.UTF8.GetBytes(numbered);
            printedWith = numbered;
        }
    }

    /// <summary>The PDF with its bookmarks worded exactly as the print edition's headings (see <see cref="PdfOutline"/>).</summary>
    static byte[] Retitled(byte[] pdf, LoopbackSite site, Lang lang) =>
        PdfOutline.Retitle(pdf, PdfOutline.Headings(System.Text.Encoding.UTF8.GetString(site[SiteUrls.FileOf(SiteUrls.Print(lang))])));

    [System.Text.RegularExpressions.GeneratedRegex(@"<span\b[^>]*\bdata-page-of=""([^""]+)""[^>]*></span>")]
    private static partial System.Text.RegularExpressions.Regex PageMarker();

    static byte[]? PrintOne(string chrome, string url, string dir, DiagnosticBag diagnostics)
    {
        Directory.CreateDirectory(dir);
        var output = Path.Combine(dir, "out.pdf");
        var start = new ProcessStartInfo(chrome)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            // This machine's network is closed: no background traffic, no component updates, no sync.
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            $"--user-data-dir={Path.Combine(dir, "profile")}", "--no-pdf-header-footer",
            // Bookmarks from the headings: the title, the contents, each part and each entry, for a PDF viewer's sidebar.
            "--generate-pdf-document-outline",
            $"--print-to-pdf={output}", url,
        }) start.ArgumentList.Add(arg);

        var log = new System.Text.StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            diagnostics.Error(Codes.PdfFailed, $"could not start {chrome}: {e.Message}; {ChromeLocator.InstallHint}", chrome);
            return null;
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            diagnostics.Error(Codes.PdfFailed, $"Chromium did not finish printing {url} within {Timeout.TotalSeconds:0} s", chrome);
            return null;
        }
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(output) || new FileInfo(output).Length == 0)
        {
            string tail;
            lock (log) tail = string.Join(" | ", log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(3).Select(s => s.Trim()));
            diagnostics.Error(Codes.PdfFailed, $"Chromium could not print {url} (exit code {process.ExitCode}): {tail}", chrome);
            return null;
        }
        return File.ReadAllBytes(output);
    }
}
