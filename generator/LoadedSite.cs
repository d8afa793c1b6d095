using Bibliography.Rendering;

namespace Bibliography;

/// <summary>
/// A build up to its model: the bibliography, the theme and the UI strings, no page planned or rendered yet. The build
/// plans and renders every page from it; the preview server plans and renders a page when it is asked for.
/// </summary>
public sealed record LoadedSite(Model.Bibliography Bibliography, Theme Theme, UiStrings Strings, Pages.CiteBook CiteBook)
{
    public LoadedSite(Model.Bibliography bibliography, Theme theme, UiStrings strings, LoadedSite? earlier = null)
        : this(bibliography, theme, strings, Pages.CiteViews.Book(bibliography, earlier?.CiteBook)) { }

    /// <summary>Every paper's citations, formatted once before any page is planned.</summary>
    public IReadOnlyDictionary<(Text.Lang, string), Pages.CiteView> Cites => CiteBook.Views;

    public void Deconstruct(out Model.Bibliography bibliography, out Theme theme, out UiStrings strings) =>
        (bibliography, theme, strings) = (Bibliography, Theme, Strings);

    /// <summary>Every diagnostic of loading this site and building its model, in order: a site patched from this one
    /// after prose edits reports what a full load would (see <see cref="SiteBuilder.Load"/>).</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>How many fragments' prose this site was patched with (after edits to prose alone), or null for a site loaded in full.</summary>
    public int? PatchedFragments { get; init; }

    /// <summary>A planner for this site: pure, so one serves every thread.</summary>
    /// <param name="sameShape">The planner of the site this one was patched from, whose work on the list's shape is reused.</param>
    public Pages.PagePlanner Planner(Pages.BuildSettings settings, Pages.PagePlanner? sameShape = null) => new(Bibliography, settings, Strings.Get, Cites, sameShape);
}
