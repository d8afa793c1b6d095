using System.Diagnostics;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Bibliography.Tests.Browser;

/// <summary>
/// The fast path (README "Faster builds", bench/run.sh): the generator compiled ahead of time to a native binary. Its
/// templates read the view records by reflection and the trimmer may drop what it cannot see, so the native binary
/// must be checked as a user runs it: it builds the very same site as the JIT-compiled generator, and its preview
/// server serves and re-renders pages.
/// </summary>
public class NativeBinaryTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task TheNativeBinaryBuildsTheSameSiteAsTheJitGeneratorAndServesPages()
    {
        Tools.RequireNativeToolchain();
        var work = TestPaths.TempDir();
        var clock = Stopwatch.StartNew();
        var rid = "linux-" + System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        var publish = await Processes.RunAsync("dotnet",
            ["publish", Path.Combine(TestPaths.Repo, "generator"), "-c", "Release", "-r", rid, "-p:PublishAot=true",
             "--artifacts-path", Path.Combine(work, "artifacts"), "-o", Path.Combine(work, "bin"), "-nologo"],
            TimeSpan.FromMinutes(20));
        Assert.True(publish.ExitCode == 0, publish.Stdout + publish.Stderr);
        var publishSeconds = clock.Elapsed.TotalSeconds;
        var native = Path.Combine(work, "bin", "bibliography");

        // The same command, the same inputs: once native, once the JIT-compiled generator these tests are built with.
        clock.Restart();
        var nativeBuild = await Processes.RunAsync(native, ["build", "--output", Path.Combine(work, "native")], TimeSpan.FromMinutes(5));
        var nativeSeconds = clock.Elapsed.TotalSeconds;
        Assert.True(nativeBuild.ExitCode == 0, nativeBuild.Stdout + nativeBuild.Stderr);
        var jit = Path.Combine(AppContext.BaseDirectory, "bibliography.dll");
        var jitBuild = await Processes.RunAsync("dotnet", [jit, "build", "--output", Path.Combine(work, "jit")], TimeSpan.FromMinutes(5));
        Assert.True(jitBuild.ExitCode == 0, jitBuild.Stdout + jitBuild.Stderr);

        var nativeFiles = Files(Path.Combine(work, "native"));
        var jitFiles = Files(Path.Combine(work, "jit"));
        Assert.Equal(jitFiles.Keys.Order(), nativeFiles.Keys.Order());
        var different = jitFiles.Keys.Where(k => jitFiles[k] != nativeFiles[k]).ToList();
        Assert.True(different.Count == 0, "files that differ: " + string.Join(", ", different.Take(20)));

        var check = await Processes.RunAsync(native, ["check"], TimeSpan.FromMinutes(5));
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);

        await ServesAndRerendersAPage(native, work);

        // `pdf` natively: PDFsharp reads and writes the PDFs with reflection the trimmer must have kept.
        Tools.RequireChromium();
        var nativePdf = await Processes.RunAsync(native, ["pdf", "--output", Path.Combine(work, "native-pdf")], TimeSpan.FromMinutes(5));
        Assert.True(nativePdf.ExitCode == 0, nativePdf.Stdout + nativePdf.Stderr);
        var jitPdf = await Processes.RunAsync("dotnet", [jit, "pdf", "--output", Path.Combine(work, "jit-pdf")], TimeSpan.FromMinutes(5));
        Assert.True(jitPdf.ExitCode == 0, jitPdf.Stdout + jitPdf.Stderr);
        foreach (var pdf in new[] { "pdf/bibliography.en.pdf", "pdf/bibliography.zh.pdf" })
            Assert.True(File.ReadAllBytes(Path.Combine(work, "native-pdf", pdf)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(work, "jit-pdf", pdf))), $"{pdf} differs between the native and the JIT generator");

        var size = new FileInfo(native).Length / 1024.0 / 1024.0;
        var line = $"native AOT: published in {publishSeconds:0} s ({size:0.0} MiB); the real site built in {nativeSeconds:0.00} s, {nativeFiles.Count} files byte-identical to the JIT build; check and serve work; its PDFs are the JIT build's";
        output.WriteLine(line);
        CiSummary.Record("native-aot", line);
    }

    /// <summary>Starts <c>serve</c> on a copy of the fixture site, reads a page, edits its fragment and reads the new text.</summary>
    static async Task ServesAndRerendersAPage(string native, string work)
    {
        var site = Path.Combine(work, "mini");
        CopyDirectory(Path.Combine(TestPaths.Fixtures, "mini"), site);
        var start = new ProcessStartInfo(native, ["serve", "--seed", Path.Combine(site, "seed.txt"), "--content", Path.Combine(site, "content"), "--theme", TestPaths.Theme, "--port", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var server = Process.Start(start)!;
        try
        {
            string? url = null;
            using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
                while (url is null && await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
                    if (Regex.Match(line, @"^Serving (http://\S+)") is { Success: true } m) url = m.Groups[1].Value;
            Assert.NotNull(url);
            using var http = new HttpClient { BaseAddress = new Uri(url!.TrimEnd('/') + "/") };
            var page = await http.GetStringAsync("en/papers/transformer/");
            Assert.Contains("Introduces the <strong>Transformer</strong>.", page);

            var fragment = Path.Combine(site, "content", "papers", "transformer.md");
            await File.WriteAllTextAsync(fragment, (await File.ReadAllTextAsync(fragment)).Replace("Introduces the **Transformer**.", "Introduces the **Transformer**, natively."));
            var seen = false;
            for (var i = 0; i < 200 && !seen; i++)
            {
                await Task.Delay(50);
                seen = (await http.GetStringAsync("en/papers/transformer/")).Contains("Introduces the <strong>Transformer</strong>, natively.");
            }
            Assert.True(seen, "the edited page was not served within 10 s");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    static Dictionary<string, string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != ".bibliography-output")
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
