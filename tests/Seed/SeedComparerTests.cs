using Bibliography.Diagnostics;
using Bibliography.Seed;

namespace Bibliography.Tests.Seed;

/// <summary>Two exports compared entry by entry: by title key first, then by position; parts by number.</summary>
public class SeedComparerTests
{
    /// <summary>A list with one part per argument: "heading: title | title | …".</summary>
    static SeedDocument List(params string[] parts)
    {
        var text = "My reading list\n\n" + string.Join("\n", parts.Select((p, k) =>
        {
            var heading = p[..p.IndexOf(':')];
            var items = p[(p.IndexOf(':') + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return $"第{"一二三四五六七八九"[k]}部分 {heading}\n\n" + string.Concat(items.Select((t, i) => $"  {i + 1}. {t}\n"));
        }));
        var diagnostics = new DiagnosticBag();
        var doc = SeedParser.Parse("list.txt", text, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return doc!;
    }

    static SeedDiff Compare(SeedDocument current, SeedDocument next) => SeedComparer.Compare(current, next);

    static string[] Moves(SeedDiff diff) => diff.Moved.Select(m => $"{m.Old.Ref}→{m.New.Ref}").ToArray();

    const string A = "Attention Is All You Need", B = "Language Models are Few-Shot Learners", C = "Deep Residual Learning for Image Recognition",
        D = "Denoising Diffusion Probabilistic Models", X = "A Newly Inserted Paper on Prompting";

    [Fact]
    public void TheSameListHasNoChanges()
    {
        var diff = Compare(List($"基础(3篇):{A}|{B}|{C}"), List($"基础(3篇):{A}|{B}|{C}"));
        Assert.True(diff.IsEmpty);
        Assert.Equal(3, diff.Matches.Count);
    }

    [Fact]
    public void TitlesMatchWhateverTheirCaseAndPunctuation()
    {
        var diff = Compare(List($"基础:{A}|{B}"), List($"基础:ATTENTION is all you need.|{B}"));
        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void AnItemInsertedMovesTheItemsAfterIt()
    {
        var diff = Compare(List($"基础:{A}|{B}|{C}"), List($"基础:{A}|{X}|{B}|{C}"));
        Assert.Equal(["1.2"], diff.Added.Select(e => e.Ref));
        Assert.Equal(["1.2→1.3", "1.3→1.4"], Moves(diff));
        Assert.Empty(diff.Removed);
    }

    [Fact]
    public void AnItemWhoseTitleChangedInPlaceIsRetitledNotRemovedAndAdded()
    {
        var diff = Compare(List($"基础:{A}|{B}|{C}"), List($"基础:{A}|GPT-3: {B}|{C}"));
        var m = Assert.Single(diff.Retitled);
        Assert.Equal(("1.2", "1.2", false), (m.Old.Ref, m.New.Ref, m.ByTitle));
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
    }

    [Fact]
    public void AnItemRetitledBetweenTheSameNeighboursIsFollowedThroughARenumbering()
    {
        var diff = Compare(List($"基础:{A}|{B}|{C}"), List($"基础:{X}|{A}|GPT-3: {B}|{C}"));
        Assert.Equal(["1.1"], diff.Added.Select(e => e.Ref));
        var m = Assert.Single(diff.Retitled);
        Assert.Equal(("1.2", "1.3"), (m.Old.Ref, m.New.Ref));
        Assert.Contains("1.2→1.3", Moves(diff));
    }

    [Fact]
    public void AnArxivIdOnTheLineMatchesAnItemWhoseTitleChanged()
    {
        var diff = Compare(List($"基础:{A}|Old title ~ https://arxiv.org/abs/2101.00001"), List($"基础:New title ~ https://arxiv.org/pdf/2101.00001.pdf|{A}"));
        var m = Assert.Single(diff.Retitled);
        Assert.True(m.ByTitle);
        Assert.Equal(("1.2", "1.1"), (m.Old.Ref, m.New.Ref));
        Assert.Equal(["1.2→1.1", "1.1→1.2"], Moves(diff));
    }

    [Fact]
    public void AnItemRemovedAndAnotherAddedInOtherPartsAreNotTakenForOne()
    {
        var diff = Compare(List($"一:{A}|{B}", $"二:{C}"), List($"一:{A}", $"二:{D}|{C}"));
        Assert.Equal(["1.2"], diff.Removed.Select(e => e.Ref));
        Assert.Equal(["2.1"], diff.Added.Select(e => e.Ref));
        Assert.Empty(diff.Retitled);
    }

    [Fact]
    public void APaperListedTwiceKeepsTheListingNearestItsPlace()
    {
        var diff = Compare(List($"一:{A}|{B}", $"二:{C}|{A}"), List($"一:{B}", $"二:{C}|{A}"));
        Assert.Equal(["1.1"], diff.Removed.Select(e => e.Ref));
        Assert.Equal(["1.2→1.1"], Moves(diff));
        Assert.Equal("2.2", diff.NewRef("2.2"));
        Assert.Null(diff.NewRef("1.1"));
    }

    [Fact]
    public void TwoItemsSwappedBothMove()
    {
        var diff = Compare(List($"基础:{A}|{B}|{C}"), List($"基础:{A}|{C}|{B}"));
        Assert.Equal(["1.3→1.2", "1.2→1.3"], Moves(diff));
        Assert.Empty(diff.Retitled);
    }

    [Fact]
    public void PartsAreComparedByNumberTitleAndDeclaredCount()
    {
        var diff = Compare(
            List($"基础(2篇,总2篇):{A}|{B}", $"技术(1篇,总3篇):{C}", $"其它:{D}"),
            List($"基础(2篇,总2篇):{A}|{B}", $"关键技术(1篇,总3篇):{C}"));

        Assert.Equal([(2, "技术", "关键技术"), (3, "其它", null)], diff.RenamedParts.Select(p => (p.Number, p.Old?.Title, p.New?.Title)));
        Assert.Empty(diff.CountChanges);
        Assert.Equal(["3.1"], diff.Removed.Select(e => e.Ref));

        var counts = Compare(List($"基础(2篇,总2篇):{A}|{B}"), List($"基础(3篇,总3篇):{A}|{B}|{C}"));
        var changed = Assert.Single(counts.CountChanges);
        Assert.Equal((2, 3), (changed.Old!.DeclaredCount, changed.New!.DeclaredCount));
        Assert.Empty(counts.RenamedParts);
    }
}
