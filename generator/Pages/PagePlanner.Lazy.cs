using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Pages;

// Planning a page at a time, for the preview server: the paper pages (most of the site) are planned when asked for.
public sealed partial class PagePlanner
{
    bool withoutPapers;
    Dictionary<string, (Lang Lang, int Index)>? paperFiles;

    // Most of the plan: spread over the cores, in order, once there are enough papers to repay starting PLINQ.
    IEnumerable<PlannedPage> PaperPages(Lang lang) => withoutPapers ? []
        : bib.Papers.Count < 500 ? bib.Papers.Select((p, i) => PaperPage(lang, p, i))
        : bib.Papers.AsParallel().AsOrdered().WithDegreeOfParallelism(settings.Parallelism ?? Environment.ProcessorCount).Select((p, i) => PaperPage(lang, p, i));

    /// <summary>Every page of <see cref="Plan"/> except the paper pages, which <see cref="PaperPageAt"/> plans one at a time.</summary>
    public IReadOnlyList<PlannedPage> PlanAllButPapers()
    {
        withoutPapers = true;
        try { return Plan(); }
        finally { withoutPapers = false; }
    }

    /// <summary>The files of the paper pages, in plan order, without planning them.</summary>
    public IReadOnlyCollection<string> PaperFiles => PaperFileIndex.Keys;

    /// <summary>The paper page written to <paramref name="file"/>, planned now; null when it is no paper page.</summary>
    public PlannedPage? PaperPageAt(string file) =>
        PaperFileIndex.TryGetValue(file, out var at) ? PaperPage(at.Lang, bib.Papers[at.Index], at.Index) : null;

    Dictionary<string, (Lang Lang, int Index)> PaperFileIndex => paperFiles ??= LangCodes.All
        .SelectMany(lang => bib.Papers.Select((p, i) => (File: SiteUrls.FileOf(SiteUrls.Paper(lang, p.Id)), Lang: lang, Index: i)))
        .ToDictionary(x => x.File, x => (x.Lang, x.Index), StringComparer.Ordinal);
}
