namespace Bibliography.Server;

/// <summary>
/// Watches the seed file, the content folder and the theme folder, and calls back once per burst of changes
/// (an editor's save is often several events: write, rename, attribute change), after a short quiet period, with the
/// full paths the burst touched; or with null when the watcher may have missed some (its buffer overflowed), so the
/// caller looks at everything again.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    readonly List<FileSystemWatcher> watchers = [];
    readonly Timer timer;
    readonly TimeSpan quiet;
    readonly Lock gate = new();
    HashSet<string>? touched = new(StringComparer.Ordinal);

    public SiteWatcher(BuildInputs inputs, Action<IReadOnlySet<string>?> onChange, TimeSpan quiet)
    {
        this.quiet = quiet;
        timer = new Timer(_ =>
        {
            HashSet<string>? burst;
            lock (gate) (burst, touched) = (touched, new HashSet<string>(StringComparer.Ordinal));
            onChange(burst);
        }, null, Timeout.Infinite, Timeout.Infinite);
        Watch(Path.GetDirectoryName(Path.GetFullPath(inputs.Seed))!, Path.GetFileName(inputs.Seed), subdirectories: false);
        Watch(inputs.Content, "*", subdirectories: true, IsContent);
        Watch(inputs.Theme, "*", subdirectories: true);
    }

    /// <summary>Fragments, YAML and folders; not an editor's temporary files (<c>x.md.tmp</c>, <c>.x.md.swp</c>, <c>x.md~</c>),
    /// so a save through a temporary file rebuilds once, on the rename.</summary>
    static bool IsContent(string path) => Path.GetExtension(path) is ".md" or ".yml" or ".yaml" or "";

    void Watch(string dir, string filter, bool subdirectories, Func<string, bool>? relevant = null)
    {
        if (!Directory.Exists(dir)) return;
        var w = new FileSystemWatcher(Path.GetFullPath(dir), filter)
        {
            IncludeSubdirectories = subdirectories,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler poke = (_, e) =>
        {
            if (!(relevant is null || relevant(e.FullPath) || e is RenamedEventArgs r && relevant(r.OldFullPath))) return;
            lock (gate)
            {
                touched?.Add(e.FullPath);
                if (e is RenamedEventArgs renamed) touched?.Add(renamed.OldFullPath);
            }
            Poke();
        };
        w.Changed += poke;
        w.Created += poke;
        w.Deleted += poke;
        w.Renamed += (sender, e) => poke(sender, e);
        w.Error += (_, _) => { lock (gate) touched = null; Poke(); }; // events were lost: look at everything
        w.EnableRaisingEvents = true;
        watchers.Add(w);
    }

    void Poke() => timer.Change(quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var w in watchers) w.Dispose();
        timer.Dispose();
    }
}
