using Bibliography.Tests.Robustness;
using CommandLine = Bibliography.Tests.Robustness.Cli;

namespace Bibliography.Tests.Cli;

/// <summary>
/// Every generator command the README and the contributing guides show in a shell block runs as written, one after
/// the other, over a copy of the repository's seed and content (`update-seed` has its own test with an export to
/// compare; `serve` and `pdf` run a server or a browser and have tests of their own).
/// </summary>
public class DocumentedCommandsTests
{
    const string Prefix = "dotnet run --project generator -- ";
    static readonly string[] Elsewhere = ["update-seed", "serve", "pdf"];

    /// <summary>The commands of a document's <c>```sh</c> blocks that run the generator, without their comments.</summary>
    public static List<string[]> Commands(string document)
    {
        var commands = new List<string[]>();
        var inShell = false;
        foreach (var line in File.ReadAllLines(Path.Combine(TestPaths.Repo, document)))
        {
            if (line.StartsWith("```", StringComparison.Ordinal)) { inShell = line.Trim() == "```sh"; continue; }
            if (!inShell || !line.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            var command = (line.Contains(" # ") ? line[..line.IndexOf(" # ", StringComparison.Ordinal)] : line)[Prefix.Length..].Trim();
            commands.Add(Words(command));
        }
        return commands;
    }

    /// <summary>Shell words: spaces separate, double quotes group.</summary>
    static string[] Words(string command)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in command)
        {
            if (c == '"') { quoted = !quoted; continue; }
            if (c == ' ' && !quoted) { if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); } continue; }
            current.Append(c);
        }
        if (current.Length > 0) words.Add(current.ToString());
        return [.. words];
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("CONTRIBUTING.md")]
    [InlineData("CONTRIBUTING.zh.md")]
    public void EveryDocumentedCommandRunsAsWritten(string document)
    {
        var root = TestPaths.TempDir();
        var seed = Path.Combine(root, "seeds", "llm-multimodal-reading-list.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(seed)!);
        File.Copy(TestPaths.RealSeed, seed);
        var content = Path.Combine(root, "content");
        ScratchSite.CopyTree(TestPaths.RealInputs.Content, content);

        var commands = Commands(document).Where(c => !Elsewhere.Contains(c[0])).ToList();
        Assert.NotEmpty(commands);
        foreach (var args in commands)
        {
            string[] where = args[0] switch
            {
                "new" => ["--list", seed, "--content", content, "--date", "2026-12-05"],
                "build" => ["--seed", seed, "--content", content, "--output", Path.Combine(root, "output")],
                _ => ["--seed", seed, "--content", content],
            };
            var run = CommandLine.Run([.. args, .. where]);
            Assert.True(run.ExitCode == 0, $"{document}: `{string.Join(' ', args)}` exited {run.ExitCode}\n{run.Out}\n{run.Err}");
            Assert.False(run.HasStackTrace, run.Err);
            if (args[0] == "new")
                Assert.True(File.Exists(Path.Combine(root, run.Out.Split('\n')[0].Trim())) || File.Exists(run.Out.Split('\n')[0].Trim()),
                    $"`{string.Join(' ', args)}` printed no path of a file it wrote: {run.Out}");
        }
    }

    [Fact]
    public void TheContributingGuidesShowTheSameCommands()
    {
        Assert.Equal(Commands("CONTRIBUTING.md").Select(c => string.Join(' ', c)), Commands("CONTRIBUTING.zh.md").Select(c => string.Join(' ', c)));
    }
}
