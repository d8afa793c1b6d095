using System.Text.Json;
using Microsoft.Playwright;

namespace Bibliography.Tests.Browser;

/// <summary>axe-core (npm, injected into the page) and Lighthouse (npm, its own Chromium run) over the served site.</summary>
public class AccessibilityTests
{
    [SkippableTheory]
    [MemberData(nameof(PageTypes.Audited), MemberType = typeof(PageTypes))]
    public Task AxeFindsNoViolations(string path)
    {
        Tools.RequireNpmPackage(Tools.AxeScript);
        // The site's CSP allows only its own scripts; bypassing it lets the test inject axe, and changes nothing axe checks.
        return Tab.RunAsync($"axe-{path}", async tab =>
        {
            await tab.GoAsync(path);
            await tab.Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Tools.AxeScript });
            var result = await tab.Page.EvaluateAsync<JsonElement>(
                "async () => { const r = await axe.run(document); return { version: r.testEngine.version, " +
                "violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })) }; }");
            var violations = result.GetProperty("violations").EnumerateArray()
                .Select(v => $"{v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("help")} at {string.Join(" | ", v.GetProperty("nodes").EnumerateArray())}")
                .ToList();
            CiSummary.Record("axe " + path.Replace('/', ' ').Trim(),
                $"axe-core {result.GetProperty("version")}: {violations.Count} violations on /{path}");
            Assert.True(violations.Count == 0, $"axe on {path}:\n{string.Join("\n", violations)}");
        }, new BrowserNewContextOptions { BypassCSP = true });
    }

    static readonly string[] LighthousePages = ["en/", "zh/", "en/" + PageTypes.Paper, "zh/" + PageTypes.Paper];

    [SkippableFact]
    public async Task LighthouseScoresAccessibilityBestPracticesAndSeoAtHundred()
    {
        var chromium = Tools.RequireChromium();
        Tools.RequireNode();
        Tools.RequireNpmPackage(Path.Combine(Tools.NodeModules, "lighthouse", "package.json"));
        var site = ServedSite.Shared;

        var run = await Processes.RunAsync("bash", [Tools.LighthouseScript, site.BaseUrl, .. LighthousePages], TimeSpan.FromMinutes(8),
            new Dictionary<string, string> { ["CHROME_PATH"] = chromium });

        var scores = LighthouseScores.Parse(run.Stdout);
        CiSummary.Record("lighthouse", string.Join("\n", scores.Select(s => "lighthouse " + s)));
        Assert.True(scores.Count == LighthousePages.Length, $"expected scores for {LighthousePages.Length} pages:\n{run.Stdout}\n{run.Stderr}");
        Assert.True(scores.All(s => s.AllHundred), $"Lighthouse below 100:\n{run.Stdout}\n{run.Stderr}");
    }
}
