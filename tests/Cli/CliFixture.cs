using Bibliography.Cli;
using Bibliography.Content;
using Bibliography.Pages;
using Bibliography.Text;

namespace Bibliography.Tests.Cli;

/// <summary>A writable copy of a fixture site in a temp folder, and the commands run over it with their output captured.</summary>
public sealed class CliFixture
{
    public string Root { get; }
    public BuildInputs Inputs { get; }
    public string Content => Inputs.Content;
    public string Papers => Path.Combine(Content, "papers");

    /// <summary>How diagnostics name the content folder (as <see cref="Paths.Display"/> does).</summary>
    public string ContentDisplay => Paths.Display(Content);

    CliFixture(string root)
    {
        Root = root;
        Inputs = new BuildInputs(Path.Combine(root, "seed.txt"), Path.Combine(root, "content"), TestPaths.Theme);
    }

    public static CliFixture CopyOf(string fixture)
    {
        var root = TestPaths.TempDir();
        var from = Path.Combine(TestPaths.Fixtures, fixture);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(root, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return new CliFixture(root);
    }

    /// <summary>A writable copy of the repository's own seed (as <c>seed.txt</c>) and content.</summary>
    public static CliFixture RealCopy()
    {
        var root = TestPaths.TempDir();
        File.Copy(TestPaths.RealSeed, Path.Combine(root, "seed.txt"));
        var from = TestPaths.RealInputs.Content;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(root, "content", Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return new CliFixture(root);
    }

    public (int Exit, IReadOnlyList<string> Lines) Check(bool strict = false)
    {
        var output = new StringWriter();
        var exit = CheckCommand.Run(Inputs, BuildSettings.Default, strict, output);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Runs <c>new</c>; <c>Output</c> is the first line it prints, the skeleton's path.</summary>
    public (int Exit, string Output, string Error) New(string what, string? seedRef = null, string? date = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = NewCommand.Run(what, seedRef, Inputs.Seed, Content, output, error, date);
        return (exit, output.ToString().Split('\n')[0].Trim(), error.ToString().Trim());
    }
}
