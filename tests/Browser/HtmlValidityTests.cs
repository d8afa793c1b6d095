namespace Bibliography.Tests.Browser;

/// <summary>The Nu Html Checker (npm <c>vnu-jar</c>, run with the machine's Java) over every page of the built site.</summary>
public class HtmlValidityTests
{
    [SkippableFact]
    public async Task EveryPagePassesTheNuHtmlChecker()
    {
        Tools.RequireJava();
        Tools.RequireNpmPackage(Tools.VnuJar);
        var site = ServedSite.Shared;

        var run = await Processes.RunAsync("java",
            ["-jar", Tools.VnuJar, "--skip-non-html", "--errors-only", "--format", "gnu", "--stdout", site.Folder + "/"],
            TimeSpan.FromMinutes(5));

        var errors = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Replace(site.Folder + "/", "", StringComparison.Ordinal)).ToList();
        CiSummary.Record("vnu", $"vnu: {errors.Count} errors in {site.HtmlFiles.Count} HTML files");
        Assert.True(run.ExitCode == 0 && errors.Count == 0,
            $"vnu exit {run.ExitCode}, {errors.Count} errors:\n{string.Join("\n", errors.Take(40))}\n{run.Stderr}");
    }
}
