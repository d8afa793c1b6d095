using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Rendering;
using Bibliography.Seed;
using Bibliography.Text;

namespace Bibliography;

/// <summary>
/// Keeps what a rebuild can reuse between builds of the same inputs (the preview server): the parsed seed while its
/// bytes are the same, the parsed theme while no theme file changed, and each parsed fragment while its bytes, the tag vocabulary and the year are the same. Their
/// diagnostics are replayed, so a cached build reports exactly what a fresh one would.
/// </summary>
public sealed class InputCache
{
    sealed record Entry(byte[] Bytes, Fragment? Fragment, IReadOnlyList<Diagnostic> Diagnostics);

    readonly Lock gate = new();
    Dictionary<string, Entry> fragments = new(StringComparer.Ordinal);
    string fragmentsKey = "";
    (string Stamp, Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics)? theme;
    (string File, byte[] Bytes, SeedDocument? Seed, IReadOnlyList<Diagnostic> Diagnostics)? seed;

    /// <summary>
    /// The full paths that changed since the last build, when a file watcher knows them; null when it does not. A
    /// cached fragment whose path is not among them is reused without reading the file again. Used by the next
    /// <see cref="LoadFragments"/>, then forgotten.
    /// </summary>
    public IReadOnlySet<string>? Touched { get; set; }

    /// <summary>How many fragments the last build parsed (the rest came from the cache).</summary>
    public int FragmentsParsed { get; private set; }

    /// <summary>Whether the last build parsed the theme.</summary>
    public bool ThemeParsed { get; private set; }

    public IReadOnlyList<Fragment> LoadFragments(string contentDir, IReadOnlySet<string>? tagIds, DiagnosticBag diagnostics, int currentYear)
    {
        lock (gate)
        {
            var dir = Path.Combine(contentDir, "papers");
            var files = Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*.md").OrderBy(f => f, StringComparer.Ordinal).ToList() : [];
            var fileIds = files.Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
            // A fragment's diagnostics depend on the year, the vocabulary and (for a duplicate id) which other files exist.
            var key = currentYear + ":" + (tagIds is null ? "-" : string.Join(",", tagIds.Order(StringComparer.Ordinal))) + ":" + string.Join(",", fileIds);
            if (key != fragmentsKey) (fragments, fragmentsKey) = (new(StringComparer.Ordinal), key);
            var next = new Dictionary<string, Entry>(StringComparer.Ordinal);
            var result = new List<Fragment>();
            FragmentsParsed = 0;
            var touched = Touched;
            Touched = null;
            foreach (var file in files)
            {
                if (touched is not null && fragments.TryGetValue(file, out var known) && known.Bytes.Length > 0 && !touched.Contains(Path.GetFullPath(file)))
                {
                    next[file] = known;
                    diagnostics.AddRange(known.Diagnostics);
                    if (known.Fragment is not null) result.Add(known.Fragment);
                    continue;
                }
                byte[] bytes;
                try { bytes = File.ReadAllBytes(file); }
                catch (IOException) { bytes = []; } // being written by an editor: parsed (and reported) below
                if (!fragments.TryGetValue(file, out var entry) || !entry.Bytes.AsSpan().SequenceEqual(bytes) || bytes.Length == 0)
                {
                    var bag = new DiagnosticBag();
                    var display = Paths.Display(file);
                    var text = SourceFile.ReadUtf8(file, display, bag, Codes.FragmentNotUtf8);
                    entry = new Entry(bytes, text is null ? null : FragmentParser.Parse(display, text, tagIds, bag, currentYear, fileIds), bag.Sorted());
                    FragmentsParsed++;
                }
                next[file] = entry;
                diagnostics.AddRange(entry.Diagnostics);
                if (entry.Fragment is not null) result.Add(entry.Fragment);
            }
            fragments = next;
            return result;
        }
    }

    public SeedDocument? LoadSeed(string file, DiagnosticBag diagnostics)
    {
        lock (gate)
        {
            byte[]? bytes;
            try { bytes = File.ReadAllBytes(file); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { bytes = null; } // missing or being written: loaded (and reported) below
            if (bytes is not { Length: > 0 } || seed is not { } s || s.File != file || !s.Bytes.AsSpan().SequenceEqual(bytes))
            {
                var bag = new DiagnosticBag();
                seed = (file, bytes ?? [], SeedLoader.Load(file, bag), bag.Sorted());
            }
            diagnostics.AddRange(seed.Value.Diagnostics);
            return seed.Value.Seed;
        }
    }

    public Theme? LoadTheme(string dir, DiagnosticBag diagnostics)
    {
        lock (gate)
        {
            var stamp = Stamp(dir);
            ThemeParsed = theme is null || theme.Value.Stamp != stamp;
            if (ThemeParsed)
            {
                var bag = new DiagnosticBag();
                theme = (stamp, Theme.Load(dir, bag), bag.Sorted());
            }
            diagnostics.AddRange(theme!.Value.Diagnostics);
            return theme.Value.Theme;
        }
    }

    /// <summary>Every theme file's path, size and time of last write: changes whenever a file is saved, added or removed.</summary>
    static string Stamp(string dir)
    {
        if (!Directory.Exists(dir)) return "";
        return string.Join("\n", Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f)).Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}"));
    }
}
