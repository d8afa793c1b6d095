using Bibliography.Diagnostics;
using Bibliography.Pages;
using Bibliography.Text;

namespace Bibliography.Rendering;

/// <summary>Renders every planned page through the theme, spread over the cores; output order is the plan's order.</summary>
public static class PageRenderer
{
    /// <summary>
    /// Plans (<paramref name="page"/>) and renders <paramref name="count"/> pages spread over the cores, handing each
    /// to <paramref name="emit"/> (index, file, HTML) as soon as it is drawn, so no page need be kept once it is written.
    /// </summary>
    public static void Render(int count, Func<int, PlannedPage> page, Theme theme, DiagnosticBag diagnostics, ParallelOptions parallel, Action<int, string, string> emit)
    {
        var renderer = new TemplateRenderer(theme);
        Parallel.For(0, count, parallel, i =>
        {
            var p = page(i);
            var html = renderer.Render(p.Template, p.View, p.Layout, p.Layout.Page.Lang, diagnostics);
            if (html is not null) emit(i, p.File, html);
        });
    }

    public static IReadOnlyList<GeneratedFile> Render(IReadOnlyList<PlannedPage> pages, Theme theme, DiagnosticBag diagnostics, ParallelOptions? parallel = null)
    {
        var renderer = new TemplateRenderer(theme);
        var results = new GeneratedFile?[pages.Count];
        Parallel.For(0, pages.Count, parallel ?? new ParallelOptions(), i =>
        {
            var page = pages[i];
            var html = renderer.Render(page.Template, page.View, page.Layout, page.Layout.Page.Lang, diagnostics);
            if (html is not null) results[i] = GeneratedFile.Text(page.File, html);
        });
        return results.OfType<GeneratedFile>().ToList();
    }
}
