using Bibliography.Content;
using Bibliography.Diagnostics;

namespace Bibliography.Tests.Cli;

/// <summary><c>new</c> writes a skeleton that <c>check</c> rejects only at its FILL-ME markers, and never overwrites.</summary>
public class NewCommandTests
{
    [Fact]
    public void SkeletonFromASeedItemFailsCheckOnlyAtItsFillMarkers()
    {
        var site = CliFixture.CopyOf("mini");

        var (exit, path, _) = site.New("Deep Residual Learning for Image Recognition", seedRef: "1.2");

        Assert.Equal(0, exit);
        Assert.Equal(site.ContentDisplay + "/papers/deep-residual-learning-for-image-recognition.md", path);
        var text = File.ReadAllText(Path.Combine(site.Papers, "deep-residual-learning-for-image-recognition.md"));
        Assert.Contains("seed: [\"1.2\"]", text);
        Assert.Contains("title: \"Deep Residual Learning for Image Recognition\"", text);
        var marked = text.Split('\n').Select((l, i) => (l, i + 1)).Where(x => x.l.Contains("FILL-ME")).Select(x => x.Item2).ToList();

        var (checkExit, lines) = site.Check();

        Assert.Equal(1, checkExit);
        var errors = lines.Where(l => l.Contains(": error: ")).ToList();
        Assert.All(errors, e => Assert.EndsWith("[BIB601]", e));
        Assert.Equal(marked.Select(n => $"{path}:{n}:"), errors.Select(e => e[..(e.IndexOf(':', path.Length + 1) + 1)]));
        Assert.Contains(errors, e => e.Contains("curator's note in English: ResNet论文"));
    }

    [Fact]
    public void SkeletonFromAnArxivIdGetsAnArxivIdAndMarksTheTitleToFill()
    {
        var site = CliFixture.CopyOf("mini");

        var (exit, path, _) = site.New("arXiv:1512.03385v1");

        Assert.Equal(0, exit);
        Assert.EndsWith("/papers/arxiv-1512-03385.md", path);
        var text = File.ReadAllText(Path.Combine(site.Papers, "arxiv-1512-03385.md"));
        Assert.Contains("id: arxiv-1512-03385\n", text);
        Assert.Contains("arxiv: \"1512.03385\"\n", text);
        Assert.Contains("title: \"FILL-ME: the title exactly as published\"\n", text);
        var (_, lines) = site.Check();
        Assert.All(lines.Where(l => l.Contains(": error: ")), e => Assert.EndsWith("[BIB601]", e));
        Assert.Contains(lines, l => l == $"{path}:3:9: error: placeholder left by `new`: replace `FILL-ME` (the title exactly as published) [BIB601]");
    }

    [Fact]
    public void NewRefusesToOverwrite()
    {
        var site = CliFixture.CopyOf("mini");
        var before = File.ReadAllText(Path.Combine(site.Papers, "lora.md"));

        var (exit, _, error) = site.New("LoRA");

        Assert.Equal(1, exit);
        Assert.Contains("never overwrites", error);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Papers, "lora.md")));
    }

    [Theory]
    [InlineData("attention is all you need", null, "title “Attention Is All You Need”")]
    [InlineData("1706.03762", null, "arXiv 1706.03762")]
    [InlineData("Transformer, again", "2.2", "it claims list item 2.2")]
    public void NewPointsAtTheFragmentThatAlreadyDescribesThePaperInsteadOfWritingASecond(string what, string? seedRef, string why)
    {
        var site = CliFixture.CopyOf("mini");
        var before = Directory.GetFiles(site.Papers).Order().ToList();

        var (exit, _, error) = site.New(what, seedRef);

        Assert.Equal(1, exit);
        Assert.Equal($"{site.ContentDisplay}/papers/transformer.md: error: this paper already has a fragment ({why}): edit it, or add a title to its `aliases`", error.Trim());
        Assert.Equal(before, Directory.GetFiles(site.Papers).Order().ToList());
    }

    [Fact]
    public void UnknownSeedRefIsABadCommandLine()
    {
        var (exit, _, error) = CliFixture.CopyOf("mini").New("Something", seedRef: "9.9");
        Assert.Equal(2, exit);
        Assert.Contains("no item 9.9", error);
    }

    [Fact]
    public void NewRecordsThePaperAsAnnotatedInTheChangesFileUnderItsDate()
    {
        var site = CliFixture.CopyOf("mini");
        var changes = Path.Combine(site.Content, "changes.yml");

        Assert.Equal(0, site.New("Deep Residual Learning for Image Recognition", seedRef: "1.2", date: "2026-12-05").Exit);
        Assert.Equal(ChangesWriter.Header + "\n- date: 2026-12-05\n  annotated: [deep-residual-learning-for-image-recognition]\n", File.ReadAllText(changes));

        Assert.Equal(0, site.New("arXiv:2305.18290", date: "2026-12-05").Exit);
        Assert.Equal(0, site.New("Training Compute-Optimal Large Language Models", date: "2026-12-06").Exit);
        var diagnostics = new DiagnosticBag();
        var entries = ChangesLoader.Load(site.Content, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal([(new DateOnly(2026, 12, 5), "deep-residual-learning-for-image-recognition arxiv-2305-18290"), (new DateOnly(2026, 12, 6), "training-compute-optimal-large-language-models")],
            entries.Select(e => (e.Date, string.Join(' ', e.Annotated))));
    }

    [Fact]
    public void ABrokenChangesFileStopsNewBeforeItWritesAnything()
    {
        var site = CliFixture.CopyOf("mini");
        File.WriteAllText(Path.Combine(site.Content, "changes.yml"), "- date: 5 Dec 2026\n  annotated: [lora]\n");
        var before = Directory.GetFiles(site.Papers).Order().ToList();

        var (exit, _, error) = site.New("Deep Residual Learning for Image Recognition", date: "2026-12-05");

        Assert.Equal(1, exit);
        Assert.Equal($"{site.ContentDisplay}/changes.yml:1:9: error: date `5 Dec 2026` is not a date written as YYYY-MM-DD, e.g. 2026-12-05 [BIB124]", error);
        Assert.Equal(before, Directory.GetFiles(site.Papers).Order().ToList());
    }

    [Fact]
    public void AMalformedDateIsABadCommandLine()
    {
        var site = CliFixture.CopyOf("mini");
        var (exit, _, error) = site.New("Deep Residual Learning for Image Recognition", date: "yesterday");
        Assert.Equal(2, exit);
        Assert.Contains("YYYY-MM-DD", error);
        Assert.False(File.Exists(Path.Combine(site.Content, "changes.yml")));
    }
}
