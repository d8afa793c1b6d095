using System.Globalization;

namespace Bibliography.Citations;

/// <summary>
/// A reference in GB/T 7714-2015 style (顺序编码制 entry without its number), for Chinese pages:
/// <c>VASWANI A, SHAZEER N, PARMAR N, et al. Attention is all you need[C]//Advances in Neural Information Processing Systems. 2017.</c>
/// Family names in capitals, initials without stops; three authors, then <c>et al.</c> (<c>等</c> for a Chinese work);
/// type codes [J] journal, [C] proceedings, [R/OL] online report, [EB/OL] preprint or web page.
/// The access date ([引用日期]) is left out: the site is built without a clock, and the reader's date is theirs to add.
/// </summary>
public static class GbtFormatter
{
    public static string Format(CitationEntry e)
    {
        var title = SentenceCase.Convert(e.Title, capitalizeSubtitle: false);
        var year = e.Year?.ToString(CultureInfo.InvariantCulture);
        var s = e.Authors.Count > 0 ? Authors(e) + ". " : "";
        s += title;
        s += e.Kind switch
        {
            CitationKind.Article => "[J]. " + e.Venue!.Name + (year is null ? "." : ", " + year + "."),
            CitationKind.Proceedings => "[C]//" + e.Venue!.Name + "." + (year is null ? "" : " " + year + "."),
            CitationKind.Preprint => "[EB/OL]. arXiv" + (year is null ? "." : ", " + year + ".") + " https://arxiv.org/abs/" + e.Arxiv + ".",
            CitationKind.Report => "[R/OL]." + (year is null ? "" : " " + year + ".") + (e.Url is null ? "" : " " + e.Url + "."),
            _ => "[EB/OL]." + (year is null ? "" : " " + year + ".") + (e.Url is null ? "" : " " + e.Url + "."),
        };
        if (e.Doi is not null) s += " DOI:" + e.Doi + ".";
        return s;
    }

    /// <summary>At most three names, <c>FAMILY I I</c>, then <c>et al.</c> or <c>等</c> when there are more.</summary>
    public static string Authors(CitationEntry e)
    {
        var names = e.Authors.Take(3).Select(a => a.IsOrganization ? a.Family
            : (a.Family.ToUpperInvariant() + " " + a.Initials("", " ", keepHyphen: false)).Trim()).ToList();
        var more = e.MoreAuthors || e.Authors.Count > 3;
        return string.Join(", ", names) + (more ? (e.IsChinese ? ", 等" : ", et al") : "");
    }
}
