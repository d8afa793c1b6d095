using Bibliography.Content;
using Bibliography.Seed;
using Bibliography.Text;

namespace Bibliography.Model;

/// <summary>
/// Finds a fragment's paper in the seed: what identifies each entry (its cleaned title, the line as written, the
/// arXiv id or URL it carries) indexed once, so finding a title elsewhere in the list is a lookup, not a scan.
/// Read-only once made, so one matcher serves every build of the same seed.
/// </summary>
sealed class SeedMatcher
{
    readonly Dictionary<string, SeedEntry> entryByRef;
    readonly Dictionary<string, SeedItem> itemByRef;
    readonly Dictionary<string, HashSet<string>> entryKeys;
    readonly Dictionary<string, List<SeedEntry>> entriesByKey = new(StringComparer.Ordinal);
    readonly IReadOnlyList<SeedItem> items;
    // A fragment's keys depend on the fragment alone: kept while it lives, for every matcher (read-only once made).
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Fragment, HashSet<string>> FragmentKeys = new();

    public SeedMatcher(SeedDocument seed)
    {
        var entries = seed.Entries.ToList();
        items = seed.Items.ToList();
        entryByRef = entries.ToDictionary(e => e.Ref, StringComparer.Ordinal);
        itemByRef = items.ToDictionary(i => i.Ref, StringComparer.Ordinal);
        entryKeys = entries.ToDictionary(e => e.Ref, SeedKeys.Of, StringComparer.Ordinal);
        foreach (var e in entries)
            foreach (var key in entryKeys[e.Ref])
            {
                if (!entriesByKey.TryGetValue(key, out var list)) entriesByKey[key] = list = [];
                if (list.Count == 0 || list[^1] != e) list.Add(e);
            }
    }

    public SeedEntry? Entry(string reference) => entryByRef.GetValueOrDefault(reference);
    public SeedItem? Item(string reference) => itemByRef.GetValueOrDefault(reference);

    /// <summary>What identifies a fragment's paper: its title and aliases, its arXiv id and its URLs.</summary>
    public HashSet<string> KeysOf(Fragment f) => FragmentKeys.GetValue(f, static f =>
    {
        var keys = f.Facts.Aliases.Append(f.Facts.Title).Select(TextKeys.TitleKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (f.Facts.Arxiv is not null) keys.Add("arxiv:" + f.Facts.Arxiv);
        foreach (var url in new[] { f.Facts.Url, f.Facts.Pdf, f.Facts.Code }.OfType<string>()) keys.Add(SeedKeys.Url(url));
        return keys;
    });

    public bool TitleMatches(SeedEntry e, HashSet<string> keys) => entryKeys[e.Ref].Overlaps(keys);

    /// <summary>The entries carrying any of the keys, in list order.</summary>
    public IEnumerable<SeedEntry> EntriesWith(HashSet<string> keys) =>
        keys.SelectMany(k => entriesByKey.GetValueOrDefault(k) ?? []).Distinct()
            .OrderBy(e => e.Part).ThenBy(e => e.Number).ThenBy(e => e.Suffix, StringComparer.Ordinal);

    /// <summary>The items whose notes name a paper with these keys (a paper the item mentions without listing it).</summary>
    public List<SeedItem> ItemsMentioning(HashSet<string> keys) =>
        items.Where(i => i.Entries.SelectMany(e => e.NoteLines).Any(line => MentionKey(line, keys))).ToList();

    /// <summary>A mention shows the note line that names the paper and the lines after it, up to a blank line.</summary>
    public static (string Shown, IReadOnlyList<string> After) MentionLines(SeedEntry e, Fragment f)
    {
        var keys = f.Facts.Aliases.Append(f.Facts.Title).Select(TextKeys.TitleKey).ToHashSet();
        var lines = e.NoteLines;
        var at = lines.ToList().FindIndex(l => MentionKey(l, keys));
        return at < 0 ? (e.TitleLine, []) : (lines[at], lines.Skip(at + 1).TakeWhile(l => l.Length > 0).ToList());
    }

    static bool MentionKey(string line, HashSet<string> keys)
    {
        var lineKey = TextKeys.TitleKey(line);
        return keys.Any(k => k.Length >= 4 && lineKey.Contains(k, StringComparison.Ordinal));
    }
}
