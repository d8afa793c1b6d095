namespace Bibliography.Tests.Site;

/// <summary>A fact that needs Node.js on the PATH; skipped, with the reason, where there is none.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (Node.Path is null) Skip = "node is not on the PATH; the site's JavaScript tests need Node.js 18 or newer";
    }
}

/// <summary>Where the node executable is, if anywhere.</summary>
public static class Node
{
    public static string? Path { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => System.IO.Path.Combine(dir, OperatingSystem.IsWindows() ? "node.exe" : "node"))
        .FirstOrDefault(File.Exists);
}
