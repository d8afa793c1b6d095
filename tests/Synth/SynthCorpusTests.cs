using Bibliography.Pages;
using Bibliography.Bench;

namespace Bibliography.Tests.Synth;

/// <summary>The benchmark's synthetic corpus builds like the real content.</summary>
public class SynthCorpusTests
{
    [Fact]
    public void ThirtySyntheticPapersBuildWithoutErrorsIntoTheExpectedPages()
    {
        var dir = TestPaths.TempDir();
        var papers = SynthCorpus.Write(30, dir, Path.Combine(TestPaths.Repo, "content"));
        var result = SiteBuilder.Build(new BuildInputs(Path.Combine(dir, "seed.txt"), dir, TestPaths.Theme), BuildSettings.Default);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
        Assert.Equal(0, result.Diagnostics.WarningCount);
        var tags = papers.SelectMany(p => p.Tags).Distinct().Count();
        // The chooser and the 404 page, then per language: home, 7 parts, every paper, all papers, tag index, one page per
        // used tag, years, search, translations, print and print-both.
        Assert.Equal(2 + 2 * (1 + 7 + 30 + 1 + 1 + 1 + tags + 1 + 1 + 4 + 1), result.Pages); // home, parts, papers, additions, all papers, tag index, tags, years, map, search, print ×2, translations, changes
        Assert.Equal(30, result.Bibliography!.Papers.Count);
    }

    [Fact]
    public void SameNumberOfPapersGivesByteIdenticalCorpus()
    {
        var a = TestPaths.TempDir();
        var b = TestPaths.TempDir();
        SynthCorpus.Write(12, a, Path.Combine(TestPaths.Repo, "content"));
        SynthCorpus.Write(12, b, Path.Combine(TestPaths.Repo, "content"));
        var files = Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order().ToList();
        Assert.Equal(files, Directory.EnumerateFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order());
        foreach (var f in files) Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f)));
    }
}

/// <summary>No arbitrary limits: item numbers of any size the text can hold.</summary>
public class LargePartTests
{
    [Fact]
    public void APartOfTwelveHundredItemsBuildsWithRefsPastNineHundredNinetyNine()
    {
        var dir = TestPaths.TempDir();
        var papers = Bibliography.Bench.SynthCorpus.Write(2400, dir, Path.Combine(TestPaths.Repo, "content"), uneven: true);
        Assert.Equal(1200, papers.Count(p => p.Part == 2));
        var result = SiteBuilder.Build(new BuildInputs(Path.Combine(dir, "seed.txt"), dir, TestPaths.Theme), global::Bibliography.Pages.BuildSettings.Default);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted().Take(10)));
        Assert.Equal(0, result.Diagnostics.WarningCount);

        var part = result.Bibliography!.Parts[1];
        Assert.Equal(1200, part.ItemCount);
        var last = result.Bibliography.PaperById[papers.Single(p => p.Ref == "2.1200").Id];
        Assert.Equal("2.1200", last.Refs);
        // The sidebar of a paper deep in the part lists a window around it, not all 1 200 items.
        var page = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == $"en/papers/{last.Id}/index.html").Content);
        var items = System.Text.RegularExpressions.Regex.Matches(page, "<span class=\"ref\">2\\.\\d+</span>").Count;
        Assert.InRange(items, 2, 41);
        Assert.Contains("aria-current=\"page\"><span class=\"ref\">2.1200</span>", page);
    }
}
