using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Model;
using Bibliography.Seed;
using Bibliography.Tests.Seed;

namespace Bibliography.Tests.Model;

/// <summary>A new export followed into the fragments: which fragment annotates what, and which refs must move.</summary>
public class SeedUpdateTests
{
    static readonly string Real = File.ReadAllText(TestPaths.RealSeed);
    static readonly string Content = Path.Combine(TestPaths.Repo, "content");
    static readonly IReadOnlySet<string> TagIds = SiteLoader.LoadTags(Content, new DiagnosticBag()).Select(t => t.Id).ToHashSet();
    static readonly IReadOnlyList<Fragment> RealFragments = FragmentLoader.Load(Content, TagIds, new DiagnosticBag(), DateTime.UtcNow.Year);

    static SeedDocument Parse(string text) => SeedParser.Parse("seed.txt", text, new DiagnosticBag())!;

    static SeedUpdate Plan(string next, IReadOnlyList<Fragment>? fragments = null) => SeedUpdate.Plan(Parse(Real), Parse(next), fragments ?? RealFragments);

    static Fragment Fragment(string id, string title, params string[] refs)
    {
        var seed = refs.Length == 0 ? "" : $"seed: [{string.Join(", ", refs.Select(r => $"\"{r}\""))}]\n";
        var text = $"---\nid: {id}\ntitle: \"{title}\"\n{seed}tags: [survey]\n---\n\n::: en\nText.\n:::\n\n::: zh\n文字。\n:::\n";
        return FragmentParser.Parse($"content/papers/{id}.md", text, TagIds, new DiagnosticBag(), 2026)!;
    }

    static Dictionary<string, string> MovesOf(SeedUpdate update, string id) =>
        update.Moves.Single(m => m.Fragment.Id == id).Refs.ToDictionary(r => r.Key, r => r.Value);

    [Fact]
    public void APaperListedTwiceThatLosesOneListingStaysAtTheOther()
    {
        var update = Plan(SeedEdits.WithoutItem(Real, "第四部分", 11));

        Assert.Equal("gpt-1", update.FragmentOf("4.11")!.Id);
        Assert.Equal(["1.1"], update.NewRefsOf(update.FragmentOf("4.11")!));
        Assert.Empty(update.Moves);
        Assert.Equal(new RemovedItem("4.11", "Improving language understanding by generative pre-training", "gpt-1"), Assert.Single(update.ToListChanges().Removed));
    }

    [Fact]
    public void ListingsOfAPaperListedTwiceMoveEachWithItsItem()
    {
        var update = Plan(SeedEdits.WithItemInsertedInPartTwo(Real));

        Assert.Equal(new() { ["2.34"] = "2.35", ["2.38"] = "2.39" }, MovesOf(update, "flashattention"));
        Assert.Equal(new() { ["2.23a"] = "2.24a" }, MovesOf(update, "doc2vec"));
        Assert.DoesNotContain(update.Moves, m => m.Fragment.Id == "gpt-1");
    }

    [Fact]
    public void AFragmentWhoseRefWasAlreadyWrongIsFoundByItsTitleAndCorrected()
    {
        var fragments = RealFragments.Where(f => f.Id != "ppo").Append(Fragment("ppo", "Proximal Policy Optimization Algorithms", "2.14")).ToList();
        var update = Plan(SeedEdits.WithItemInsertedInPartTwo(Real), fragments);

        Assert.Equal(new() { ["2.14"] = "2.16" }, MovesOf(update, "ppo"));
    }

    [Fact]
    public void AFragmentOfAnItemRetitledWhileTheListWasRenumberedFollowsItsPlace()
    {
        var next = SeedEdits.WithItemRetitled(SeedEdits.WithItemInsertedInPartTwo(Real), "第二部分", 11, "Chain of Thought Prompting (retitled)");
        var update = Plan(next);

        var retitled = Assert.Single(update.Diff.Retitled);
        Assert.Equal(("2.10", "2.11"), (retitled.Old.Ref, retitled.New.Ref));
        Assert.Equal(new() { ["2.10"] = "2.11" }, MovesOf(update, "chain-of-thought"));
    }

    [Fact]
    public void AnItemTheListGainsThatAFragmentAlreadyDescribesNamesThatFragment()
    {
        var chrome = Real.IndexOf("  • 39", StringComparison.Ordinal);
        var next = Real[..chrome] + "第八部分 新增部分(1篇,总102篇)\n\n  1. Direct Preference Optimization: Your Language Model is Secretly a Reward Model\n    DPO论文\n\n" + Real[chrome..];
        var dpo = Fragment("dpo", "Direct Preference Optimization: Your Language Model is Secretly a Reward Model");

        var update = Plan(next, [.. RealFragments, dpo]);

        Assert.Same(dpo, update.TitledAdded["8.1"]);
        Assert.Equal(new RenamedPart(8, null, "新增部分"), Assert.Single(update.ToListChanges().Parts));
    }
}
