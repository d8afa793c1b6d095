using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>A page to render: where it goes, which template draws it, and the views the template sees.</summary>
public sealed record PlannedPage(string SitePath, string Template, Lang? Lang, object View, LayoutView Layout)
{
    public string File => SiteUrls.FileOf(SitePath);
}

/// <summary>A file that is not drawn by a template: data exports, feeds, the sitemap, assets.</summary>
public sealed record GeneratedFile(string Path, byte[] Content)
{
    public static GeneratedFile Text(string path, string text) => Text(path, text.AsSpan());

    public static GeneratedFile Text(string path, ReadOnlySpan<char> text)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(text)];
        System.Text.Encoding.UTF8.GetBytes(text, bytes);
        return new(path, bytes);
    }
}

/// <summary>What a build is asked to do, beyond the inputs: where it will be served and which date it shows.</summary>
public sealed record BuildSettings(string? BaseUrl, string? RepositoryUrl, string? ContentDate)
{
    public static BuildSettings Default { get; } = new(null, null, null);

    /// <summary>The Chromium that prints the print editions to PDF (<c>pdf/</c>), or null to build no PDFs.</summary>
    public string? PdfChrome { get; init; }

    /// <summary>How many threads a stage may use (<c>--parallel N</c>); null for one per core. Output never depends on it.</summary>
    public int? Parallelism { get; init; }

    /// <summary><see cref="Parallelism"/> as the options <see cref="Parallel"/> takes.</summary>
    public ParallelOptions Parallel => new() { MaxDegreeOfParallelism = Parallelism ?? -1 };
}
