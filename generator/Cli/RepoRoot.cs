namespace Bibliography.Cli;

/// <summary>Finds the repository root (the folder with Bibliography.sln) from the working directory upwards.</summary>
public static class RepoRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Bibliography.sln"))) return dir.FullName;
        return Environment.CurrentDirectory;
    }
}
