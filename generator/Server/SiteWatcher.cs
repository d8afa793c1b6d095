namespace Bibliography.Server;

/// <summary>
/// Watches the seed file, the content folder and the theme folder, and calls back once per burst of changes
/// (an editor's save is often several events: write, rename, attribute change), after a short quiet period.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    readonly List<FileSystemWatcher> watchers = [];
    readonly Timer timer;
    readonly TimeSpan quiet;

    public SiteWatcher(BuildInputs inputs, Action onChange, TimeSpan quiet)
    {
        this.quiet = quiet;
        timer = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        Watch(Path.GetDirectoryName(Path.GetFullPath(inputs.Seed))!, Path.GetFileName(inputs.Seed), subdirectories: false);
        Watch(inputs.Content, "*", subdirectories: true);
        Watch(inputs.Theme, "*", subdirectories: true);
    }

    void Watch(string dir, string filter, bool subdirectories)
    {
        if (!Directory.Exists(dir)) return;
        var w = new FileSystemWatcher(Path.GetFullPath(dir), filter)
        {
            IncludeSubdirectories = subdirectories,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        w.Changed += Poke;
        w.Created += Poke;
        w.Deleted += Poke;
        w.Renamed += Poke;
        w.EnableRaisingEvents = true;
        watchers.Add(w);
    }

    void Poke(object? sender, FileSystemEventArgs e) => timer.Change(quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var w in watchers) w.Dispose();
        timer.Dispose();
    }
}
