using System.Diagnostics;
using Bibliography.Diagnostics;
using Bibliography.Pages;

namespace Bibliography.Server;

/// <summary>One build held in memory for the preview server: its files by site path, or the errors that stopped it.</summary>
public sealed record SiteSnapshot(string Version, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Diagnostics, bool Failed);

/// <summary>
/// The site the preview server serves: rebuilt in memory on demand (reusing the parsed theme and unchanged fragments),
/// swapped in whole, and announced to waiting clients. A failed build keeps the last good files for assets and shows
/// its errors in place of pages.
/// </summary>
public sealed class LiveSite(BuildInputs inputs, BuildSettings settings, TextWriter log)
{
    readonly InputCache cache = new();
    readonly Lock gate = new();
    readonly string epoch = Stopwatch.GetTimestamp().ToString("x");
    int builds;
    TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SiteSnapshot Current { get; private set; } = new("0", new Dictionary<string, byte[]>(), [], true);

    /// <summary>Completes at the next rebuild.</summary>
    public Task Changed => Volatile.Read(ref changed).Task;

    public SiteSnapshot Rebuild()
    {
        lock (gate)
        {
            var clock = Stopwatch.StartNew();
            var result = SiteBuilder.Build(inputs, settings, cache);
            var diagnostics = result.Diagnostics.Sorted();
            var files = result.Succeeded ? result.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal) : Current.Files;
            Current = new SiteSnapshot($"{epoch}-{++builds}", files, diagnostics, !result.Succeeded);
            foreach (var d in diagnostics.Where(d => d.IsError)) log.WriteLine(d.ToColonForm());
            log.WriteLine(result.Succeeded
                ? $"Built {result.Pages} pages in {clock.ElapsedMilliseconds} ms (fragments parsed: {cache.FragmentsParsed}, theme {(cache.ThemeParsed ? "parsed" : "reused")}); {result.Diagnostics.WarningCount} warnings (run `check` to list them)"
                : $"Build failed in {clock.ElapsedMilliseconds} ms: {result.Diagnostics.ErrorCount} errors; the browser shows them, fix and save to recover");
            Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult();
            return Current;
        }
    }
}
