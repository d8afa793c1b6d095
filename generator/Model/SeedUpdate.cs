using Bibliography.Content;
using Bibliography.Seed;

namespace Bibliography.Model;

/// <summary>
/// What a new export of the list means for the content: the <see cref="SeedDiff"/>, which fragment annotates each
/// entry of the current list, and the refs each fragment must change to keep its papers (<see cref="RefMove"/>).
/// Made by <see cref="Plan"/>, pure: the two documents and the fragments in, nothing read or written.
/// </summary>
public sealed record SeedUpdate(SeedDiff Diff, IReadOnlyDictionary<string, Fragment> Annotating, IReadOnlyList<RefMove> Moves)
{
    /// <summary>
    /// Finds each fragment's refs in the current list as the build does (its title at the ref, else its title elsewhere,
    /// else the ref by number; <c>6.3b</c> for a paper item 6.3 only mentions) and follows them into the new list.
    /// </summary>
    public static SeedUpdate Plan(SeedDocument current, SeedDocument next, IReadOnlyList<Fragment> fragments)
    {
        var diff = SeedComparer.Compare(current, next);
        var matcher = new SeedMatcher(current);
        var annotating = new Dictionary<string, (Fragment Fragment, bool ByTitle)>(StringComparer.Ordinal);
        var moves = new List<RefMove>();
        foreach (var f in fragments.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var refs = new Dictionary<string, string>(StringComparer.Ordinal);
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var declared in f.Seed)
            {
                if (Find(matcher, f, declared, taken) is not { } found) continue;
                taken.Add(found.Ref);
                if (!annotating.TryGetValue(found.Ref, out var known) || found.ByTitle && !known.ByTitle)
                    annotating[found.Ref] = (f, found.ByTitle);
                if (NewRef(diff, matcher, found.Ref) is { } now && now != declared.Ref) refs[declared.Ref] = now;
            }
            if (refs.Count > 0) moves.Add(new RefMove(f, refs));
        }
        return new SeedUpdate(diff, annotating.ToDictionary(a => a.Key, a => a.Value.Fragment, StringComparer.Ordinal), moves);
    }

    /// <summary>The fragment that annotates an entry of the current list, if any.</summary>
    public Fragment? FragmentOf(string oldRef) => Annotating.GetValueOrDefault(oldRef);

    /// <summary>The changes as <c>content/changes.yml</c> records them: each entry's ref and title, the fragment of a removed one.</summary>
    public ListChanges ToListChanges() => new(
        Diff.Added.Select(e => new ListedItem(e.Ref, e.Title)).ToList(),
        Diff.Removed.Select(e => new RemovedItem(e.Ref, e.Title, FragmentOf(e.Ref)?.Id)).ToList(),
        Diff.Moved.Select(m => new MovedItem(m.Old.Ref, m.New.Ref, m.New.Title)).ToList(),
        Diff.Retitled.Select(m => new RetitledItem(m.New.Ref, m.Old.Title, m.New.Title)).ToList(),
        Diff.RenamedParts.Select(p => new RenamedPart(p.Number, p.Old?.Title, p.New?.Title)).ToList());

    /// <summary>The entry (or mention) of the current list a fragment's ref names, and whether its title decided it.</summary>
    static (string Ref, bool ByTitle)? Find(SeedMatcher current, Fragment f, FragmentRef declared, HashSet<string> taken)
    {
        var keys = current.KeysOf(f);
        var exact = current.Entry(declared.Ref);
        if (exact is not null && current.TitleMatches(exact, keys)) return (exact.Ref, true);
        var elsewhere = current.EntriesWith(keys).FirstOrDefault(e => !taken.Contains(e.Ref) && !f.Seed.Any(s => s.Ref == e.Ref));
        if (elsewhere is not null) return (elsewhere.Ref, true);
        if (exact is not null) return (exact.Ref, false);
        // A paper an item's notes only mention ("6.3b" where item 6.3 holds one paper) goes where that item goes.
        if (declared.Suffix is not null && current.Item($"{declared.Part}.{declared.Number}") is not null) return (declared.Ref, false);
        return null;
    }

    /// <summary>Where a ref of the current list is in the new one: an entry's match, or a mention after its item.</summary>
    static string? NewRef(SeedDiff diff, SeedMatcher current, string oldRef)
    {
        if (diff.NewRef(oldRef) is { } now) return now;
        if (current.Entry(oldRef) is not null) return null;
        var item = current.Item(oldRef.TrimEnd("abcdefghijklmnopqrstuvwxyz".ToCharArray()));
        var moved = item?.Entries.Select(e => diff.NewRef(e.Ref)).FirstOrDefault(r => r is not null);
        return moved is null ? null : moved.TrimEnd("abcdefghijklmnopqrstuvwxyz".ToCharArray()) + oldRef[^1];
    }
}

/// <summary>The refs of one fragment that change, as written in it (<c>"3.5"</c>) → as they must be written (<c>"3.4"</c>).</summary>
public sealed record RefMove(Fragment Fragment, IReadOnlyDictionary<string, string> Refs);
