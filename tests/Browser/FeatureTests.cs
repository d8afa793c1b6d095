using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Bibliography.Tests.Browser;

/// <summary>The interactive features, used as a reader uses them: search, copy-cite, mark as read.</summary>
public class FeatureTests
{
    static async Task<IReadOnlyList<string>> SearchAsync(Tab tab, string lang, string query)
    {
        await tab.GoAsync($"{lang}/search/");
        await tab.Page.FillAsync("#search-q", query);
        var results = tab.Page.Locator("#search-results li a[href*='papers/']");
        await results.First.WaitForAsync();
        var hrefs = await results.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        Assert.Empty(tab.Problems);
        return hrefs;
    }

    [SkippableFact]
    public Task SearchFindsChainOfThoughtInChinese() => Tab.RunAsync("search-cot", async tab =>
    {
        var hits = await SearchAsync(tab, "zh", "思维链");
        Assert.Contains("/repo/zh/papers/chain-of-thought/", hits);
    });

    [SkippableFact]
    public Task SearchFindsLoraInLowerCase() => Tab.RunAsync("search-lora", async tab =>
    {
        var hits = await SearchAsync(tab, "en", "lora");
        Assert.Contains("/repo/en/papers/lora/", hits);
    });

    [SkippableFact]
    public Task CopyCitePutsTheBibTeXOnTheClipboard() => Tab.RunAsync("copy-cite", async tab =>
    {
        await tab.GoAsync("en/" + PageTypes.Paper);
        await tab.Page.ClickAsync("#cite details:has(pre.bibtex) summary"); // BibTeX is folded until asked for
        var bibtex = tab.Page.Locator("pre.bibtex");
        var key = await bibtex.GetAttributeAsync("data-key");
        await tab.Page.ClickAsync("button[data-copy^='bibtex-']");
        await tab.Page.WaitForSelectorAsync("button[data-copy^='bibtex-'][data-state='done']");

        var clipboard = await tab.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Matches($@"^@\w+\{{{Regex.Escape(key!)},", clipboard);
        Assert.Equal((await bibtex.TextContentAsync())!.TrimEnd() + "\n", clipboard);
        Assert.Empty(tab.Problems);
    }, new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });

    [SkippableFact]
    public Task MarkAsReadSurvivesAReloadAndShowsInThePartList() => Tab.RunAsync("mark-read", async tab =>
    {
        await tab.GoAsync("zh/" + PageTypes.Paper);
        var toggle = tab.Page.Locator("[data-read-toggle]");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));

        await tab.Page.ReloadAsync();
        Assert.Equal("true", await tab.Page.Locator("[data-read-toggle]").GetAttributeAsync("aria-pressed"));

        await tab.GoAsync("zh/parts/2/");
        var item = tab.Page.Locator(".entry[data-paper='chain-of-thought']").First;
        Assert.Contains("is-read", await item.GetAttributeAsync("class") ?? "");
        Assert.Empty(tab.Problems);
    });
}
