using System.Globalization;
using Bibliography.Text;

namespace Bibliography.Citations;

/// <summary>
/// A reference in APA 7 style, for English pages: <c>Vaswani, A., Shazeer, N., … (2017). Attention is all you need.
/// In <i>Advances in Neural Information Processing Systems</i>. https://arxiv.org/abs/1706.03762</c>.
/// Titles of articles are in sentence case; the container (or a stand-alone work's title) is in italics.
/// A list the bibliography itself shortened ends with <c>et al.</c>, since the remaining names are not known.
/// </summary>
public static class ApaFormatter
{
    public static Html Format(CitationEntry e)
    {
        var title = SentenceCase.Convert(e.Title, capitalizeSubtitle: true);
        var standAlone = e.Kind is CitationKind.Preprint or CitationKind.Report or CitationKind.Web;
        var titleHtml = standAlone ? "<i>" + Html.Escape(title) + "</i>" : Html.Escape(title);
        var date = "(" + (e.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.") + ")";

        var parts = new List<string>();
        var authors = Authors(e);
        // Initials end the list with a full stop; an organisation's name needs one ("OpenAI. (2023).").
        if (e.Authors.Count > 0) parts.Add(Html.Escape(authors) + (authors.EndsWith('.') ? " " : ". ") + date + ".");
        else parts.Add(titleHtml + End(title) + " " + date + ".");

        var work = e.Authors.Count > 0 ? titleHtml : "";
        var tail = e.Kind switch
        {
            CitationKind.Article => "<i>" + Html.Escape(e.Venue!.Name) + "</i>.",
            CitationKind.Proceedings => "In <i>" + Html.Escape(e.Venue!.Name) + "</i>.",
            CitationKind.Preprint => "arXiv.",
            CitationKind.Report => "",
            _ => "",
        };
        if (e.Kind == CitationKind.Preprint) work += (work.Length > 0 ? " " : "") + "(arXiv:" + Html.Escape(e.Arxiv) + ")";
        if (work.Length > 0) parts.Add(work + (e.Kind == CitationKind.Preprint ? "." : End(title)));
        if (tail.Length > 0) parts.Add(tail);
        var link = e.Kind == CitationKind.Preprint && e.Doi is null ? "https://doi.org/10.48550/arXiv." + e.Arxiv : e.Link;
        if (link is not null) parts.Add(Html.Escape(link));
        return new Html(string.Join(" ", parts));
    }

    // A title that ends in its own question mark takes no full stop.
    static string End(string title) => title.EndsWith('?') || title.EndsWith('!') ? "" : ".";

    /// <summary>APA author list: <c>Family, I. I.</c>, the last after <c>&amp;</c>; more than 20 as the first 19, an ellipsis and the last.</summary>
    public static string Authors(CitationEntry e)
    {
        var names = e.Authors.Select(a => a.IsOrganization ? a.Family : a.Family + ", " + a.Initials(".", " ", keepHyphen: true)).ToList();
        if (e.MoreAuthors) return string.Join(", ", names) + ", et al.";
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            <= 20 => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[^1],
            _ => string.Join(", ", names.Take(19)) + ", . . . " + names[^1],
        };
    }
}
