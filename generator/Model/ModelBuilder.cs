using System.Text;
using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Seed;

namespace Bibliography.Model;

/// <summary>
/// Joins the seed and the fragments into one immutable <see cref="Bibliography"/>. A fragment is matched to its seed
/// items by title first (its <c>title</c> or <c>aliases</c>, normalised), and by ref only where no title decides, so a
/// renumbered list still finds every paper. Items no fragment claims become papers from the seed alone; the same
/// title listed twice becomes one paper with two listings.
/// </summary>
public static class ModelBuilder
{
    sealed record Claim(Fragment Fragment, FragmentRef Declared, SeedEntry Entry, bool IsMention, string Ref);

    public static Bibliography Build(SeedDocument seed, IReadOnlyList<Fragment> fragments, IReadOnlyList<Tag> tags, SiteText site, DiagnosticBag diagnostics)
    {
        var entries = seed.Entries.ToList();
        var entryByRef = entries.ToDictionary(e => e.Ref, StringComparer.Ordinal);
        var itemByRef = seed.Items.ToDictionary(i => i.Ref, StringComparer.Ordinal);
        var entryKeys = entries.ToDictionary(e => e.Ref, EntryKeys);
        // Which entries carry a key, in list order: finding a fragment's title elsewhere is a lookup, not a scan.
        var entriesByKey = new Dictionary<string, List<SeedEntry>>(StringComparer.Ordinal);
        foreach (var e in entries)
            foreach (var key in entryKeys[e.Ref])
            {
                if (!entriesByKey.TryGetValue(key, out var list)) entriesByKey[key] = list = [];
                if (list.Count == 0 || list[^1] != e) list.Add(e);
            }

        fragments = DistinctIds(fragments, diagnostics);
        var keysOf = fragments.ToDictionary(f => f, FragmentKeys, (IEqualityComparer<Fragment>)ReferenceEqualityComparer.Instance); // not by value: hashing a whole fragment per lookup
        bool TitleMatches(Fragment f, SeedEntry e) => entryKeys[e.Ref].Overlaps(keysOf[f]);

        // 1. Resolve each fragment's refs to seed entries: title first, ref second.
        var claims = new List<Claim>();
        foreach (var f in fragments)
        {
            var assigned = new HashSet<string>(StringComparer.Ordinal);
            foreach (var declared in f.Seed)
            {
                var claim = Resolve(f, declared, assigned);
                if (claim is null) continue;
                if (claim.Ref != declared.Ref)
                    diagnostics.Warning(Codes.RefMovedByTitle,
                        $"`{f.Id}` lists {declared.Ref}, but its title is found at {claim.Ref}; using {claim.Ref} (the list was renumbered? update `seed`)",
                        f.Path, declared.Pos.Line, declared.Pos.Column);
                if (assigned.Add(claim.Ref)) claims.Add(claim);
            }
        }

        Claim? Resolve(Fragment f, FragmentRef declared, HashSet<string> taken)
        {
            entryByRef.TryGetValue(declared.Ref, out var exact);
            if (exact is not null && TitleMatches(f, exact)) return new Claim(f, declared, exact, false, exact.Ref);

            var elsewhere = keysOf[f].SelectMany(k => entriesByKey.GetValueOrDefault(k) ?? []).Distinct()
                .OrderBy(e => e.Part).ThenBy(e => e.Number).ThenBy(e => e.Suffix, StringComparer.Ordinal)
                .Where(e => !taken.Contains(e.Ref) && !f.Seed.Any(s => s.Ref == e.Ref)).ToList();
            if (elsewhere.Count > 0) return new Claim(f, declared, elsewhere[0], false, elsewhere[0].Ref);
            if (exact is not null) return new Claim(f, declared, exact, false, exact.Ref);

            // A paper an item's notes only mention: "6.3b" where item 6.3 holds one paper.
            if (declared.Suffix is not null)
            {
                var mentioning = seed.Items.Where(i => Mentions(i, keysOf[f])).ToList();
                var item = itemByRef.GetValueOrDefault($"{declared.Part}.{declared.Number}");
                if (item is not null && (mentioning.Count == 0 || mentioning.Contains(item)) && declared.Suffix[0] - 'a' >= item.Entries.Count)
                    return new Claim(f, declared, item.Entries[^1], true, declared.Ref);
                if (mentioning.Count > 0)
                {
                    var m = mentioning[0];
                    var suffix = (char)('a' + m.Entries.Count);
                    return new Claim(f, declared, m.Entries[^1], true, $"{m.Ref}{suffix}");
                }
            }
            diagnostics.Error(Codes.RefNotInSeed,
                $"seed ref {declared.Ref} names no item of the list" + (declared.Suffix is not null && itemByRef.ContainsKey($"{declared.Part}.{declared.Number}") ? $" (item {declared.Part}.{declared.Number} holds {itemByRef[$"{declared.Part}.{declared.Number}"].Entries.Count} paper(s))" : ""),
                f.Path, declared.Pos.Line, declared.Pos.Column);
            return null;
        }

        // 2. Each ref is claimed by one fragment.
        var claimByRef = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            if (claimByRef.TryGetValue(c.Ref, out var first))
            {
                diagnostics.Error(Codes.RefClaimedTwice,
                    $"seed ref {c.Ref} is claimed by `{c.Fragment.Id}` and by `{first.Fragment.Id}` ({first.Fragment.Path}:{first.Declared.Pos.Line}); a ref belongs to one paper",
                    c.Fragment.Path, c.Declared.Pos.Line, c.Declared.Pos.Column);
                continue;
            }
            claimByRef[c.Ref] = c;
        }

        // 3. Papers: one per fragment with its claims, then one per unclaimed title from the seed alone.
        var papers = new List<Paper>();
        var usedIds = fragments.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var claimsOf = claimByRef.Values.ToLookup(c => c.Fragment, (IEqualityComparer<Fragment>)ReferenceEqualityComparer.Instance);
        foreach (var f in fragments)
        {
            var mine = claimsOf[f].ToList();
            if (mine.Count == 0) continue;
            papers.Add(FromFragment(f, mine, diagnostics));
        }
        var unclaimed = entries.Where(e => !claimByRef.ContainsKey(e.Ref)).ToList();
        foreach (var group in unclaimed.GroupBy(e => SeedText.TitleKey(e.Title)))
        {
            var list = group.ToList();
            foreach (var e in list)
                diagnostics.Warning(Codes.ItemWithoutFragment,
                    $"seed item {e.Ref} \"{Shorten(e.Title)}\" has no fragment; its page shows the seed alone (add content/papers/<id>.md with seed: [\"{e.Ref}\"])",
                    seed.Path, e.Line, 1);
            papers.Add(FromSeed(list, usedIds));
        }

        papers.Sort((a, b) => CompareListings(a.FirstListing, b.FirstListing));

        // 4. Parts list every listing in order, mentions after the item they are mentioned in.
        var paperByRef = papers.SelectMany(p => p.Listings.Select(l => (l.Ref, p.Id))).ToDictionary(x => x.Ref, x => x.Id, StringComparer.Ordinal);
        var listingByRef = papers.SelectMany(p => p.Listings).ToDictionary(l => l.Ref, StringComparer.Ordinal);
        var parts = seed.Parts.Select(sp =>
        {
            var partEntries = listingByRef.Values.Where(l => l.Part == sp.Number)
                .OrderBy(l => l, Comparer<Listing>.Create(CompareListings))
                .Select(l => new PartEntry(l, paperByRef[l.Ref])).ToList();
            var en = site.PartTitlesEn.GetValueOrDefault(sp.Number) ?? sp.Title;
            return new Part(sp.Number, new Bilingual<string>(sp.Title, en), sp.DeclaredCount, partEntries);
        }).ToList();

        return new Bibliography(site, seed.Title, seed.PrefaceLines, parts, papers, tags);
    }

    /// <summary>What identifies a seed entry: its cleaned title, the line as written, and the arXiv id or URL the line carries.</summary>
    static HashSet<string> EntryKeys(SeedEntry e)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { SeedText.TitleKey(e.Title), SeedText.TitleKey(e.TitleLine) };
        if (e.Arxiv is not null) keys.Add("arxiv:" + e.Arxiv);
        foreach (var url in TitleCleaner.Urls(e.TitleLine)) keys.Add(UrlKey(url));
        keys.Remove("");
        return keys;
    }

    /// <summary>What identifies a fragment's paper: its title and aliases, its arXiv id and its URLs.</summary>
    static HashSet<string> FragmentKeys(Fragment f)
    {
        var keys = f.Aliases.Append(f.Title).Select(SeedText.TitleKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (f.Arxiv is not null) keys.Add("arxiv:" + f.Arxiv);
        foreach (var url in new[] { f.Url, f.Pdf, f.Code }.OfType<string>()) keys.Add(UrlKey(url));
        return keys;
    }

    static string UrlKey(string url)
    {
        var u = url.Trim().TrimEnd('/').ToLowerInvariant();
        u = u.Replace("https://", "").Replace("http://", "").Replace("www.", "");
        return TitleCleaner.ArxivFromUrl(url) is { } id ? "arxiv:" + id : "url:" + u;
    }

    static IReadOnlyList<Fragment> DistinctIds(IReadOnlyList<Fragment> fragments, DiagnosticBag diagnostics)
    {
        var result = new List<Fragment>();
        var byId = new Dictionary<string, Fragment>(StringComparer.Ordinal);
        foreach (var f in fragments)
        {
            if (byId.TryGetValue(f.Id, out var first))
            {
                var pos = f.PosOf("id");
                diagnostics.Error(Codes.DuplicateId, $"id `{f.Id}` is already used by {first.Path}:{first.PosOf("id").Line}; ids are permalinks and must be unique", f.Path, pos.Line, pos.Column);
                continue;
            }
            byId[f.Id] = f;
            result.Add(f);
        }
        return result;
    }

    static bool Mentions(SeedItem item, HashSet<string> keys) =>
        item.Entries.SelectMany(e => e.NoteLines).Any(line => MentionKey(line, keys));

    static bool MentionKey(string line, HashSet<string> keys)
    {
        var lineKey = SeedText.TitleKey(line);
        return keys.Any(k => k.Length >= 4 && lineKey.Contains(k, StringComparison.Ordinal));
    }

    static Paper FromFragment(Fragment f, List<Claim> claims, DiagnosticBag diagnostics)
    {
        var keys = f.Aliases.Append(f.Title).Select(SeedText.TitleKey).ToHashSet();
        var listings = claims.Select(c =>
        {
            var e = c.Entry;
            var note = f.CuratorNoteEn.GetValueOrDefault(c.Declared.Ref);
            if (!c.IsMention)
                return new Listing(e.Part, e.Number, c.Ref, e.TitleLine, e.NoteLines, note, false, e.Line);
            // A mention shows the note line that names the paper and the lines after it, up to a blank line.
            var lines = e.NoteLines;
            var at = lines.ToList().FindIndex(l => MentionKey(l, keys));
            var shown = at < 0 ? e.TitleLine : lines[at];
            var after = at < 0 ? [] : lines.Skip(at + 1).TakeWhile(l => l.Length > 0).ToList();
            var number = int.Parse(c.Ref.Split('.')[1].TrimEnd("abcdefghijklmnopqrstuvwxyz".ToCharArray()));
            return new Listing(e.Part, number, c.Ref, shown, after, note, true, e.Line);
        }).OrderBy(l => l, Comparer<Listing>.Create(CompareListings)).ToList();

        if (f.AnnotationHtml.Zh is null || f.AnnotationHtml.En is null)
        {
            var missing = f.AnnotationHtml.Zh is null ? "zh" : "en";
            diagnostics.Warning(Codes.MissingTranslation,
                $"`{f.Id}` has no `::: {missing}` annotation; its {missing} page shows the other language, marked as such", f.Path, 1, 1);
        }
        if (f.TitleZh is null)
            diagnostics.Warning(Codes.MissingTranslation, $"`{f.Id}` has no `title_zh`; the Chinese pages show the English title", f.Path, 1, 1);

        var seedArxiv = claims.Select(c => c.Entry.Arxiv).FirstOrDefault(a => a is not null);
        return new Paper(f.Id, f.Title, f.TitleZh, f.Kind, f.Authors, f.Year, f.Venue, f.Arxiv ?? (f.Url is null ? seedArxiv : null), f.Doi,
            f.Url, f.Pdf, f.Code, f.Tags, f.Aliases, listings, f.AnnotationHtml, f.AnnotationText, f.EditorNote, f.Path, f.TranslatedFrom);
    }

    static Paper FromSeed(List<SeedEntry> entries, HashSet<string> usedIds)
    {
        var first = entries[0];
        var id = Slug(first.Title);
        if (id.Length == 0) id = "item-" + first.Ref.Replace('.', '-');
        var unique = id;
        for (var n = 2; !usedIds.Add(unique); n++) unique = $"{id}-{n}";
        var listings = entries.Select(e => new Listing(e.Part, e.Number, e.Ref, e.TitleLine, e.NoteLines, null, false, e.Line)).ToList();
        var url = entries.SelectMany(e => e.Urls).FirstOrDefault(u => TitleCleaner.ArxivFromUrl(u) is null);
        return new Paper(unique, first.Title, null, PaperKind.Paper, [], entries.Select(e => e.Year).FirstOrDefault(y => y is not null),
            null, entries.Select(e => e.Arxiv).FirstOrDefault(a => a is not null), null, url, null, null, [], [],
            listings, Bilingual.Empty, Bilingual.Empty, Bilingual.Empty, null, null);
    }

    /// <summary>A permalink slug from a title: ASCII words, lowercase, hyphenated, at most six words.</summary>
    public static string Slug(string title)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in SeedText.Narrow(title).ToLowerInvariant())
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return string.Join('-', words.Take(6));
    }

    static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "…";

    static int CompareListings(Listing a, Listing b)
    {
        var c = a.Part.CompareTo(b.Part);
        if (c != 0) return c;
        c = a.Number.CompareTo(b.Number);
        if (c != 0) return c;
        c = a.IsMention.CompareTo(b.IsMention);
        return c != 0 ? c : string.CompareOrdinal(a.Ref, b.Ref);
    }
}
