using System.Diagnostics;

namespace Bibliography.Tests.Site;

/// <summary>The site's real search code (search.js with the vendored MiniSearch) run by node over the real built index.</summary>
public class JsSearchTests
{
    [NodeFact]
    public void SearchFindsChainOfThoughtDiffusionRlhfAndLoraInTheBuiltIndex()
    {
        var dir = TestPaths.TempDir();
        var index = Path.Combine(dir, "search-index.json");
        File.WriteAllBytes(index, RealSite.File("search-index.json"));
        var start = new ProcessStartInfo(Node.Path!, ["--test", Path.Combine(TestPaths.Repo, "tests", "js", "search.test.mjs")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestPaths.Repo,
        };
        start.Environment["SEARCH_INDEX"] = index;
        using var node = Process.Start(start)!;
        var stderr = node.StandardError.ReadToEndAsync();
        var stdout = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"node --test failed ({node.ExitCode}):\n{stdout}\n{stderr.Result}");
        Assert.Contains("# fail 0", stdout);
    }
}
