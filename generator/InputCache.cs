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
    // What the last LoadFragments parsed with, and which files it found (by full path), so a later edit can be parsed alike.
    (string Dir, IReadOnlySet<string>? TagIds, int Year, IReadOnlySet<string> FileIds, Dictionary<string, string> FileByFullPath)? lastLoad;
    (string Dir, string Stamp, Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics)? theme;
    (string File, byte[] Bytes, SeedDocument? Seed, IReadOnlyList<Diagnostic> Diagnostics)? seed;

    /// <summary>
    /// The full paths that changed since the last build, when a file watcher knows them; null when it does not. A
    /// cached input whose path is not among them is reused without reading the file again. The caller sets it before a
    /// build and clears it after.
    /// </summary>
    public IReadOnlySet<string>? Touched { get; set; }

    /// <summary>The seed the last build loaded through this cache.</summary>
    public SeedDocument? Seed { get { lock (gate) return seed?.Seed; } }

    /// <summary>How many fragments the last build parsed (the rest came from the cache).</summary>
    public int FragmentsParsed { get; private set; }

    /// <summary>Whether the last build parsed the theme.</summary>
    public bool ThemeParsed { get; private set; }

    public IReadOnlyList<Fragment> LoadFragments(string contentDir, IReadOnlySet<string>? tagIds, DiagnosticBag diagnostics, int currentYear)
    {
        lock (gate)
        {
            var dir = Path.Combine(contentDir, "papers");
            var touched = Touched;
            // The same files as last time, when every path the watcher saw under the folder is a file the last build had and still has.
            var files = touched is not null && lastLoad is { } last && last.Dir == dir
                && touched.All(p => !IsUnder(p, dir) || (last.FileByFullPath.ContainsKey(p) ? File.Exists(p) : p != Path.GetFullPath(dir) && !File.Exists(p)))
                ? fragments.Keys.ToList()
                : Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*.md").OrderBy(f => f, StringComparer.Ordinal).ToList() : [];
            var fileIds = files.Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
            // A fragment's diagnostics depend on the year, the vocabulary and (for a duplicate id) which other files exist.
            var key = currentYear + ":" + (tagIds is null ? "-" : string.Join(",", tagIds.Order(StringComparer.Ordinal))) + ":" + string.Join(",", fileIds);
            if (key != fragmentsKey) (fragments, fragmentsKey) = (new(StringComparer.Ordinal), key);
            lastLoad = (dir, tagIds, currentYear, fileIds, files.ToDictionary(f => Path.GetFullPath(f), f => f, StringComparer.Ordinal));
            var next = new Dictionary<string, Entry>(StringComparer.Ordinal);
            var result = new List<Fragment>();
            FragmentsParsed = 0;
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
                    entry = Parse(file, bytes, tagIds, currentYear, fileIds);
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

    static Entry Parse(string file, byte[] bytes, IReadOnlySet<string>? tagIds, int currentYear, IReadOnlySet<string> fileIds)
    {
        var bag = new DiagnosticBag();
        var display = Paths.Display(file);
        var text = SourceFile.ReadUtf8(file, display, bag, Codes.FragmentNotUtf8);
        return new Entry(bytes, text is null ? null : FragmentParser.Parse(display, text, tagIds, bag, currentYear, fileIds), bag.Sorted());
    }

    /// <summary>
    /// Whether a path the watcher saw is nothing the build reads: a temporary file an editor saved through and renamed
    /// (<c>x.md.tmp</c>, <c>.x.md.swp</c>, sed's <c>sedAbC123</c>), now gone; a fragment that came and went between two
    /// builds; a Markdown file of the content folder outside <c>papers/</c> (<c>sources/</c>). Never the seed, a theme
    /// file, a YAML file of the content, or a folder that held fragments.
    /// </summary>
    static bool IsIgnored(string path, BuildInputs inputs, IReadOnlyDictionary<string, string> fragmentFiles)
    {
        var papers = Path.GetFullPath(Path.Combine(inputs.Content, "papers"));
        if (path == Path.GetFullPath(inputs.Seed) || IsUnder(path, inputs.Theme) || path == papers) return false;
        var extension = Path.GetExtension(path);
        if (extension is ".yml" or ".yaml") return false;
        if (extension == ".md" && Path.GetDirectoryName(path) != papers) return true; // sources/, README.md: not read by the build
        if (File.Exists(path) || Directory.Exists(path)) return false;
        return extension.Length > 0 || !fragmentFiles.Keys.Any(f => IsUnder(f, path));
    }

    static bool IsUnder(string path, string dir)
    {
        var full = Path.GetFullPath(dir);
        return path == full || path.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>One fragment edited in its prose alone: the fragment and its parse's diagnostics before and after.</summary>
    public sealed record ProseEdit(Fragment Old, Fragment New, IReadOnlyList<Diagnostic> OldDiagnostics, IReadOnlyList<Diagnostic> NewDiagnostics);

    /// <summary>
    /// The edits since the last build, when all of them are to the prose of fragments that build had: every path in
    /// <see cref="Touched"/> is such a fragment (or an editor's temporary file that is gone again), each still parses
    /// without errors and its front matter is the same byte for byte, so nothing but its own page's writing can have
    /// changed. Otherwise null, and the full load follows (it finds the files parsed here in the cache).
    /// </summary>
    public IReadOnlyList<ProseEdit>? TryProseEdits(BuildInputs inputs, int currentYear)
    {
        lock (gate)
        {
            if (Touched is not { Count: > 0 } touched || lastLoad is not { } last || last.Year != currentYear || last.Dir != Path.Combine(inputs.Content, "papers")) return null;
            var edits = new List<ProseEdit>();
            foreach (var path in touched.Order(StringComparer.Ordinal))
            {
                if (!last.FileByFullPath.TryGetValue(path, out var file))
                {
                    if (IsIgnored(path, inputs, last.FileByFullPath)) continue;
                    return null;
                }
                byte[] bytes;
                try { bytes = File.ReadAllBytes(path); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
                if (!fragments.TryGetValue(file, out var before) || before.Fragment is null) return null;
                if (before.Bytes.AsSpan().SequenceEqual(bytes)) continue;
                if (!SameFrontMatter(before.Bytes, bytes)) return null;
                var after = Parse(file, bytes, last.TagIds, last.Year, last.FileIds);
                fragments[file] = after;
                if (after.Fragment is null || after.Diagnostics.Any(d => d.IsError)) return null;
                edits.Add(new ProseEdit(before.Fragment, after.Fragment, before.Diagnostics, after.Diagnostics));
            }
            FragmentsParsed = edits.Count;
            ThemeParsed = false;
            return edits;
        }
    }

    /// <summary>
    /// Whether two fragments' front matter (from the opening <c>---</c> line to the closing one) is the same byte for
    /// byte. The prefix compared ends at the first line that is exactly <c>---</c> after the opening one, searched from
    /// where the parser searches; the parser's closing line (which may carry trailing blanks) is never after it, so the
    /// prefix always holds the whole front matter.
    /// </summary>
    static bool SameFrontMatter(byte[] a, byte[] b)
    {
        static int End(ReadOnlySpan<byte> s)
        {
            if (!s.StartsWith("---\n"u8)) return -1;
            var close = s[4..].IndexOf("\n---\n"u8);
            return close < 0 ? -1 : 4 + close + 5;
        }
        var (ea, eb) = (End(a), End(b));
        return ea > 0 && ea == eb && a.AsSpan(0, ea).SequenceEqual(b.AsSpan(0, eb));
    }

    public SeedDocument? LoadSeed(string file, DiagnosticBag diagnostics)
    {
        lock (gate)
        {
            if (Touched is { } touched && seed is { } known && known.File == file && known.Seed is not null && !touched.Contains(Path.GetFullPath(file)))
            {
                diagnostics.AddRange(known.Diagnostics);
                return known.Seed;
            }
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
            if (Touched is { } touched && theme is { Theme: not null } known && known.Dir == dir && !touched.Any(p => IsUnder(p, dir)))
            {
                ThemeParsed = false;
                diagnostics.AddRange(known.Diagnostics);
                return known.Theme;
            }
            var stamp = Stamp(dir);
            ThemeParsed = theme is null || theme.Value.Stamp != stamp;
            if (ThemeParsed)
            {
                var bag = new DiagnosticBag();
                theme = (dir, stamp, Theme.Load(dir, bag), bag.Sorted());
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
