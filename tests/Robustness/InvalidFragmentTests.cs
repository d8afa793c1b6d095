namespace Bibliography.Tests.Robustness;

/// <summary>
/// Every bad fragment in <c>Fixtures/invalid/fragments/</c> (one defect each) is added to the mini site and built
/// through the command line. The build must exit 1 and print exactly the errors in the case's <c>.expected</c> file:
/// file, line, column, code and wording. Set <c>BIBLIOGRAPHY_BLESS=1</c> to rewrite the expected files for review.
/// </summary>
public class InvalidFragmentTests
{
    static string Dir => Path.Combine(TestPaths.Fixtures, "invalid", "fragments");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Dir, "*.md").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadFragmentFailsTheBuildWithItsLocatedError(string name)
    {
        var site = ScratchSite.FromMini().WithFragment(Path.Combine(Dir, name + ".md"));
        var run = site.Build();

        var expectedFile = Path.Combine(TestPaths.Repo, "tests", "Fixtures", "invalid", "fragments", name + ".expected");
        if (Environment.GetEnvironmentVariable("BIBLIOGRAPHY_BLESS") == "1")
            File.WriteAllText(expectedFile, string.Join("\n", run.Errors) + "\n");
        var expected = File.ReadAllLines(expectedFile).Where(l => l.Length > 0).ToList();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, run.Errors);
        Assert.False(run.HasStackTrace, run.Err);
        Assert.False(Directory.Exists(site.Output), "a failed build writes no output folder");
    }

    [Fact]
    public void EveryBadFragmentHasItsExpectedErrors()
    {
        var cases = Directory.EnumerateFiles(Dir, "*.md").Select(Path.GetFileNameWithoutExtension).Order();
        var expected = Directory.EnumerateFiles(Dir, "*.expected").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.Equal(cases, expected);
    }
}
