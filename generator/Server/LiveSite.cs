using System.Diagnostics;
using Bibliography.Diagnostics;
using Bibliography.Pages;

namespace Bibliography.Server;

/// <summary>
/// The site the preview server serves. On a change it reloads what changed (unchanged fragments and the theme are
/// reused), rebuilds the model, swaps in the new <see cref="PreviewVersion"/> and announces it; pages are
/// rendered when asked for. The full site check then runs in the background and its errors are announced too.
/// </summary>
public sealed class LiveSite : IDisposable
{
    /// <summary>How long the sources must stay unchanged before the full site check starts: typing and saving stay fast.</summary>
    static readonly TimeSpan CheckDelay = TimeSpan.FromMilliseconds(1500);

    readonly BuildInputs inputs;
    readonly BuildSettings settings;
    readonly TextWriter log;
    readonly Timer checkTimer;
    volatile bool disposed;
    readonly InputCache cache = new();
    readonly RenderedPages rendered = new();
    readonly Lock gate = new();
    readonly string epoch = Stopwatch.GetTimestamp().ToString("x");
    int builds, announcements;
    PreviewVersion? lastGood;
    LoadedSite? lastSite;
    bool lastLoaded; // whether the last rebuild's load succeeded, so lastSite is what the cache last saw
    bool forceFull; // after an internal error: the next rebuild reads every input again
    TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LiveSite(BuildInputs inputs, BuildSettings settings, TextWriter log)
    {
        (this.inputs, this.settings, this.log) = (inputs, settings, log);
        Pdfs = settings.PdfChrome is { } chrome ? new PreviewPdfs(chrome, settings.ContentDate) : null;
        Current = new(0, null, new DiagnosticBag(), settings, rendered, null);
        checkTimer = new Timer(_ => Task.Factory.StartNew(() => CheckInBackground(Current), TaskCreationOptions.LongRunning));
    }

    public PreviewVersion Current { get; private set; }

    /// <summary>The print editions' PDFs, printed on request; null where no Chromium was found.</summary>
    public PreviewPdfs? Pdfs { get; }

    /// <summary>Changes whenever open tabs should reload: a new version, or new results of the site check.</summary>
    public string Version { get; private set; } = "0";

    /// <summary>The errors the last finished site check found, and in which version.</summary>
    public (PreviewVersion Version, IReadOnlyList<Diagnostic> Errors)? LastCheck { get; private set; }

    /// <summary>Completes at the next announcement.</summary>
    public Task Changed => Volatile.Read(ref changed).Task;

    /// <param name="touched">
    /// The full paths changed since the last rebuild, as the watcher saw them; null (the first build, or events lost)
    /// to read every fragment again. Fragments not named are taken from the cache without being read.
    /// </param>
    public PreviewVersion Rebuild(IReadOnlySet<string>? touched = null)
    {
        lock (gate)
        {
            try { return RebuildUnderLock(touched); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug, not the input's fault: the server keeps running, says so in the terminal and the browser, and
                // the next save loads everything again instead of trusting what this rebuild may have half done.
                cache.Touched = null;
                (lastLoaded, forceFull) = (false, true);
                log.WriteLine($"internal error while rebuilding: {e.GetType().Name}: {e.Message}\nThis is a bug in the generator, not in your input; please report it. Save again to retry.");
                var diagnostics = new DiagnosticBag();
                diagnostics.Error(Codes.Internal, $"internal error while rebuilding: {e.GetType().Name}: {e.Message} (a bug in the generator, not in your input); save again to retry");
                var version = new PreviewVersion(++builds, null, diagnostics, settings, rendered, lastGood);
                Current = version;
                Announce();
                return version;
            }
        }
    }

    PreviewVersion RebuildUnderLock(IReadOnlySet<string>? touched)
    {
        if (forceFull) (touched, forceFull) = (null, false);
        cache.Touched = touched;
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();
        var site = SiteBuilder.Load(inputs, diagnostics, cache, timings, earlier: lastSite, patchFrom: lastLoaded ? lastSite : null);
        cache.Touched = null;
        lastLoaded = site is not null;
        if (site is not null) lastSite = site;
        timings.Lap("citations");
        var version = new PreviewVersion(++builds, site, diagnostics, settings, rendered, lastGood);
        timings.Lap("plan");
        timings.Print();
        if (!version.Failed) lastGood = version;
        Current = version;
        foreach (var d in version.Diagnostics.Where(d => d.IsError)) log.WriteLine(d.ToColonForm());
        log.WriteLine(version.Failed
            ? $"Build failed in {clock.ElapsedMilliseconds} ms: {diagnostics.ErrorCount} errors; the browser shows them, fix and save to recover"
            : site!.PatchedFragments is { } patched
                ? $"Patched the prose of {patched} edited {(patched == 1 ? "fragment" : "fragments")} into {site.Bibliography.Papers.Count} papers in {clock.ElapsedMilliseconds} ms (front matter unchanged: the rest of the site is as it was); pages are planned and rendered when requested, the site check runs in the background"
                : $"Loaded {site.Bibliography.Papers.Count} papers in {clock.ElapsedMilliseconds} ms (fragments parsed: {cache.FragmentsParsed}, theme {(cache.ThemeParsed ? "parsed" : "reused")}); pages are planned and rendered when requested, the site check runs in the background");
        Announce();
        if (!version.Failed) checkTimer.Change(CheckDelay, Timeout.InfiniteTimeSpan);
        return version;
    }

    void CheckInBackground(PreviewVersion version)
    {
        var clock = Stopwatch.StartNew();
        if (version.Failed || disposed) return;
        var found = version.Check(() => Current != version || disposed);
        if (found is null) return; // a newer version is being checked
        lock (gate)
        {
            var errors = found.Where(d => d.IsError).ToList();
            log.WriteLine($"Checked the whole site in {clock.ElapsedMilliseconds} ms: {errors.Count} errors, {found.Count - errors.Count} warnings (run `check` to list them)");
            foreach (var d in errors) log.WriteLine(d.ToColonForm());
            var before = LastCheck?.Errors ?? [];
            LastCheck = (version, errors);
            if (Current == version && !errors.SequenceEqual(before)) Announce(); // tabs reload to show (or drop) the errors
        }
    }

    public void Dispose()
    {
        disposed = true;
        checkTimer.Dispose();
    }

    void Announce()
    {
        Version = $"{epoch}-{++announcements}";
        Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult();
    }
}
