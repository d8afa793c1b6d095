using Bibliography.Pages;

namespace Bibliography.Tests.Citations;

/// <summary>The repository's own site, built once in memory for the citation tests.</summary>
static class RealSite
{
    static readonly Lazy<BuildResult> Lazy = new(() => SiteBuilder.Build(TestPaths.RealInputs, BuildSettings.Default));

    public static BuildResult Build => Lazy.Value;

    public static global::Bibliography.Model.Bibliography Bibliography => Build.Bibliography ?? throw new InvalidOperationException(string.Join("\n", Build.Diagnostics.Sorted()));

    public static string Text(string path) => System.Text.Encoding.UTF8.GetString(Build.Files.Single(f => f.Path == path).Content);
}
