using Bibliography.Citations;
using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>
/// Every paper's citation in each language, formatted once before planning: BibTeX, RIS and the reference in the page's
/// style (APA 7 in English, GB/T 7714-2015 in Chinese). The paper pages and both print editions show them.
/// </summary>
public static class CiteViews
{
    public static IReadOnlyDictionary<(Lang, string), CiteView> Build(Model.Bibliography bib) => Book(bib).Views;

    /// <summary>
    /// The citations with what they were made from. Given the <paramref name="earlier"/> book (the preview's previous
    /// version), a paper whose facts are the same object (its fragment was not edited) and whose key did not change
    /// keeps its citations instead of being formatted again.
    /// </summary>
    public static CiteBook Book(Model.Bibliography bib, CiteBook? earlier = null)
    {
        var keys = CitationKeys.Assign(bib.Papers);
        var views = new Dictionary<(Lang, string), CiteView>();
        var made = new Dictionary<string, (Model.Paper Paper, string Key)>(StringComparer.Ordinal);
        foreach (var paper in bib.Papers)
        {
            var key = keys[paper.Id];
            made[paper.Id] = (paper, key);
            if (earlier is not null && earlier.Made.TryGetValue(paper.Id, out var before) && ReferenceEquals(before.Paper.Facts, paper.Facts) && before.Key == key)
            {
                views[(Lang.En, paper.Id)] = earlier.Views[(Lang.En, paper.Id)];
                views[(Lang.Zh, paper.Id)] = earlier.Views[(Lang.Zh, paper.Id)];
                continue;
            }
            var e = CitationEntry.From(paper, key);
            var bibtex = BibtexWriter.Write(e).TrimEnd('\n');
            var ris = RisWriter.Write(e).TrimEnd('\n');
            views[(Lang.En, paper.Id)] = new CiteView(bibtex, ris, ApaFormatter.Format(e), "APA 7", e.Key);
            views[(Lang.Zh, paper.Id)] = new CiteView(bibtex, ris, new Html(Html.Escape(GbtFormatter.Format(e))), "GB/T 7714-2015", e.Key);
        }
        return new CiteBook(views, made);
    }
}

/// <summary>Every paper's citations (<see cref="Views"/>), and the paper and key each was made from.</summary>
public sealed record CiteBook(IReadOnlyDictionary<(Lang, string), CiteView> Views, IReadOnlyDictionary<string, (Model.Paper Paper, string Key)> Made);
