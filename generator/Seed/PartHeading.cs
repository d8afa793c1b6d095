using System.Text.RegularExpressions;
using Bibliography.Text;

namespace Bibliography.Seed;

/// <summary>A "第二部分 标题(34篇,总45篇)" line: the numeral, the title, and the count it claims.</summary>
public sealed partial record PartHeading(int? Number, string Title, int? Count, int? Total)
{
    public static PartHeading? TryParse(string line)
    {
        var m = Heading().Match(TextKeys.Narrow(line));
        if (!m.Success) return null;
        var title = m.Groups["title"].Value.Trim().TrimStart(':', '：', ' ', '、').Trim();
        int? count = null, total = null;
        var counts = Counts().Match(title);
        if (counts.Success)
        {
            count = int.Parse(counts.Groups["count"].Value);
            if (counts.Groups["total"].Success) total = int.Parse(counts.Groups["total"].Value);
            title = title[..counts.Index].Trim();
        }
        return new PartHeading(SeedText.ParseNumber(m.Groups["n"].Value), title, count, total);
    }

    [GeneratedRegex(@"^\s*第\s*(?<n>[0-9一二三四五六七八九十百零〇两]+)\s*部分\s*(?<title>.*?)\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\s*[(\[]\s*(?<count>\d+)\s*篇\s*(?:[,、;]\s*总\s*(?<total>\d+)\s*篇)?\s*[)\]]\s*$")]
    private static partial Regex Counts();
}
