namespace Bibliography.Tests;

/// <summary>Where the repository, its real inputs and the test fixtures are.</summary>
public static class TestPaths
{
    public static string Repo { get; } = FindRepo();
    public static string RealSeed => Path.Combine(Repo, "seeds", "llm-multimodal-reading-list.txt");
    public static string Theme => Path.Combine(Repo, "themes", "default");
    public static string Fixtures => Path.Combine(Repo, "tests", "Fixtures");

    /// <summary>The repo's own seed, content and theme.</summary>
    public static BuildInputs RealInputs => BuildInputs.Default(Repo);

    /// <summary>A small fixture site (its own seed and content) with the real theme.</summary>
    public static BuildInputs Fixture(string name) =>
        new(Path.Combine(Fixtures, name, "seed.txt"), Path.Combine(Fixtures, name, "content"), Theme);

    static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Bibliography.sln"))) return dir.FullName;
        throw new InvalidOperationException("Bibliography.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A fresh empty folder under the system temp folder, for tests that write.</summary>
    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "bib-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
