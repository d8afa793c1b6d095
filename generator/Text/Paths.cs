namespace Bibliography.Text;

/// <summary>How a file is named in diagnostics: relative to the working directory when inside it, with forward slashes.</summary>
public static class Paths
{
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var rel = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown = rel.StartsWith("..", StringComparison.Ordinal) ? full : rel;
        return shown.Replace('\\', '/');
    }
}
