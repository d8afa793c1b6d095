using Bibliography.Cli;
using Bibliography.Pages;

namespace Bibliography.Tests.Cli;

/// <summary>
/// Fragments are parsed in parallel; what `check` prints must not depend on which thread finished first. A folder of
/// 600 broken fragments is checked ten times (and on one thread): every run prints the same bytes, with every error.
/// </summary>
public class DeterministicDiagnosticsTests
{
    const int EachKind = 300;

    static CliFixture BrokenSite()
    {
        var site = CliFixture.CopyOf("mini");
        foreach (var f in Directory.EnumerateFiles(site.Papers)) File.Delete(f);
        for (var i = 0; i < EachKind; i++)
        {
            File.WriteAllText(Path.Combine(site.Papers, $"old-{i:000}.md"),
                $"---\nid: old-{i:000}\ntitle: \"Old paper {i}\"\nseed: [\"1.1\"]\nyear: 1900\ntags: [peft]\n---\n\n::: en\nText.\n:::\n");
            File.WriteAllText(Path.Combine(site.Papers, $"empty-{i:000}.md"),
                $"---\nid: empty-{i:000}\ntitle: \"Empty seed {i}\"\nseed: []\nyear: 2020\ntags: [peft]\n---\n\n::: en\nText.\n:::\n");
        }
        return site;
    }

    static string Check(CliFixture site, int? parallelism)
    {
        var output = new StringWriter();
        CheckCommand.Run(site.Inputs, BuildSettings.Default with { Parallelism = parallelism }, strict: false, output);
        return output.ToString();
    }

    [Fact]
    public void CheckReportsEveryErrorOfSixHundredBrokenFragmentsIdenticallyInTenRuns()
    {
        var site = BrokenSite();
        var first = Check(site, null);
        var lines = first.Split('\n');
        Assert.Equal(EachKind, lines.Count(l => l.Contains("year 1900 is before 1950", StringComparison.Ordinal)));
        Assert.Equal(EachKind, lines.Count(l => l.Contains("`seed` lists no refs", StringComparison.Ordinal)));
        for (var run = 1; run < 10; run++)
            Assert.Equal(first, Check(site, null));
        Assert.Equal(first, Check(site, 1));
    }
}
