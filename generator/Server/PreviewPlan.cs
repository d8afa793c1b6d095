using Bibliography.Pages;

namespace Bibliography.Server;

/// <summary>
/// The pages of one preview version, planned lazily: a paper page (most of the site) when it is asked for, all other
/// pages together on first need. The planner is pure, so a paper page never waits for the others to be planned.
/// </summary>
public sealed class PreviewPlan
{
    readonly PagePlanner papers;
    readonly Lazy<Dictionary<string, PlannedPage>> others;

    /// <param name="earlier">The previous version's plan: a site patched from its site (prose edits) reuses its work on the list's shape.</param>
    public PreviewPlan(LoadedSite site, BuildSettings settings, PreviewPlan? earlier = null)
    {
        papers = site.Planner(settings, earlier?.papers);
        others = new(() => papers.FixedPages().ToDictionary(p => p.File, StringComparer.Ordinal));
    }

    /// <summary>Whether a page is written to <paramref name="file"/> (may plan the pages other than paper pages).</summary>
    public bool IsPage(string file) => papers.IsPaperFile(file) || others.Value.ContainsKey(file);

    public PlannedPage? Find(string file)
    {
        if (!papers.IsPaperFile(file)) return others.Value.GetValueOrDefault(file);
        return papers.PaperPageAt(file);
    }

    /// <summary>Every page's file: the other pages first, then the paper pages.</summary>
    public IEnumerable<string> Files => others.Value.Keys.Concat(papers.PaperFiles);

    /// <summary>Every page, planned (for the data files and the site check).</summary>
    public IReadOnlyList<PlannedPage> All() => Files.Select(f => Find(f)!).ToList();
}
