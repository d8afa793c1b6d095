using Bibliography.Model;

namespace Bibliography.Tests.Cli;

/// <summary>
/// <c>check</c> over the mini fixture with one defect each (tests/Fixtures/check/CASE/: the fragment beside the
/// expected lines), asserting the exact <c>path:line:column: severity: message [CODE]</c>.
/// </summary>
public class CheckCommandTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.GetDirectories(Path.Combine(TestPaths.Fixtures, "check")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachDefectIsReportedOnItsLineWithItsMessage(string name)
    {
        var site = CliFixture.CopyOf("mini");
        var dir = Path.Combine(TestPaths.Fixtures, "check", name);
        foreach (var md in Directory.GetFiles(dir, "*.md")) File.Copy(md, Path.Combine(site.Papers, Path.GetFileName(md)));
        var fingerprint = TranslationStatus.Fingerprint("Residual connections make very deep networks trainable.");
        var expected = File.ReadAllLines(Path.Combine(dir, "expected.txt"))
            .Select(l => l.Replace("{content}", site.ContentDisplay).Replace("{year}", DateTime.UtcNow.Year.ToString()).Replace("{fingerprint}", fingerprint))
            .ToList();

        var (exit, lines) = site.Check();

        var errors = lines.Where(l => l.Contains(": error: ")).ToList();
        Assert.Equal(expected.Where(l => l.Contains(": error: ")), errors);
        foreach (var warning in expected.Where(l => l.Contains(": warning: "))) Assert.Contains(warning, lines);
        Assert.Equal(errors.Count > 0 ? 1 : 0, exit);
    }

    [Fact]
    public void CleanContentPassesWithItsWarningsListed()
    {
        var (exit, lines) = CliFixture.CopyOf("mini").Check();

        Assert.Equal(0, exit);
        Assert.DoesNotContain(lines, l => l.Contains(": error: "));
        Assert.Contains(lines, l => l.EndsWith("/papers/lora.md:1:1: warning: `lora` has no `::: zh` annotation; its zh page shows the other language, marked as such [BIB206]"));
        Assert.Equal("Checked 2 fragments, 5 papers, 42 pages: 0 errors, 6 warnings (1 about the list as exported, which --strict does not count) — ok", lines[^1]);
    }

    [Fact]
    public void StrictFailsOnWarnings()
    {
        var (exit, lines) = CliFixture.CopyOf("mini").Check(strict: true);

        Assert.Equal(1, exit);
        Assert.EndsWith("0 errors, 6 warnings (1 about the list as exported, which --strict does not count) — failed (--strict)", lines[^1]);
    }

    [Fact]
    public void StaleTranslationFailsStrictAndIsListedInTheTranslationSection()
    {
        var site = CliFixture.CopyOf("mini");
        File.Copy(Path.Combine(TestPaths.Fixtures, "check", "stale-translation", "resnet.md"), Path.Combine(site.Papers, "resnet.md"));

        var (exit, lines) = site.Check(strict: true);

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("Translations: 3 papers with a fragment;") && l.EndsWith("tracked by translated_from 1, stale 1"));
        Assert.Contains($"  {site.ContentDisplay}/papers/resnet.md: no title_zh; curator notes in English 0/1; zh translation older than its en source", lines);
    }

    [Fact]
    public void UnderGitHubActionsEachProblemIsAlsoAWorkflowCommand()
    {
        var site = CliFixture.CopyOf("mini");
        File.Copy(Path.Combine(TestPaths.Fixtures, "check", "bad-arxiv", "resnet.md"), Path.Combine(site.Papers, "resnet.md"));
        var before = Environment.GetEnvironmentVariable("GITHUB_ACTIONS");
        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", "true");
        try
        {
            var (_, lines) = site.Check();
            var file = (site.ContentDisplay + "/papers/resnet.md").Replace(":", "%3A").Replace(",", "%2C");
            Assert.Contains($"::error file={file},line=5,col=8,title=BIB108::arXiv id `1512.3385v1` is malformed; write it as YYMM.NNNNN without a version, e.g. \"1706.03762\"", lines);
        }
        finally { Environment.SetEnvironmentVariable("GITHUB_ACTIONS", before); }
    }

    [Fact]
    public void TheRepositorysOwnContentPassesStrict()
    {
        var output = new StringWriter();
        var exit = Bibliography.Cli.CheckCommand.Run(TestPaths.RealInputs, Bibliography.Pages.BuildSettings.Default, strict: true, output);
        Assert.True(exit == 0, output.ToString());
    }
}
