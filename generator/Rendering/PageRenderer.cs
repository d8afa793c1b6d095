using Bibliography.Diagnostics;
using Bibliography.Pages;
using Bibliography.Text;

namespace Bibliography.Rendering;

/// <summary>Renders every planned page through the theme, spread over the cores; output order is the plan's order.</summary>
public static class PageRenderer
{
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
