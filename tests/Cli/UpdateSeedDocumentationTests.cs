using System.Text;
using Bibliography.Tests.Robustness;
using Bibliography.Tests.Seed;
using CommandLine = Bibliography.Tests.Robustness.Cli;

namespace Bibliography.Tests.Cli;

/// <summary>
/// The update-seed commands the README and CONTRIBUTING (both languages) show run as written, over a copy of the
/// repository's seed and content laid out as in the repository, and the README's example report is the real one.
/// </summary>
public class UpdateSeedDocumentationTests
{
    const string Prefix = "dotnet run --project generator -- ";

    /// <summary>A copy of the seed and content at their repository paths, and the new export the documents name.</summary>
    static (string Root, string Seed, string Content) Copy()
    {
        var root = TestPaths.TempDir();
        var seed = Path.Combine(root, "seeds", "llm-multimodal-reading-list.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(seed)!);
        File.Copy(TestPaths.RealSeed, seed);
        ScratchSite.CopyTree(TestPaths.RealInputs.Content, Path.Combine(root, "content"));
        var real = File.ReadAllText(TestPaths.RealSeed);
        var export = SeedEdits.WithoutItem(real, "第三部分", 4).Replace("(7篇,总56篇)", "(6篇,总55篇)");
        File.WriteAllText(Path.Combine(root, "new-export.txt"), export, new UTF8Encoding(false));
        return (root, seed, Path.Combine(root, "content"));
    }

    /// <summary>The commands of a document's code blocks that start with the generator's prefix, without their comments.</summary>
    static List<string[]> Commands(string document, string command) =>
        File.ReadAllLines(Path.Combine(TestPaths.Repo, document))
            .Where(l => l.StartsWith(Prefix + command, StringComparison.Ordinal))
            .Select(l => (l.Contains(" # ") ? l[..l.IndexOf(" # ", StringComparison.Ordinal)] : l)[Prefix.Length..].Trim())
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();

    static CliRun Run(string[] args, (string Root, string Seed, string Content) copy)
    {
        var resolved = args.Select(a => a == "new-export.txt" ? Path.Combine(copy.Root, a) : a).ToList();
        resolved.AddRange(["--seed", copy.Seed, "--content", copy.Content]);
        if (args[0] == "build") resolved.AddRange(["--output", Path.Combine(copy.Root, "output")]);
        return CommandLine.Run([.. resolved]).RelativeTo(copy.Root);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("CONTRIBUTING.md")]
    [InlineData("CONTRIBUTING.zh.md")]
    public void TheDocumentedUpdateSeedCommandsRunAsWritten(string document)
    {
        var commands = Commands(document, "update-seed");
        Assert.Equal(2, commands.Count);
        Assert.Contains("--write", commands[1]);
        var copy = Copy();

        foreach (var args in commands.Concat(Commands(document, "build").Where(c => c.Length == 1)))
        {
            var run = Run(args, copy);
            Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: exit {run.ExitCode}\n{run.Err}");
            Assert.DoesNotContain("BIB205", run.Err);
        }
        Assert.Equal(File.ReadAllBytes(Path.Combine(copy.Root, "new-export.txt")), File.ReadAllBytes(copy.Seed));
    }

    [Fact]
    public void TheReadmesExampleReportIsWhatUpdateSeedPrints()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Repo, "README.md"));
        var start = readme.IndexOf("```\nComparing seeds/", StringComparison.Ordinal) + 4;
        var example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        var copy = Copy();

        var run = Run(["update-seed", "new-export.txt"], copy);

        Assert.Equal(example, run.Out);
    }
}
