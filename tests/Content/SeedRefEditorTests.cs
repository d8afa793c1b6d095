using Bibliography.Content;

namespace Bibliography.Tests.Content;

/// <summary>Moving a fragment's refs edits the ref strings of <c>seed</c> and the keys of <c>curator_note_en</c>, and no other character.</summary>
public class SeedRefEditorTests
{
    static readonly Dictionary<string, string> Moves = new() { ["3.5"] = "3.4", ["6.3b"] = "6.2b" };

    [Fact]
    public void OnlyTheRefsOfSeedAndTheKeysOfCuratorNoteEnChange()
    {
        const string text = "---\nid: bloom\ntitle: \"BLOOM\"\nseed: [\"1.2\", \"3.5\"]   # listed twice\ncurator_note_en:\n  \"3.5\": \"See 3.5 and 1.2.\"\n  \"1.2\": \"3.5\"\neditor_note:\n  en: \"Item 3.5 is wrong.\"\n---\n\n::: en\nItem 3.5 of the list.\n:::\n";

        var rewritten = SeedRefEditor.Rewrite(text, Moves);

        Assert.Equal(text.Replace("\"3.5\"]", "\"3.4\"]").Replace("  \"3.5\": ", "  \"3.4\": "), rewritten);
    }

    [Theory]
    [InlineData("seed: ['3.5']\n", "seed: ['3.4']\n")]
    [InlineData("seed: [3.5, 1.2]\n", "seed: [3.4, 1.2]\n")]
    [InlineData("seed: \"3.5\"\n", "seed: \"3.4\"\n")]
    [InlineData("seed:\n  - \"1.2\"\n  - \"6.3b\"\n", "seed:\n  - \"1.2\"\n  - \"6.2b\"\n")]
    [InlineData("seed: [ \"3.5\" ,\"6.3b\" ]\n", "seed: [ \"3.4\" ,\"6.2b\" ]\n")]
    public void EveryWayOfWritingTheSeedKeepsItsQuotesAndSpacing(string seed, string expected)
    {
        var text = $"---\nid: x\n{seed}tags: [survey]\n---\n\n::: en\nText.\n:::\n";
        Assert.Equal(text.Replace(seed, expected), SeedRefEditor.Rewrite(text, Moves));
    }

    [Fact]
    public void LineEndingsAndTheByteOrderMarkStay()
    {
        const string text = "\uFEFF---\r\nid: x\r\nseed: [\"3.5\"]\r\ncurator_note_en:\r\n  \"3.5\": \"note\"\r\n---\r\n\r\n::: en\r\nText.\r\n:::\r\n";
        Assert.Equal(text.Replace("3.5", "3.4"), SeedRefEditor.Rewrite(text, Moves));
    }

    [Fact]
    public void AFragmentWithoutMovedRefsIsLeftAsItIs()
    {
        const string text = "---\nid: x\nseed: [\"1.2\"]\n---\n\n::: en\n3.5\n:::\n";
        Assert.Equal(text, SeedRefEditor.Rewrite(text, Moves));
    }

    [Theory]
    [InlineData("no front matter\n")]
    [InlineData("---\nid: x\nseed: [\"3.5\"\n")]
    [InlineData("---\nid: x\nseed: [\"3.5\"\n---\n")]
    [InlineData("---\nid: x\nseed: [\"3.\\x35\"]\n---\n")]
    public void AFrontMatterItCannotReadOrARefWrittenWithEscapesIsNotEdited(string text) =>
        Assert.Null(SeedRefEditor.Rewrite(text, Moves));
}
