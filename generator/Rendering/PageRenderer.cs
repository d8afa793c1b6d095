using Bibliography.Diagnostics;
using Bibliography.Pages;
using Bibliography.Text;

namespace Bibliography.Rendering;

/// <summary>Renders every planned page through the theme, spread over the cores; output order is the plan's order.</summary>
public static class PageRenderer
{
    /// <summary>
    /// Plans (<paramref name="page"/>) and renders <paramref name="count"/> pages spread over the cores, handing each
    /// to <paramref name="emit"/> (index, file, HTML) as soon as it is drawn. The HTML is the rendering thread's own
    /// buffer, valid only during the call: each thread draws its next page into the same memory, so no page's text is
    /// kept, or even copied into a string, once it is checked and written.
    /// </summary>
    public static void Render(int count, Func<int, PlannedPage> page, Theme theme, DiagnosticBag diagnostics, ParallelOptions parallel, Action<int, string, ReadOnlySpan<char>> emit)
    {
        var renderer = new TemplateRenderer(theme);
        using var buffers = new ThreadLocal<PageBuffer>(() => new PageBuffer());
        Parallel.For(0, count, parallel, i =>
        {
            var p = page(i);
            var buffer = buffers.Value!;
            if (renderer.Draw(p.Template, p.View, p.Layout, p.Layout.Page.Lang, diagnostics, buffer)) emit(i, p.File, buffer.Text);
            buffer.Clear();
        });
    }

    /// <summary>Renders <paramref name="pages"/> into files kept in memory, in the plan's order (tests).</summary>
    public static IReadOnlyList<GeneratedFile> Render(IReadOnlyList<PlannedPage> pages, Theme theme, DiagnosticBag diagnostics, ParallelOptions? parallel = null)
    {
        var results = new GeneratedFile?[pages.Count];
        Render(pages.Count, i => pages[i], theme, diagnostics, parallel ?? new ParallelOptions(), (i, file, html) => results[i] = GeneratedFile.Text(file, html));
        return results.OfType<GeneratedFile>().ToList();
    }
}
