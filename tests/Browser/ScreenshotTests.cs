using Microsoft.Playwright;

namespace Bibliography.Tests.Browser;

/// <summary>
/// Screenshots of the pages readers see most, at phone, tablet and laptop widths, light and dark, in both languages,
/// written to <c>test-results/screenshots/</c> on every run so a person can look at them (and CI keeps them).
/// </summary>
public class ScreenshotTests
{
    public static readonly (string Name, string Path)[] Pages =
    [
        ("home", ""),
        ("part", "parts/2/"),
        ("paper", "papers/lora/"),
        ("papers-filtered", "papers/?tag=peft"),
        ("search", "search/?q=lora"),
        ("years", "years/"),
        ("map", "map/"),
    ];

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var lang in PageTypes.Languages)
            foreach (var width in new[] { 360, 768, 1280 })
                foreach (var scheme in new[] { "light", "dark" })
                    data.Add(lang, width, scheme);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public Task EveryMainPageIsScreenshotAtEachWidthAndScheme(string lang, int width, string scheme) => Tab.RunAsync($"shots-{lang}-{width}-{scheme}", async tab =>
    {
        var folder = Path.Combine(Tab.ResultsFolder, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var (name, path) in Pages)
        {
            await tab.GoAsync($"{lang}/{path}");
            if (name == "search") await tab.Page.Locator("#search-results li").First.WaitForAsync();
            var file = Path.Combine(folder, $"{name}-{lang}-{width}-{scheme}.png");
            await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
            Assert.True(new FileInfo(file).Length > 5_000, $"{file} looks empty");
        }
        Assert.Empty(tab.Problems);
    }, new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = width, Height = width == 360 ? 780 : 1000 },
        IsMobile = width == 360,
        ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
    });
}
