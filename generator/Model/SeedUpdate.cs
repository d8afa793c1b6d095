using Bibliography.Content;
using Bibliography.Seed;

namespace Bibliography.Model;

/// <summary>
/// What a new export of the list means for the content: the <see cref="SeedDiff"/>, where each fragment's refs are
/// in the current list and in the new one (<see cref="RefClaim"/>), the refs each fragment must change to keep its
/// papers (<see cref="Moves"/>), and the fragments that already have the title of an item the list gained.
/// Made by <see cref="Plan"/>, pure: the two documents and the fragments in, nothing read or written.
/// </summary>
public sealed record SeedUpdate(SeedDiff Diff, IReadOnlyList<RefClaim> Claims, IReadOnlyDictionary<string, Fragment> TitledAdded)
{
    /// <summary>
    /// Finds each fragment's refs in the current list as the build does (its title at the ref, else its title elsewhere,
    /// else the ref by number; <c>6.3b</c> for a paper item 6.3 only mentions) and follows them into the new list.
    /// </summary>
    public static SeedUpdate Plan(SeedDocument current, SeedDocument next, IReadOnlyList<Fragment> fragments)
    {
        var diff = SeedComparer.Compare(current, next);
        var matcher = new SeedMatcher(current);
        var claims = new List<RefClaim>();
        var ordered = fragments.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        foreach (var f in ordered)
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var declared in f.Seed)
            {
                if (Find(matcher, f, declared, taken) is not { } found) continue;
                taken.Add(found.Ref);
                claims.Add(new RefClaim(f, declared.Ref, found.Ref, NewRef(diff, matcher, found.Ref), found.ByTitle));
            }
        }
        // An item the list gained may be a paper a fragment already describes: listed elsewhere, left the list, or an addition.
        var nextMatcher = new SeedMatcher(next);
        var titled = new Dictionary<string, Fragment>(StringComparer.Ordinal);
        foreach (var e in diff.Added)
            if (ordered.FirstOrDefault(f => nextMatcher.TitleMatches(e, nextMatcher.KeysOf(f))) is { } f) titled[e.Ref] = f;
        return new SeedUpdate(diff, claims, titled);
    }

    /// <summary>The fragment that annotates an entry of the current list, if any (one whose title decides first).</summary>
    public Fragment? FragmentOf(string oldRef) =>
        Claims.Where(c => c.OldRef == oldRef).OrderBy(c => c.ByTitle ? 0 : 1).FirstOrDefault()?.Fragment;

    /// <summary>Where a fragment's papers are in the new list.</summary>
    public IReadOnlyList<string> NewRefsOf(Fragment f) =>
        Claims.Where(c => ReferenceEquals(c.Fragment, f) && c.NewRef is not null).Select(c => c.NewRef!).ToList();

    /// <summary>The fragments whose refs change, each with its refs as written → as they must be written, in file order.</summary>
    public IReadOnlyList<RefMove> Moves =>
        Claims.Where(c => c.NewRef is not null && c.NewRef != c.Declared)
            .GroupBy(c => c.Fragment, (IEqualityComparer<Fragment>)ReferenceEqualityComparer.Instance)
            .Select(g => new RefMove(g.Key, g.DistinctBy(c => c.Declared).ToDictionary(c => c.Declared, c => c.NewRef!, StringComparer.Ordinal)))
            .ToList();

    /// <summary>How a fragment writes the ref that names an entry of the current list.</summary>
    public string? DeclaredRef(Fragment f, string oldRef) =>
        Claims.FirstOrDefault(c => ReferenceEquals(c.Fragment, f) && c.OldRef == oldRef)?.Declared;

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
        var item = current.Item(ItemRef(oldRef));
        var moved = item?.Entries.Select(e => diff.NewRef(e.Ref)).FirstOrDefault(r => r is not null);
        return moved is null ? null : ItemRef(moved) + oldRef[^1];
    }

    static string ItemRef(string reference) => reference.TrimEnd("abcdefghijklmnopqrstuvwxyz".ToCharArray());
}

/// <summary>
/// One ref a fragment declares (<see cref="Declared"/>, as written), the entry of the current list it names
/// (<see cref="OldRef"/>, whose title decided when <see cref="ByTitle"/>), and where that entry is in the new list
/// (<see cref="NewRef"/>, null when the list dropped it).
/// </summary>
public sealed record RefClaim(Fragment Fragment, string Declared, string OldRef, string? NewRef, bool ByTitle);

/// <summary>The refs of one fragment that change, as written in it (<c>"3.5"</c>) → as they must be written (<c>"3.4"</c>).</summary>
public sealed record RefMove(Fragment Fragment, IReadOnlyDictionary<string, string> Refs);
