using System.Security.Cryptography;
using Bibliography.Diagnostics;
using Bibliography.Pages;
using Bibliography.Pdf;
using Bibliography.Text;

namespace Bibliography.Server;

/// <summary>
/// The print editions' PDFs in the preview, so its "Download PDF" links work: a PDF is printed (as <c>pdf</c> prints it)
/// when first asked for and kept until what it is printed from changes: the print page, the theme's assets or the
/// running heads. One printing at a time; a second request for the same PDF waits for the first.
/// </summary>
public sealed class PreviewPdfs(string chrome, string? contentDate)
{
    readonly Lock gate = new();
    readonly Dictionary<Lang, (byte[] Key, byte[] Pdf)> printed = [];
    int printings;

    /// <summary>How many times a PDF was printed (not served from what was kept).</summary>
    public int Printings => Volatile.Read(ref printings);

    /// <summary>The language of a PDF's site path (<c>pdf/bibliography.en.pdf</c>), or null for any other file.</summary>
    public static Lang? LangOf(string file) => LangCodes.All.Cast<Lang?>().FirstOrDefault(l => PagePlanner.PdfPath(l!.Value) == file);

    /// <summary>The PDF of <paramref name="lang"/>'s edition of <paramref name="version"/>, or null with the reasons.</summary>
    public byte[]? Get(PreviewVersion version, Lang lang, out IReadOnlyList<Diagnostic> problems)
    {
        problems = [];
        byte[]? File(string path) => version.Page(path)?.Html ?? version.Asset(path) ?? version.DataFile(path);
        var page = File(SiteUrls.FileOf(SiteUrls.Print(lang)));
        if (page is null) return null;
        var key = Key(page, version, lang);
        lock (gate)
        {
            if (printed.TryGetValue(lang, out var kept) && kept.Key.AsSpan().SequenceEqual(key)) return kept.Pdf;
            var diagnostics = new DiagnosticBag();
            Interlocked.Increment(ref printings);
            using var site = new LoopbackSite(File);
            using var printer = new PdfPrinter(chrome);
            var pdf = printer.Print(site, [lang], contentDate, diagnostics).FirstOrDefault()?.Content;
            problems = diagnostics.Sorted();
            if (pdf is null || diagnostics.HasErrors) return null;
            printed[lang] = (key, pdf);
            return pdf;
        }
    }

    /// <summary>What the PDF is printed from: the print page, its running heads and every asset (stylesheets, fonts' names).</summary>
    static byte[] Key(byte[] page, PreviewVersion version, Lang lang)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(page);
        hash.AppendData(version.DataFile(SiteUrls.PrintHeads(lang)) ?? []);
        foreach (var asset in version.AssetPaths.Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(asset));
            hash.AppendData(version.Asset(asset) ?? []);
        }
        return hash.GetHashAndReset();
    }
}
