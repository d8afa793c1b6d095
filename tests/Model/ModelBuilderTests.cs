using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Model;
using Bibliography.Seed;
using Bibliography.Tests.Seed;
using Bibliography.Text;

namespace Bibliography.Tests.Model;

/// <summary>Joining the seed and the fragments: duplicates merge, refs follow titles through renumbering.</summary>
public class ModelBuilderTests
{
    static readonly string RealSeedText = File.ReadAllText(TestPaths.RealSeed);
    static readonly IReadOnlyList<Tag> Tags = SiteLoader.LoadTags(Path.Combine(TestPaths.Repo, "content"), new DiagnosticBag());
    static readonly IReadOnlyList<Fragment> RealFragments =
        FragmentLoader.Load(Path.Combine(TestPaths.Repo, "content"), Tags.Select(t => t.Id).ToHashSet(), new DiagnosticBag(), DateTime.UtcNow.Year);
    static readonly SiteText NoSite = SiteText.Empty;

    static Bibliography.Model.Bibliography Build(string seedText, IReadOnlyList<Fragment> fragments, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        var seed = SeedParser.Parse("seed.txt", seedText, diagnostics)!;
        return ModelBuilder.Build(seed, fragments, Tags, NoSite, diagnostics);
    }

    static Fragment Fragment(string id, string title, params string[] refs)
    {
        var text = $"---\nid: {id}\ntitle: \"{title}\"\nseed: [{string.Join(", ", refs.Select(r => $"\"{r}\""))}]\ntags: [survey]\n---\n\n::: en\nText.\n:::\n\n::: zh\n文字。\n:::\n";
        return FragmentParser.Parse($"content/papers/{id}.md", text, Tags.Select(t => t.Id).ToHashSet(), new DiagnosticBag(), 2026)!;
    }

    [Fact]
    public void EverySeedItemOfTheRealListHasAFragmentAndEveryPaperBothAnnotations()
    {
        var bib = Build(RealSeedText, RealFragments, out var diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Code == Codes.ItemWithoutFragment);
        Assert.All(bib.Papers, p => Assert.True(p.HasFragment, p.Id));
        Assert.All(bib.Papers, p => Assert.False(string.IsNullOrWhiteSpace(p.Writing.Annotation.Html().En), p.Id + " en"));
        Assert.All(bib.Papers, p => Assert.False(string.IsNullOrWhiteSpace(p.Writing.Annotation.Html().Zh), p.Id + " zh"));
        Assert.All(bib.Papers, p => Assert.False(string.IsNullOrWhiteSpace(p.Facts.TitleZh), p.Id + " title_zh"));
    }

    [Theory]
    [InlineData("gpt-1", "1.1", "4.11")]
    [InlineData("gpt-2", "1.2", "4.10")]
    [InlineData("t5", "1.5", "6.2")]
    [InlineData("zero-shot-reasoners", "2.11", "2.29")]
    [InlineData("flashattention", "2.34", "2.38")]
    public void PaperListedTwiceIsOnePaperWithTwoListingsEachWithItsOwnNote(string id, string first, string second)
    {
        var bib = Build(RealSeedText, RealFragments, out _);
        var paper = bib.PaperById[id];
        Assert.Equal([first, second], paper.Listings.Select(l => l.Ref));
        Assert.Single(bib.Papers, p => p.Listings.Any(l => l.Ref == second));
    }

    [Fact]
    public void TheRealListHasOneHundredAndOnePapers()
    {
        // 102 items + 2 second papers (2.23b, 2.24b) + 2 papers named in notes (5.5b, 6.3b) − 5 listed twice.
        var bib = Build(RealSeedText, RealFragments, out _);
        Assert.Equal(101, bib.Papers.Count);
        Assert.Contains(bib.PaperById["ptm-past-present-future"].Listings, l => l.Ref == "6.3b" && l.IsMention);
        Assert.Contains(bib.PaperById["wgan"].Listings, l => l.Ref == "5.5b" && l.IsMention);
    }

    [Fact]
    public void SeedOnlyDuplicatesMergeByTitleEvenWithoutFragments()
    {
        var bib = Build(RealSeedText, [], out var diagnostics);
        Assert.Equal(104 - 5, bib.Papers.Count);
        var gpt1 = bib.Papers.Single(p => p.Listings.Any(l => l.Ref == "1.1"));
        Assert.Equal(["1.1", "4.11"], gpt1.Listings.Select(l => l.Ref));
        Assert.Equal(104, diagnostics.Sorted().Count(d => d.Code == Codes.ItemWithoutFragment));
    }

    [Fact]
    public void MatchingSurvivesAnItemInsertedEarlyInAPart()
    {
        var bib = Build(SeedEdits.WithItemInsertedInPartTwo(RealSeedText), RealFragments, out var diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted().Where(d => d.IsError)));
        Assert.Equal(["2.15"], bib.PaperById["trpo"].Listings.Select(l => l.Ref));
        Assert.Equal(["2.8"], bib.PaperById["icl-paperlist"].Listings.Select(l => l.Ref));
        Assert.Equal(["2.24a"], bib.PaperById["doc2vec"].Listings.Select(l => l.Ref));
        Assert.Equal(["2.35", "2.39"], bib.PaperById["flashattention"].Listings.Select(l => l.Ref));
        Assert.Equal(["2.12", "2.30"], bib.PaperById["zero-shot-reasoners"].Listings.Select(l => l.Ref));
        Assert.Equal(["2.34"], bib.PaperById["gradient-checkpointing"].Listings.Select(l => l.Ref));
        // The new item has no fragment and is reported; moved refs are warned about at the fragment's line.
        Assert.Contains(diagnostics.Sorted(), d => d.Code == Codes.ItemWithoutFragment && d.Message.Contains("2.2 "));
        Assert.Contains(diagnostics.Sorted(), d => d.Code == Codes.RefMovedByTitle && d.File!.EndsWith("flashattention.md"));
    }

    [Fact]
    public void FragmentWithoutATitleMatchIsPlacedByItsRef()
    {
        var bib = Build(RealSeedText, [Fragment("some-other-name", "A Title The Seed Does Not Use", "2.14")], out var diagnostics);
        Assert.Equal(["2.14"], bib.PaperById["some-other-name"].Listings.Select(l => l.Ref));
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void TwoFragmentsClaimingOneRefIsAnErrorPointingAtBoth()
    {
        Build(RealSeedText, [Fragment("one", "First Claimant", "2.14"), Fragment("two", "Second Claimant", "2.14")], out var diagnostics);
        var error = Assert.Single(diagnostics.Sorted(), d => d.Code == Codes.RefClaimedTwice);
        Assert.Equal("content/papers/two.md", error.File);
        Assert.Contains("content/papers/one.md:4", error.Message);
    }

    [Fact]
    public void FragmentWhoseItemLeftTheListIsKeptApartWithAWarning()
    {
        var bib = Build(RealSeedText, [Fragment("ghost", "A Paper Not In The List", "9.1")], out var diagnostics);
        var warning = Assert.Single(diagnostics.Sorted(), d => d.Code == Codes.ItemLeftTheList);
        Assert.Equal(("content/papers/ghost.md", 4), (warning.File, warning.Line));
        Assert.False(diagnostics.HasErrors);
        var ghost = bib.PaperById["ghost"];
        Assert.Equal(PaperStatus.LeftTheList, ghost.Status);
        Assert.Empty(ghost.Listings);
        Assert.Equal([ghost], bib.LeftTheList);
    }

    [Fact]
    public void DuplicateIdIsAnError()
    {
        Build(RealSeedText, [Fragment("same", "First Claimant", "2.14"), Fragment("same", "Second Claimant", "2.16")], out var diagnostics);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == Codes.DuplicateId);
    }
}
