using System.Collections.Concurrent;
using Bibliography.Checks;
using Bibliography.Diagnostics;
using Bibliography.Output;
using Bibliography.Pages;
using Bibliography.Rendering;
using Bibliography.Text;

namespace Bibliography.Server;

/// <summary>
/// One version of the previewed site: the model and a lazy <see cref="PreviewPlan"/> (or the errors that stopped
/// them), each page planned and rendered when it is first asked for and kept for this version; data files (search
/// index, feeds, exports) built on first use; assets from the theme. A failed version serves the last good version's
/// assets and data files.
/// </summary>
public sealed class PreviewVersion
{
    readonly PreviewPlan? plan;
    readonly DiagnosticBag? planDiagnostics;
    readonly IReadOnlyDictionary<string, byte[]> assets = new Dictionary<string, byte[]>();
    readonly Lazy<IReadOnlyDictionary<string, byte[]>> data;
    readonly ConcurrentDictionary<string, Lazy<ServedPage?>> served = new(StringComparer.Ordinal);
    readonly Func<PlannedPage, ServedPage> render = _ => throw new InvalidOperationException("a failed version has no pages");
    readonly Theme? theme;
    readonly TaskCompletionSource<IReadOnlyList<Diagnostic>?> checkedSite = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly BuildSettings settings;

    /// <param name="diagnostics">The bag the site was loaded with; planning adds to it (a missing UI string).</param>
    public PreviewVersion(int number, LoadedSite? site, DiagnosticBag diagnostics, BuildSettings settings, RenderedPages rendered, PreviewVersion? lastGood)
    {
        Number = number;
        this.settings = settings;
        Diagnostics = diagnostics.Sorted();
        Failed = site is null || diagnostics.HasErrors;
        if (!Failed && site is not null)
        {
            var p = plan = new PreviewPlan(site, settings, lastGood?.plan);
            planDiagnostics = diagnostics;
            var renderer = rendered.RendererFor(site.Theme);
            render = page => rendered.Get(page, site.Theme, renderer);
            assets = site.Theme.Assets.ToDictionary(a => a.Path, a => a.Content, StringComparer.Ordinal);
            theme = site.Theme;
            data = new(() => SiteFiles.Build(site.Bibliography, p.All().Where(x => x.Layout.Page.BodyClass != "not-found").Select(x => x.SitePath), settings, site.Strings.Get).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal));
        }
        else
        {
            if (lastGood is not null) assets = lastGood.assets;
            data = new(() => lastGood?.data.Value ?? new Dictionary<string, byte[]>());
            checkedSite.SetResult(Diagnostics);
        }
    }

    public int Number { get; }

    /// <summary>The diagnostics of loading and the model.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether an error stopped this version before its pages could be planned.</summary>
    public bool Failed { get; }

    /// <summary>Completes with the full site check's diagnostics, or null when a newer version replaced this one first.</summary>
    public Task<IReadOnlyList<Diagnostic>?> Checked => checkedSite.Task;

    /// <summary>Whether a page is written to <paramref name="file"/>.</summary>
    public bool IsPage(string file) => plan?.IsPage(file) == true;

    /// <summary>The page at <paramref name="file"/>, planned and rendered now unless this version or an earlier one already did; null if there is none.</summary>
    public ServedPage? Page(string file) =>
        plan is null ? null : served.GetOrAdd(file, f => new Lazy<ServedPage?>(() => plan.Find(f) is { } page ? render(page) : null)).Value;

    /// <summary>Every page's file (none for a failed version).</summary>
    public IEnumerable<string> PageFiles => plan?.Files ?? [];

    /// <summary>Every data file's path (the last good version's, for a failed one).</summary>
    public IEnumerable<string> DataPaths => data.Value.Keys;

    /// <summary>A theme asset, or null.</summary>
    public byte[]? Asset(string file) => assets.GetValueOrDefault(file);

    /// <summary>Where the theme's assets are served.</summary>
    public IEnumerable<string> AssetPaths => assets.Keys;

    /// <summary>A data file (search index, feed, export), built with the others on first use; or null.</summary>
    public byte[]? DataFile(string file) => data.Value.GetValueOrDefault(file);

    /// <summary>
    /// Plans and renders every page not yet rendered (one at a time, leaving the other core to requests), then checks
    /// the whole site as the build does. Gives up when <paramref name="superseded"/> says a newer version is here.
    /// </summary>
    public IReadOnlyList<Diagnostic>? Check(Func<bool> superseded)
    {
        if (plan is null || planDiagnostics is null) return Diagnostics;
        var diagnostics = new DiagnosticBag();
        var files = new List<GeneratedFile>();
        foreach (var file in plan.Files)
        {
            if (superseded()) { checkedSite.TrySetResult(null); return null; }
            var page = Page(file)!;
            diagnostics.AddRange(page.Errors);
            if (page.Html is not null) files.Add(new GeneratedFile(file, page.Html));
        }
        files.AddRange(data.Value.Select(f => new GeneratedFile(f.Key, f.Value)));
        files.AddRange(assets.Select(f => new GeneratedFile(f.Key, f.Value)));
        // The PDFs are printed when asked for (PreviewPdfs); pages link to them where the preview can print them.
        if (settings.PdfChrome is not null) files.AddRange(LangCodes.All.Select(l => new GeneratedFile(PagePlanner.PdfPath(l), [])));
        diagnostics.AddRange(planDiagnostics.Sorted()); // with a UI string missing while planning
        if (!diagnostics.HasErrors) SiteChecker.Check(files, diagnostics, file => plan.Find(file) is { } page && theme is not null ? theme.FileOf(page.Template) : null);
        var found = diagnostics.Sorted();
        checkedSite.TrySetResult(found);
        return found;
    }
}
