namespace Bibliography.Tests.Robustness;

/// <summary>
/// A throw-away copy of a small site (the <c>mini</c> fixture's seed and content, and optionally the real theme) in a
/// temp folder, so a test can break one file and build it through the command line.
/// </summary>
public sealed class ScratchSite
{
    public string Root { get; }
    public string Seed => Path.Combine(Root, "seed.txt");
    public string Content => Path.Combine(Root, "content");
    public string Papers => Path.Combine(Root, "content", "papers");
    public string Theme { get; }
    public string Output => Path.Combine(Root, "output");
    public BuildInputs Inputs => new(Seed, Content, Theme);

    ScratchSite(string root, string theme) { Root = root; Theme = theme; }

    /// <summary>The mini fixture; with <paramref name="copyTheme"/> the theme is copied too, so the test may break it.</summary>
    public static ScratchSite FromMini(bool copyTheme = false)
    {
        var root = TestPaths.TempDir();
        var mini = Path.Combine(TestPaths.Fixtures, "mini");
        File.Copy(Path.Combine(mini, "seed.txt"), Path.Combine(root, "seed.txt"));
        CopyTree(Path.Combine(mini, "content"), Path.Combine(root, "content"));
        var theme = TestPaths.Theme;
        if (copyTheme)
        {
            theme = Path.Combine(root, "theme");
            CopyTree(TestPaths.Theme, theme);
        }
        return new ScratchSite(root, theme);
    }

    /// <summary>Adds (or replaces) a fragment, copied byte for byte from a fixture file.</summary>
    public ScratchSite WithFragment(string fixtureFile)
    {
        File.Copy(fixtureFile, Path.Combine(Papers, Path.GetFileName(fixtureFile)), overwrite: true);
        return this;
    }

    /// <summary>Runs <c>build</c> on this site through the command line; paths in the output are relative to <see cref="Root"/>.</summary>
    public CliRun Build(string? output = null, params string[] more) => Cli.Build(Inputs, output ?? Output, more).RelativeTo(Root);

    public static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
