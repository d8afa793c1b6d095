using System.Globalization;
using System.Text;
using Bibliography.Content;

namespace Bibliography.Citations;

/// <summary>One RIS record per paper (<c>TY</c> … <c>ER</c>), as reference managers (Zotero, EndNote, Mendeley) import it.</summary>
public static class RisWriter
{
    public static string Write(CitationEntry e)
    {
        var sb = new StringBuilder();
        void Tag(string tag, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            // RIS has no escaping: a value is the rest of one line.
            sb.Append(tag).Append("  - ").Append(value.Replace('\r', ' ').Replace('\n', ' ').Trim()).Append('\n');
        }
        Tag("TY", e.Kind switch
        {
            CitationKind.Article => "JOUR", CitationKind.Proceedings => "CONF", CitationKind.Preprint => "UNPB",
            CitationKind.Report => "RPRT", _ => "ELEC",
        });
        foreach (var a in e.Authors) Tag("AU", a.IsOrganization ? a.Family : a.Family + ", " + a.Given);
        Tag("TI", e.Title);
        if (e.Venue is { } v) Tag("T2", v.Name);
        if (e.Kind == CitationKind.Preprint) Tag("PB", "arXiv");
        Tag("PY", e.Year?.ToString(CultureInfo.InvariantCulture));
        Tag("DO", e.Doi);
        if (e.Arxiv is not null) Tag("AN", "arXiv:" + e.Arxiv);
        Tag("UR", e.Link);
        if (e.Url is not null && e.Url != e.Link) Tag("L1", e.Url);
        sb.Append("ER  - \n");
        return sb.ToString();
    }
}
