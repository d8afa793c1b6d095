using System.Text.Json;
using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Model;
using Bibliography.Output;
using Bibliography.Seed;

namespace Bibliography.Tests.Robustness;

/// <summary>
/// Two builds of the same input are byte-identical: no clock, no random ids, no order that depends on threads or on
/// the order files are listed in.
/// </summary>
public class ReproducibleBuildTests
{
    [Fact]
    public void RealSiteBuiltTwiceGivesByteIdenticalTrees()
    {
        var root = TestPaths.TempDir();
        var (a, b) = (Path.Combine(root, "a"), Path.Combine(root, "b"));
        var first = Cli.Build(TestPaths.RealInputs, a);
        var second = Cli.Build(TestPaths.RealInputs, b);

        Assert.True(first.ExitCode == 0, first.Err);
        Assert.True(second.ExitCode == 0, second.Err);
        var (treeA, treeB) = (TreeSnapshot.Take(a), TreeSnapshot.Take(b));
        Assert.True(treeA.Count > 250, $"only {treeA.Count} files");
        TreeSnapshot.AssertSame(treeA, treeB);
    }

    [Fact]
    public void RenderingOnManyThreadsGivesTheSameFilesInTheSameOrder()
    {
        var settings = new Bibliography.Pages.BuildSettings("https://example.org/", null, null);
        var first = SiteBuilder.Build(TestPaths.Fixture("mini"), settings);
        var second = SiteBuilder.Build(TestPaths.Fixture("mini"), settings);
        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        Assert.All(first.Files.Zip(second.Files), x => Assert.True(x.First.Content.AsSpan().SequenceEqual(x.Second.Content), x.First.Path));
    }

    [Fact]
    public void FragmentOrderDoesNotChangePapersOrTheirJson()
    {
        var (seed, fragments, tags) = RealModelInputs.Load();
        var site = SiteLoader.LoadSite(TestPaths.RealInputs.Content, new DiagnosticBag());
        var forward = ModelBuilder.Build(seed, fragments, tags, site, new DiagnosticBag());
        var backward = ModelBuilder.Build(seed, fragments.Reverse().ToList(), tags, site, new DiagnosticBag());

        Assert.Equal(forward.Papers.Select(p => p.Id), backward.Papers.Select(p => p.Id));
        Assert.Equal(DataExport.PapersJson(forward).Content, DataExport.PapersJson(backward).Content);
    }

    [Fact]
    public void PapersFollowTheListAndJsonKeysKeepTheirOrder()
    {
        var (seed, fragments, tags) = RealModelInputs.Load();
        var bib = ModelBuilder.Build(seed, fragments, tags, SiteLoader.LoadSite(TestPaths.RealInputs.Content, new DiagnosticBag()), new DiagnosticBag());
        var firstListings = bib.Papers.Select(p => (p.FirstListing!.Part, p.FirstListing.Number)).ToList();
        Assert.Equal(firstListings.Order(), firstListings);
        Assert.Equal(tags.Select(t => t.Id), bib.Tags.Select(t => t.Id)); // tag order is the vocabulary's order

        using var json = JsonDocument.Parse(DataExport.PapersJson(bib).Content);
        var keys = json.RootElement.GetProperty("papers").EnumerateArray().Select(p => string.Join(",", p.EnumerateObject().Select(o => o.Name))).Distinct().ToList();
        Assert.Equal(["id,title,title_zh,authors,year,venue,arxiv,doi,url,code,tags,kind,status,listings,annotations,context,editor_note,relations"], keys);
    }
}

/// <summary>The real seed, fragments and tags, loaded once for the tests that need the model's inputs.</summary>
static class RealModelInputs
{
    static readonly Lazy<(SeedDocument, IReadOnlyList<Fragment>, IReadOnlyList<Tag>)> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var inputs = TestPaths.RealInputs;
        var seed = SeedLoader.Load(inputs.Seed, diagnostics)!;
        var tags = SiteLoader.LoadTags(inputs.Content, diagnostics);
        var fragments = FragmentLoader.Load(inputs.Content, tags.Select(t => t.Id).ToHashSet(), diagnostics, 2100);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return (seed, fragments, tags);
    });

    public static (SeedDocument Seed, IReadOnlyList<Fragment> Fragments, IReadOnlyList<Tag> Tags) Load() => Loaded.Value;
}
