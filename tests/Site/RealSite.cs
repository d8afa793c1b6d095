namespace Bibliography.Tests.Site;

/// <summary>The real site, built once in memory for the tests that need every paper.</summary>
public static class RealSite
{
    static readonly Lazy<BuildResult> Built = new(() => SiteBuilder.Build(TestPaths.RealInputs, Bibliography.Pages.BuildSettings.Default));

    public static BuildResult Result => Built.Value;

    public static byte[] File(string path) => Result.Files.Single(f => f.Path == path).Content;
}
