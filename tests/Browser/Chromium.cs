using Microsoft.Playwright;

namespace Bibliography.Tests.Browser;

/// <summary>
/// Debian's Chromium, driven by Playwright through <c>ExecutablePath</c> (no browser download), launched once for all
/// browser tests. The flags keep it off the network: this machine reaches no host but the package registries.
/// </summary>
public static class Chromium
{
    public static readonly string[] Flags =
    [
        "--no-sandbox", // CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
    ];

    static readonly Lazy<Task<IBrowser>> browser = new(LaunchAsync);

    /// <summary>The shared browser; skips the test (fails it on CI) when Chromium is not installed.</summary>
    public static Task<IBrowser> BrowserAsync()
    {
        Tools.RequireChromium();
        return browser.Value;
    }

    static async Task<IBrowser> LaunchAsync()
    {
        var executable = Tools.RequireChromium();
        var playwright = await Playwright.CreateAsync();
        var launched = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Flags,
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            launched.CloseAsync().GetAwaiter().GetResult();
            playwright.Dispose();
        };
        return launched;
    }
}
