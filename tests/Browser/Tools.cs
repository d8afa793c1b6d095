using Bibliography.Pdf;

namespace Bibliography.Tests.Browser;

/// <summary>
/// The programs these tests need from outside .NET (Debian's chromium and Java, the npm packages of <c>tools/</c>).
/// A missing one skips the test with the reason; on CI (<c>CI=true</c>) it fails the test instead, so a CI run can
/// never pass without having run them.
/// </summary>
public static class Tools
{
    /// <summary>The browser the PDF printer would use too (<c>CHROME_PATH</c>, else the usual install paths).</summary>
    public static (string? Path, string? Problem) Chromium => ChromeLocator.Find(null);
    public static string NodeModules => Path.Combine(TestPaths.Repo, "tools", "node_modules");
    public static string VnuJar => Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");
    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");
    public static string LighthouseScript => Path.Combine(TestPaths.Repo, "tools", "lighthouse.sh");

    const string AptHint = "install it with `apt-get install chromium fonts-noto-cjk default-jre-headless`";
    const string NpmHint = "run `npm ci` in tools/";

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string RequireChromium()
    {
        var (path, problem) = Chromium;
        Require(path is not null, $"{problem}; {AptHint}");
        return path!;
    }
    public static void RequireJava() => Require(OnPath("java"), $"java not found on PATH; {AptHint}");
    /// <summary>Native AOT links with the system's C compiler and zlib.</summary>
    public static void RequireNativeToolchain() =>
        Require((OnPath("clang") || OnPath("gcc")) && File.Exists("/usr/include/zlib.h"), "no C compiler or zlib headers for native AOT; install them with `apt-get install gcc zlib1g-dev`");
    public static void RequireNode() => Require(OnPath("node"), "node not found on PATH");

    public static void RequireNpmPackage(string file) =>
        Require(File.Exists(file), $"{Path.GetRelativePath(TestPaths.Repo, file)} not found; {NpmHint}");

    static void Require(bool present, string reason)
    {
        if (present) return;
        if (OnCi) Assert.Fail(reason + " (CI=true, so this test must run)");
        Skip.If(true, reason);
    }

    static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
