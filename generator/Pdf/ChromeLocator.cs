namespace Bibliography.Pdf;

/// <summary>
/// Finds the headless Chromium that prints the PDFs: <c>--chrome PATH</c>, else <c>CHROME_PATH</c>, else the usual
/// install paths and the PATH.
/// </summary>
public static class ChromeLocator
{
    static readonly string[] Usual =
    [
        "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
        "/snap/bin/chromium", "/opt/google/chrome/chrome",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe", @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
    ];

    static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

    /// <summary>How to get a browser, for the message when none is found.</summary>
    public const string InstallHint =
        "install Chromium (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-cjk fonts-sil-charis python3-fonttools` and `tools/fonts/install.sh`; macOS: `brew install --cask chromium`) " +
        "or pass its path with --chrome PATH or the CHROME_PATH environment variable";

    /// <summary>The browser to use, or null with the reason when there is none.</summary>
    public static (string? Path, string? Problem) Find(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
            return File.Exists(explicitPath) ? (Path.GetFullPath(explicitPath), null) : (null, $"--chrome {explicitPath}: no such file");
        var fromEnv = Environment.GetEnvironmentVariable("CHROME_PATH");
        if (!string.IsNullOrWhiteSpace(fromEnv))
            return File.Exists(fromEnv) ? (Path.GetFullPath(fromEnv), null) : (null, $"CHROME_PATH={fromEnv}: no such file");
        foreach (var candidate in Usual)
            if (File.Exists(candidate)) return (candidate, null);
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in Names)
                if (File.Exists(Path.Combine(dir, name))) return (Path.Combine(dir, name), null);
        return (null, "no Chromium or Chrome found (looked at CHROME_PATH, " + string.Join(", ", Usual.Take(6)) + " and the PATH)");
    }
}
