using System.Text.RegularExpressions;
using Bibliography.Text;

namespace Bibliography.Seed;

/// <summary>
/// Turns a numbered line as the curator wrote it into the paper title it names, keeping the arXiv id,
/// year and URLs its tail carries: "… arXiv preprint arXiv:2205.11916, 2022", "… ~ https://…",
/// "《…》", "BLIP (from Salesforce) released with the paper BLIP: … by Junnan Li, …", "…(论文地址)".
/// </summary>
public static partial class TitleCleaner
{
    public sealed record Result(string Title, string? Arxiv, int? Year, IReadOnlyList<string> Urls);

    public static Result Clean(string line)
    {
        var s = line.Trim();
        var urls = Urls(s).ToList();
        string? arxiv = null;
        int? year = null;

        // 《Title》 — the Chinese book-title brackets hold the title.
        var book = BookTitle().Match(s);
        if (book.Success) s = book.Groups[1].Value.Trim();

        // "X (from Org) released with the paper TITLE by Author, Author." (the Hugging Face model-card phrasing)
        var released = ReleasedWithPaper().Match(s);
        if (released.Success) s = released.Groups[1].Value.Trim();

        // "TITLE ~ https://…" and "TITLE:https://…" tails.
        s = UrlTail().Replace(s, "").Trim();

        // Citation tails: ". arXiv preprint arXiv:2205.11916, 2022" and ". 2019".
        var cite = ArxivCitationTail().Match(s);
        if (cite.Success)
        {
            arxiv = cite.Groups["id"].Value;
            year = int.Parse(cite.Groups["year"].Value);
            s = s[..cite.Index].Trim();
        }
        else
        {
            var yearTail = YearTail().Match(s);
            if (yearTail.Success && !TextKeys.HasCjk(s))
            {
                year = int.Parse(yearTail.Groups["year"].Value);
                s = s[..yearTail.Index].Trim();
            }
        }

        // Glued link words and remarks the web export left behind: "(论文地址)", "代码地址", ",发表于21年3月", ",这是解读之一".
        if (StartsLatin(s))
        {
            s = TrailingRemark().Replace(s, "").Trim();
            s = TrailingLinkWords().Replace(s, "").Trim();
        }

        arxiv ??= urls.Select(ArxivFromUrl).FirstOrDefault(id => id is not null);
        s = Spaces().Replace(s, " ").Trim().TrimEnd('.', ',', '，', '。', ':', '：', ';').Trim();
        return new Result(s.Length == 0 ? line.Trim() : s, arxiv, year, urls);
    }

    public static IEnumerable<string> Urls(string text) =>
        UrlPattern().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ')', '）', '。', '，'));

    public static string? ArxivFromUrl(string url)
    {
        var m = ArxivUrl().Match(url);
        return m.Success ? m.Groups[1].Value : null;
    }

    static bool StartsLatin(string s) => s.Length > 0 && (char.IsAsciiLetterOrDigit(s[0]) || s[0] is '"' or '“');

    [GeneratedRegex(@"https?://[^\s<>""'，。、）)]+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivUrl();

    [GeneratedRegex(@"《([^》]+)》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"\breleased with the paper\s+(.+?)\s+by\s+\p{Lu}[\p{L}.\-]+(?:\s+\p{Lu}[\p{L}.\-]+)*\s*(?:,|and\b|\.|$)")]
    private static partial Regex ReleasedWithPaper();

    [GeneratedRegex(@"\s*(?:~|[:：])\s*https?://\S+\s*$")]
    private static partial Regex UrlTail();

    [GeneratedRegex(@"\.?\s*arXiv preprint arXiv\s*:\s*(?<id>\d{4}\.\d{4,5})(?:v\d+)?\s*,?\s*(?<year>(?:19|20)\d{2})\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivCitationTail();

    [GeneratedRegex(@"\.\s*(?<year>(?:19|20)\d{2})\s*\.?\s*$")]
    private static partial Regex YearTail();

    [GeneratedRegex(@"\s*[,，]\s*(?:发表于|发布于|这是|解读|代码|论文|详见|见|另)[^,，]*$")]
    private static partial Regex TrailingRemark();

    [GeneratedRegex(@"\s*[(（]?\s*(?:代码地址|论文地址|论文链接|项目地址|代码链接|GitHub地址)\s*[)）]?\s*$")]
    private static partial Regex TrailingLinkWords();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
