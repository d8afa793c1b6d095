using Bibliography.Citations;
using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>
/// Every paper's citation in each language, formatted once before planning: BibTeX, RIS and the reference in the page's
/// style (APA 7 in English, GB/T 7714-2015 in Chinese). The paper pages and both print editions show them.
/// </summary>
public static class CiteViews
{
    public static IReadOnlyDictionary<(Lang, string), CiteView> Build(Model.Bibliography bib)
    {
        var set = new CitationSet(bib);
        var result = new Dictionary<(Lang, string), CiteView>();
        foreach (var paper in bib.Papers)
        {
            var e = set[paper.Id];
            var bibtex = BibtexWriter.Write(e).TrimEnd('\n');
            var ris = RisWriter.Write(e).TrimEnd('\n');
            result[(Lang.En, paper.Id)] = new CiteView(bibtex, ris, ApaFormatter.Format(e), "APA 7", e.Key);
            result[(Lang.Zh, paper.Id)] = new CiteView(bibtex, ris, new Html(Html.Escape(GbtFormatter.Format(e))), "GB/T 7714-2015", e.Key);
        }
        return result;
    }
}
