using System.Text.RegularExpressions;
using Bibliography.Diagnostics;

namespace Bibliography.Content;

/// <summary>
/// Rules for a fragment's own words, read line by line where they are written, so each problem points at its line and
/// column: <c>ChineseTextUsesChineseQuotes</c> ("…" around Chinese text should be “…”), and the places that read like an
/// item number ("item 2.12", "(2.20)", "第 2.12 项"), which the model turns into warnings where the list has that item
/// (<c>ItemNumbersAreCrossReferences</c>: write <c>[[id]]</c>, which follows the list when it is renumbered).
/// Both are warnings: <c>check --strict</c> fails on them, a build does not.
/// </summary>
public static partial class ProseRules
{
    /// <param name="lines">The fragment's lines (one-based positions are computed from their index).</param>
    /// <param name="chineseLines">Which lines hold Chinese prose (a <c>::: zh</c> or <c>::: context zh</c> container, a Chinese YAML value).</param>
    /// <param name="proseLines">Which lines hold prose at all (containers and notes; not keys, ids or URLs).</param>
    /// <returns>The bare numbers that read like item numbers, with where they are written.</returns>
    public static IReadOnlyList<BareNumber> Check(string path, IReadOnlyList<string> lines, Func<int, bool> proseLines, Func<int, bool> chineseLines, DiagnosticBag diagnostics)
    {
        var numbers = new List<BareNumber>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!proseLines(i)) continue;
            var line = lines[i];
            foreach (Match m in BareItemNumber().Matches(Unlinked(line)))
                numbers.Add(new BareNumber(m.Groups["ref"].Value, m.Value.Trim(), new SourcePos(i + 1, m.Groups["ref"].Index + 1)));
            if (!chineseLines(i)) continue;
            var text = YamlValue().Match(line) is { Success: true } v ? v.Groups[2].Value : line;
            var offset = text.Length == line.Length ? 0 : line.IndexOf(text, StringComparison.Ordinal);
            foreach (Match m in AsciiQuotedHan().Matches(text))
                diagnostics.Warning(Codes.AsciiQuotesInChinese,
                    $"ASCII quotation marks around Chinese text ({Shorten(m.Value)}); Chinese text uses “…”", path, i + 1, offset + m.Index + 1);
        }
        return numbers;
    }

    /// <summary>The line with links' targets and cross-references blanked out (an arXiv id is not an item number).</summary>
    static string Unlinked(string line) => LinkTarget().Replace(Xref().Replace(line, m => new string(' ', m.Length)), m => new string(' ', m.Length));

    static string Shorten(string s) => s.Length <= 24 ? s : s[..23] + "…\"";

    // "item 2.12", "items 2.10", "第 2.12 项", "(2.20)", "（2.20）", "2.2、2.3", "2.30 and 2.31", "see 2.27", "under 6.3".
    [GeneratedRegex(@"(?:\b(?:items?|see|under)\s+|第\s?|[（(])(?<ref>\d{1,3}\.\d{1,4}[a-z]?)(?=[）)\s,，、。.;；]|\s?项|$)|(?<![\d.\-v])(?<ref>\d{1,3}\.\d{1,4}[a-z]?)(?=\s?(?:、|,\s|\sand\s|\s和\s?)\d{1,3}\.\d)", RegexOptions.IgnoreCase)]
    private static partial Regex BareItemNumber();

    [GeneratedRegex(@"""[^""\n]*\p{IsCJKUnifiedIdeographs}[^""\n]*""")]
    private static partial Regex AsciiQuotedHan();

    [GeneratedRegex(@"^(\s*(?:[\w.""-]+:\s*|-\s*))""(.*)""\s*$")]
    private static partial Regex YamlValue();

    [GeneratedRegex(@"\[\[[^\]]*\]\]")]
    private static partial Regex Xref();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();
}

/// <summary>A number in prose that reads like an item number (<c>2.12</c>), as written and where.</summary>
public sealed record BareNumber(string Ref, string Written, SourcePos Pos);
