using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Model;
using Bibliography.Seed;
using Bibliography.Text;

namespace Bibliography.Tests.Content;

/// <summary>
/// <c>content/changes.yml</c> read and written: the repository's record, entries written by update-seed and new read
/// back as written, and each bad file in <c>Fixtures/invalid/changes/</c> one located error as its <c>.expected</c>
/// file says (<c>BIBLIOGRAPHY_BLESS=1</c> rewrites them for review).
/// </summary>
public class ChangesLoaderTests
{
    static string Invalid => Path.Combine(TestPaths.Fixtures, "invalid", "changes");

    static readonly ChangeEntry Full = new(new DateOnly(2026, 12, 5),
        new ListChanges(
            [new ListedItem("2.39", "Direct Preference Optimization: Your Language Model is Secretly a Reward Model")],
            [new RemovedItem("3.4", "Opt: Open pre-trained transformer language models", "opt"), new RemovedItem("7.11", "A \"quoted\" title with a back\\slash", null)],
            [new MovedItem("3.5", "3.4", "BLOOM: A 176B-Parameter Open-Access Multilingual Language Model")],
            [new RetitledItem("1.10", "Improving alignment of dialogue agents", "Sparrow: Improving alignment of dialogue agents")],
            [new RenamedPart(7, "垂域版类ChatGPT(比如医疗GPT)和其它", "垂域模型和其它"), new RenamedPart(8, null, "新增部分")]),
        ["lora", "gpt-4"], new Bilingual<string?>("第二版。", "The second edition: \"DPO\" joins the list."), new SourcePos(0, 0));

    [Fact]
    public void AnAbsentChangesFileIsAnEmptyRecord()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Empty(ChangesLoader.Load(TestPaths.TempDir(), diagnostics));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void TheFirstEditionsEntryNamesEveryPaperOfTheListInReadingOrder()
    {
        var content = Path.Combine(TestPaths.Repo, "content");
        var diagnostics = new DiagnosticBag();
        var tags = SiteLoader.LoadTags(content, diagnostics);
        var seed = SeedLoader.Load(TestPaths.RealSeed, diagnostics)!;
        var fragments = FragmentLoader.Load(content, tags.Select(t => t.Id).ToHashSet(), diagnostics, DateTime.UtcNow.Year);
        var bibliography = ModelBuilder.Build(seed, fragments, tags, SiteLoader.LoadSite(content, diagnostics), diagnostics);

        var entries = ChangesLoader.Load(content, diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        var first = Assert.Single(entries);
        Assert.Equal(new DateOnly(2026, 11, 30), first.Date);
        Assert.True(first.List.IsEmpty);
        Assert.Equal(bibliography.Papers.Select(p => p.Id), first.Annotated);
        Assert.Equal(101, first.Annotated.Count);
        Assert.NotNull(first.Note.En);
        Assert.NotNull(first.Note.Zh);
        Assert.Equal((6, 3), (first.Pos.Line, first.Pos.Column));
    }

    [Fact]
    public void TheReadmesExampleEntryReads()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Repo, "README.md"));
        var start = readme.IndexOf("```yaml\n- date: ", StringComparison.Ordinal) + "```yaml\n".Length;
        var example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        var diagnostics = new DiagnosticBag();

        var entry = Assert.Single(ChangesLoader.Parse("README.md", example, diagnostics));

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal([new RemovedItem("3.4", "…", "opt")], entry.List.Removed);
        Assert.Equal(["lora"], entry.Annotated);
    }

    [Fact]
    public void AnEntryWrittenReadsBackAsWritten()
    {
        var text = ChangesWriter.Append(null, Full);
        var diagnostics = new DiagnosticBag();

        var read = Assert.Single(ChangesLoader.Parse("changes.yml", text, diagnostics));

        Assert.Empty(diagnostics.Sorted());
        Assert.StartsWith(ChangesWriter.Header + "\n- date: 2026-12-05\n  list:\n    added:\n      - {ref: \"2.39\", title: ", text);
        Assert.Equal(Full.Date, read.Date);
        Assert.Equal(Full.List.Added, read.List.Added);
        Assert.Equal(Full.List.Removed, read.List.Removed);
        Assert.Equal(Full.List.Moved, read.List.Moved);
        Assert.Equal(Full.List.Retitled, read.List.Retitled);
        Assert.Equal(Full.List.Parts, read.List.Parts);
        Assert.Equal(Full.Annotated, read.Annotated);
        Assert.Equal(Full.Note, read.Note);
    }

    [Fact]
    public void AppendingKeepsWhatWasThereByteForByte()
    {
        var before = "# my comment\n- date: 2026-11-30\n  annotated: [gpt-1]   # trailing comment";
        var after = ChangesWriter.Append(before, Full);
        Assert.StartsWith(before + "\n\n- date: 2026-12-05\n", after);
        Assert.Equal(2, ChangesLoader.Parse("changes.yml", after, new DiagnosticBag()).Count);
    }

    [Fact]
    public void AnAnnotatedIdJoinsTheLastEntryOfTheSameDateOrStartsANewEntry()
    {
        var text = "- date: 2026-12-05\n  annotated: [gpt-1,\n    gpt-2]\n  note: {en: \"x\"}\n";
        var day = new DateOnly(2026, 12, 5);

        var joined = ChangesWriter.AddAnnotated(text, day, "lora");
        Assert.Equal("- date: 2026-12-05\n  annotated: [gpt-1,\n    gpt-2, lora]\n  note: {en: \"x\"}\n", joined);
        Assert.Equal(joined, ChangesWriter.AddAnnotated(joined, day, "lora"));

        var later = ChangesWriter.AddAnnotated(joined, day.AddDays(1), "gpt-4");
        Assert.Equal(joined + "\n- date: 2026-12-06\n  annotated: [gpt-4]\n", later);

        var withBom = "\uFEFF- date: 2026-12-05\r\n  annotated: []\r\n";
        Assert.Equal("\uFEFF- date: 2026-12-05\r\n  annotated: [lora]\r\n", ChangesWriter.AddAnnotated(withBom, day, "lora"));

        var first = ChangesWriter.AddAnnotated(null, day, "lora");
        Assert.Equal(ChangesWriter.Header + "\n- date: 2026-12-05\n  annotated: [lora]\n", first);
        Assert.Equal(["lora"], Assert.Single(ChangesLoader.Parse("changes.yml", first, new DiagnosticBag())).Annotated);
    }

    [Fact]
    public void ABadEntryIsDroppedAndTheOthersAreKept()
    {
        var diagnostics = new DiagnosticBag();
        var entries = ChangesLoader.Parse("changes.yml", "- date: 2026-11-30\n  annotated: [gpt-1]\n- date: 2026-12-01\n  annotated: [Bad Id]\n- date: 2026-12-02\n  annotated: [lora]\n", diagnostics);

        Assert.Equal(["gpt-1", "lora"], entries.SelectMany(e => e.Annotated));
        Assert.Equal(["changes.yml:4:15: error: `Bad Id` is not a paper id (lowercase letters, digits and hyphens, as the file name of its fragment) [BIB124]"],
            diagnostics.Sorted().Select(d => d.ToColonForm()));
    }

    public static TheoryData<string> BadFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Invalid, "*.yml").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void ABadChangesFileIsOneLocatedError(string name)
    {
        var content = TestPaths.TempDir();
        File.Copy(Path.Combine(Invalid, name + ".yml"), Path.Combine(content, ChangesLoader.FileName));
        var diagnostics = new DiagnosticBag();

        ChangesLoader.Load(content, diagnostics);

        var errors = diagnostics.Sorted().Select(d => d.ToColonForm().Replace(Paths.Display(content) + "/", "")).ToList();
        var expectedFile = Path.Combine(TestPaths.Repo, "tests", "Fixtures", "invalid", "changes", name + ".expected");
        if (Environment.GetEnvironmentVariable("BIBLIOGRAPHY_BLESS") == "1") File.WriteAllText(expectedFile, string.Join("\n", errors) + "\n");
        Assert.Equal(File.ReadAllLines(expectedFile).Where(l => l.Length > 0), errors);
        Assert.Single(errors);
        Assert.All(diagnostics.Sorted(), d => Assert.Equal(Codes.ChangesFile, d.Code));
    }

    [Fact]
    public void AChangesFileThatIsNotUtf8IsOneLocatedError()
    {
        var content = TestPaths.TempDir();
        File.WriteAllBytes(Path.Combine(content, ChangesLoader.FileName), [.. "- date: 2026-12-05\n  note: {en: \""u8, 0xE9, .. "t\"}\n"u8]);
        var diagnostics = new DiagnosticBag();

        Assert.Empty(ChangesLoader.Load(content, diagnostics));

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((Codes.ChangesFile, 2, 15), (error.Code, error.Line, error.Column));
    }
}
