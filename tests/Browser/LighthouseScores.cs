using System.Text.RegularExpressions;

namespace Bibliography.Tests.Browser;

/// <summary>One page's line of <c>tools/lighthouse.sh</c>: <c>en/ accessibility=100 best-practices=100 seo=100</c>.</summary>
public sealed partial record LighthouseScores(string Page, int? Accessibility, int? BestPractices, int? Seo)
{
    public bool AllHundred => Accessibility == 100 && BestPractices == 100 && Seo == 100;

    public static IReadOnlyList<LighthouseScores> Parse(string output) =>
        Line().Matches(output).Select(m => new LighthouseScores(m.Groups[1].Value, Score(m.Groups[2]), Score(m.Groups[3]), Score(m.Groups[4]))).ToList();

    static int? Score(Group g) => int.TryParse(g.Value, out var n) ? n : null;

    public override string ToString() =>
        $"{Page} accessibility={Accessibility?.ToString() ?? "none"} best-practices={BestPractices?.ToString() ?? "none"} seo={Seo?.ToString() ?? "none"}";

    [GeneratedRegex(@"^(\S+) accessibility=(\S+) best-practices=(\S+) seo=(\S+)$", RegexOptions.Multiline)]
    private static partial Regex Line();
}
