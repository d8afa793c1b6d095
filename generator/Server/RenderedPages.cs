using System.Collections.Concurrent;
using Bibliography.Diagnostics;
using Bibliography.Pages;
using Bibliography.Rendering;
using Bibliography.Text;

namespace Bibliography.Server;

/// <summary>A page as the preview serves it: its HTML (null when its template failed), whether it was rendered from
/// this version's plan or reused from an earlier one, and the template errors.</summary>
public sealed record ServedPage(byte[]? Html, bool Fresh, IReadOnlyList<Diagnostic> Errors);

/// <summary>
/// The preview's rendered pages, kept across versions of the site: a page is rendered again only when its
/// <see cref="PageFingerprint"/> or the theme changed, so an edit re-renders the pages it touches and no others.
/// </summary>
public sealed class RenderedPages
{
    sealed record Entry(Theme Theme, byte[] Fingerprint, byte[] Html);

    readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    sealed record ThemeRenderer(Theme Theme, TemplateRenderer Renderer);
    ThemeRenderer? renderer;

    /// <summary>
    /// The renderer for <paramref name="theme"/>: the same one while the theme is unchanged, so its template contexts and
    /// the member accessors of the view types, built by reflection on first use, carry over from version to version.
    /// </summary>
    public TemplateRenderer RendererFor(Theme theme)
    {
        var known = Volatile.Read(ref renderer);
        if (known is not null && ReferenceEquals(known.Theme, theme)) return known.Renderer;
        var made = new TemplateRenderer(theme);
        Volatile.Write(ref renderer, new ThemeRenderer(theme, made));
        return made;
    }

    public ServedPage Get(PlannedPage page, Theme theme, TemplateRenderer renderer)
    {
        var fingerprint = PageFingerprint.Of(page);
        if (entries.TryGetValue(page.File, out var entry) && ReferenceEquals(entry.Theme, theme) && entry.Fingerprint.AsSpan().SequenceEqual(fingerprint))
            return new ServedPage(entry.Html, Fresh: false, []);
        var diagnostics = new DiagnosticBag();
        var html = renderer.Render(page.Template, page.View, page.Layout, page.Layout.Page.Lang, diagnostics);
        if (html is null) return new ServedPage(null, Fresh: true, diagnostics.Sorted());
        var bytes = System.Text.Encoding.UTF8.GetBytes(html);
        entries[page.File] = new Entry(theme, fingerprint, bytes);
        return new ServedPage(bytes, Fresh: true, diagnostics.Sorted());
    }
}
