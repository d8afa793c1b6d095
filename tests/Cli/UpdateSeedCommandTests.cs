using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Cli;
using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Pages;
using Bibliography.Tests.Seed;
using Bibliography.Tests.Robustness;
using CommandLine = Bibliography.Tests.Robustness.Cli;

namespace Bibliography.Tests.Cli;

/// <summary>
/// <c>update-seed</c> over copies of the real list and content, with re-exports made from the real list
/// (<see cref="SeedEdits"/>). The report is compared with <c>Fixtures/update-seed/&lt;case&gt;.txt</c> and what
/// <c>--write</c> prints with <c>&lt;case&gt;.write.txt</c>; <c>BIBLIOGRAPHY_BLESS=1</c> rewrites both for review.
/// </summary>
public partial class UpdateSeedCommandTests
{
    const string Date = "2026-12-05";
    static readonly string Real = File.ReadAllText(TestPaths.RealSeed);

    static readonly Dictionary<string, Func<string, string>> Exports = new()
    {
        ["item-removed"] = s => SeedEdits.WithoutItem(s, "第三部分", 4).Replace("(7篇,总56篇)", "(6篇,总55篇)"),
        ["item-inserted"] = SeedEdits.WithItemInsertedInPartTwo,
        ["item-moved-to-another-part"] = s => SeedEdits.WithItemMoved(s, "第六部分", 1, "第七部分"),
        ["item-retitled"] = s => SeedEdits.WithItemRetitled(s, "第一部分", 10, "Sparrow: Improving alignment of dialogue agents via targeted human judgements"),
        ["items-swapped"] = s => SeedEdits.WithItemsSwapped(s, "第一部分", 3, 4),
        ["part-renamed"] = s => s.Replace("第七部分 垂域版类ChatGPT(比如医疗GPT)和其它(10篇,总101篇)", "第七部分 垂域版类ChatGPT(比如医疗GPT、金融GPT)和其它(11篇,总102篇)"),
    };

    public static TheoryData<string> Cases => [.. Exports.Keys];

    static string WriteExport(CliFixture site, string name)
    {
        var file = Path.Combine(site.Root, "new-export.txt");
        File.WriteAllText(file, Exports[name](Real), new UTF8Encoding(false));
        return file;
    }

    static CliRun UpdateSeed(CliFixture site, string export, params string[] more) =>
        CommandLine.Run(["update-seed", export, "--seed", site.Inputs.Seed, "--content", site.Content, .. more]).RelativeTo(site.Root);

    static string ExpectedFile(string name) => Path.Combine(TestPaths.Repo, "tests", "Fixtures", "update-seed", name);

    static void AssertMatchesExpected(string file, string actual)
    {
        var path = ExpectedFile(file);
        if (Environment.GetEnvironmentVariable("BIBLIOGRAPHY_BLESS") == "1") File.WriteAllText(path, actual);
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportNamesEveryChangeOfTheNewExportItemByItem(string name)
    {
        var site = CliFixture.RealCopy();
        var export = WriteExport(site, name);

        var run = UpdateSeed(site, export);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Errors);
        AssertMatchesExpected(name + ".txt", run.Out);
        Assert.Equal(File.ReadAllBytes(TestPaths.RealSeed), File.ReadAllBytes(site.Inputs.Seed));
        Assert.False(File.Exists(Path.Combine(site.Content, ChangesLoader.FileName + ".new")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WriteTakesTheExportAndMovesOnlyTheRefsSoTheBuildFindsEveryPaperWhereTheListHasIt(string name)
    {
        var site = CliFixture.RealCopy();
        var export = WriteExport(site, name);
        var before = Tree(site.Papers);

        var run = UpdateSeed(site, export, "--write", "--date", Date);

        Assert.Equal(0, run.ExitCode);
        var summary = run.Out.IndexOf("\nSummary: ", StringComparison.Ordinal);
        var written = run.Out.IndexOf('\n', summary + 1) + 1;
        Assert.Equal(File.ReadAllText(ExpectedFile(name + ".txt")), run.Out[..written]);
        AssertMatchesExpected(name + ".write.txt", run.Out[written..]);
        Assert.Equal(File.ReadAllBytes(export), File.ReadAllBytes(site.Inputs.Seed));
        var after = Tree(site.Papers);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (file, text) in before) AssertOnlyRefsDiffer(file, Encoding.UTF8.GetString(text), Encoding.UTF8.GetString(after[file]));

        var changes = File.ReadAllBytes(Path.Combine(site.Content, ChangesLoader.FileName));
        var changesBefore = File.ReadAllBytes(Path.Combine(TestPaths.Repo, "content", ChangesLoader.FileName));
        Assert.True(changes.AsSpan().StartsWith(changesBefore), "the changes file is appended to, never rewritten");
        var diagnostics = new DiagnosticBag();
        var entries = ChangesLoader.Load(site.Content, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal([new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 5)], entries.Select(e => e.Date));
        Assert.False(entries[^1].List.IsEmpty);

        var build = SiteBuilder.Build(site.Inputs, BuildSettings.Default);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics.Sorted().Where(d => d.IsError)));
        Assert.DoesNotContain(build.Diagnostics.Sorted(), d => d.Code == Codes.RefMovedByTitle);
        var left = build.Diagnostics.Sorted().Where(d => d.Code == Codes.ItemLeftTheList).Select(d => Path.GetFileName(d.File)).ToList();
        Assert.Equal(name == "item-removed" ? ["opt.md"] : [], left);
    }

    [Fact]
    public void TwoWritesOnCopiesGiveIdenticalFiles()
    {
        var runs = Enumerable.Range(0, 2).Select(_ =>
        {
            var site = CliFixture.RealCopy();
            var run = UpdateSeed(site, WriteExport(site, "item-inserted"), "--write", "--date", Date);
            Assert.Equal(0, run.ExitCode);
            return (Tree(site.Root), run.Out);
        }).ToList();

        Assert.Equal(runs[0].Out, runs[1].Out);
        Assert.Equal(runs[0].Item1.Keys, runs[1].Item1.Keys);
        foreach (var (file, bytes) in runs[0].Item1) Assert.True(bytes.SequenceEqual(runs[1].Item1[file]), file);
    }

    [Fact]
    public void TheSameExportReportsNoChangeAndWriteRecordsNone()
    {
        var site = CliFixture.RealCopy();

        var run = UpdateSeed(site, TestPaths.RealSeed, "--write", "--date", Date);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $"Comparing seed.txt (7 parts, 102 items) with {Paths(TestPaths.RealSeed)} (7 parts, 102 items):\n" +
            "  no changes\n" +
            "Summary: added 0, removed 0, moved 0, retitled 0, parts renamed 0, heading counts changed 0; fragments whose refs move: 0.\n" +
            "wrote seed.txt: the new export\n" +
            "content/changes.yml: nothing to record, the list's items and parts are unchanged\n", run.Out);
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.Repo, "content", "changes.yml")), File.ReadAllBytes(Path.Combine(site.Content, "changes.yml")));
    }

    [Fact]
    public void WriteAppendsToAChangesFileWrittenWithABomAndCrlfLeavingItsBytes()
    {
        var site = CliFixture.RealCopy();
        var changes = Path.Combine(site.Content, ChangesLoader.FileName);
        var before = Encoding.UTF8.GetBytes("\uFEFF# edited on Windows\r\n- date: 2026-11-30\r\n  annotated: [gpt-1]\r\n");
        File.WriteAllBytes(changes, before);

        var run = UpdateSeed(site, WriteExport(site, "items-swapped"), "--write", "--date", Date);

        Assert.Equal(0, run.ExitCode);
        var after = File.ReadAllBytes(changes);
        Assert.True(after.AsSpan().StartsWith(before));
        var diagnostics = new DiagnosticBag();
        Assert.Equal(2, ChangesLoader.Load(site.Content, diagnostics).Count);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void ABrokenChangesFileStopsWriteBeforeAnythingIsWritten()
    {
        var site = CliFixture.RealCopy();
        File.WriteAllText(Path.Combine(site.Content, ChangesLoader.FileName), "- date: 2026-11-30\n  anotated: [gpt-1]\n");
        var papers = Tree(site.Papers);

        var run = UpdateSeed(site, WriteExport(site, "items-swapped"), "--write", "--date", Date);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(["content/changes.yml:2:3: error: unknown key `anotated` in an entry; did you mean `annotated`? known keys: date, list, annotated, note [BIB124]"], ErrorLines(run));
        Assert.Equal(File.ReadAllBytes(TestPaths.RealSeed), File.ReadAllBytes(site.Inputs.Seed));
        Assert.All(Tree(site.Papers), p => Assert.True(p.Value.SequenceEqual(papers[p.Key]), p.Key));
    }

    [Fact]
    public void WriteWithoutADateIsABadCommandLineAndWritesNothing()
    {
        var site = CliFixture.RealCopy();
        var export = WriteExport(site, "item-removed");
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = UpdateSeedCommand.Run(export, site.Inputs.Seed, site.Content, write: true, date: null, output, error, fallbackDate: () => null);

        Assert.Equal(2, exit);
        Assert.Contains("pass --date YYYY-MM-DD", error.ToString());
        Assert.Equal("", output.ToString());
        Assert.Equal(File.ReadAllBytes(TestPaths.RealSeed), File.ReadAllBytes(site.Inputs.Seed));
    }

    [Fact]
    public void SourceDateEpochDatesTheEntryWhenThereIsNoDateOption()
    {
        var site = CliFixture.RealCopy();
        var export = WriteExport(site, "items-swapped");

        var exit = UpdateSeedCommand.Run(export, site.Inputs.Seed, site.Content, write: true, date: null, new StringWriter(), new StringWriter(), fallbackDate: () => "2027-01-02");

        Assert.Equal(0, exit);
        Assert.Equal(new DateOnly(2027, 1, 2), ChangesLoader.Load(site.Content, new DiagnosticBag())[^1].Date);
    }

    [Theory]
    [InlineData("--date", "5 Dec 2026")]
    [InlineData("--date", "2026-02-30")]
    [InlineData("--wirte", null)]
    public void AMalformedCommandLineExitsTwo(string option, string? value)
    {
        var site = CliFixture.RealCopy();
        var run = UpdateSeed(site, WriteExport(site, "item-removed"), [option, .. value is null ? Array.Empty<string>() : [value]]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.False(run.HasStackTrace, run.Err);
        Assert.Equal(File.ReadAllBytes(TestPaths.RealSeed), File.ReadAllBytes(site.Inputs.Seed));
    }

    [Fact]
    public void AnExportThatIsNotUtf8IsOneLocatedErrorAndWritesNothing()
    {
        var site = CliFixture.RealCopy();
        var export = Path.Combine(site.Root, "new-export.txt");
        var bytes = Encoding.UTF8.GetBytes(Real).ToList();
        var line41 = IndexOfLine(bytes, 41);
        bytes.InsertRange(line41 + 5, new byte[] { 0xC4, 0xE3, 0xBA, 0xC3 }); // 你好 in GBK, after "  1. "
        File.WriteAllBytes(export, [.. bytes]);

        var run = UpdateSeed(site, export, "--write", "--date", Date);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(["new-export.txt:41:6: error: the file is not UTF-8 text (GBK or Latin-1?); save it as UTF-8 (without changing its content) [BIB007]"], ErrorLines(run));
        Assert.False(run.HasStackTrace, run.Err);
        Assert.Equal(File.ReadAllBytes(TestPaths.RealSeed), File.ReadAllBytes(site.Inputs.Seed));
    }

    [Fact]
    public void AnExportWithoutPartsIsOneLocatedError()
    {
        var site = CliFixture.RealCopy();
        var export = Path.Combine(site.Root, "new-export.txt");
        File.WriteAllText(export, "My reading list\n\n1. A paper\n2. Another paper\n");

        var run = UpdateSeed(site, export);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        var error = Assert.Single(ErrorLines(run));
        Assert.StartsWith("new-export.txt:1:1: error: no parts found: expected headings like \"第一部分 标题(11篇,总11篇)\"", error);
        Assert.EndsWith("[BIB004]", error);
    }

    [Fact]
    public void AMissingExportIsOneLocatedError()
    {
        var site = CliFixture.RealCopy();

        var run = UpdateSeed(site, Path.Combine(site.Root, "no-such-export.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("no-such-export.txt: error: the new export does not exist; give the path of the text saved from the blog [BIB001]\n", run.Err);
    }

    [Fact]
    public void ABrokenFragmentStopsUpdateSeedBeforeAnythingIsWritten()
    {
        var site = CliFixture.RealCopy();
        File.WriteAllText(Path.Combine(site.Papers, "broken.md"), "---\nid: broken\ntitle: \"Broken\n---\n");

        var run = UpdateSeed(site, WriteExport(site, "item-removed"), "--write", "--date", Date);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("content/papers/broken.md:3:8: error: invalid YAML", ErrorLines(run)[0]);
        Assert.Contains("update-seed reads every fragment to know which list item it annotates", run.Err);
        Assert.Equal(File.ReadAllBytes(TestPaths.RealSeed), File.ReadAllBytes(site.Inputs.Seed));
    }

    /// <summary>Lines may differ only where a ref is written: the `seed:` line and `curator_note_en` keys.</summary>
    static void AssertOnlyRefsDiffer(string file, string before, string after)
    {
        var (a, b) = (before.Split('\n'), after.Split('\n'));
        Assert.True(a.Length == b.Length, $"{file}: lines added or removed");
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            Assert.True(a[i].StartsWith("seed: [", StringComparison.Ordinal) || NoteKey().IsMatch(a[i]), $"{file}:{i + 1}: `{a[i]}` changed to `{b[i]}`");
            Assert.Equal(RefPattern().Replace(a[i], "R"), RefPattern().Replace(b[i], "R"));
        }
    }

    static List<string> ErrorLines(CliRun run) => run.Err.Split('\n').Where(l => l.Contains(": error: ")).ToList();

    static Dictionary<string, byte[]> Tree(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes);

    static int IndexOfLine(List<byte> bytes, int line)
    {
        var at = 0;
        for (var n = 1; n < line; n++) at = bytes.IndexOf((byte)'\n', at) + 1;
        return at;
    }

    static string Paths(string file) => Bibliography.Text.Paths.Display(file);

    [GeneratedRegex(@"^  ""\d+\.\d+[a-z]?"":")]
    private static partial Regex NoteKey();

    [GeneratedRegex(@"\d+\.\d+[a-z]?")]
    private static partial Regex RefPattern();
}
