using Bibliography.Text;

namespace Bibliography.Seed;

/// <summary>
/// How a new export of the list differs from the current one (<see cref="SeedComparer.Compare"/>): which entries are
/// the same paper in both (matched by title, else by position), which are new, which are gone, and what changed in
/// the parts' headings.
/// </summary>
public sealed record SeedDiff(
    IReadOnlyList<EntryMatch> Matches,
    IReadOnlyList<SeedEntry> Added,
    IReadOnlyList<SeedEntry> Removed,
    IReadOnlyList<PartChange> Parts)
{
    readonly Dictionary<string, string> newRefs = Matches.ToDictionary(m => m.Old.Ref, m => m.New.Ref, StringComparer.Ordinal);

    /// <summary>Matched entries whose ref changed, in the new list's order.</summary>
    public IEnumerable<EntryMatch> Moved => Matches.Where(m => m.IsMoved).OrderBy(m => m.New, SeedComparer.ReadingOrder);

    /// <summary>Matched entries whose title changed, in the new list's order.</summary>
    public IEnumerable<EntryMatch> Retitled => Matches.Where(m => m.IsRetitled).OrderBy(m => m.New, SeedComparer.ReadingOrder);

    public IEnumerable<PartChange> RenamedParts => Parts.Where(p => p.IsRenamed || p.Old is null || p.New is null);
    public IEnumerable<PartChange> CountChanges => Parts.Where(p => p.IsCountChanged);

    /// <summary>Where an entry of the current list is in the new one; null when the new list does not have it.</summary>
    public string? NewRef(string oldRef) => newRefs.GetValueOrDefault(oldRef);

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && !Moved.Any() && !Retitled.Any() && !RenamedParts.Any() && !CountChanges.Any();
}

/// <summary>
/// One paper in both exports. <see cref="ByTitle"/> when a title key (the cleaned title, the line, an arXiv id or URL)
/// matched; else the entry took the same place in the list and its title changed.
/// </summary>
public sealed record EntryMatch(SeedEntry Old, SeedEntry New, bool ByTitle)
{
    public bool IsMoved => Old.Ref != New.Ref;
    public bool IsRetitled => TextKeys.TitleKey(Old.Title) != TextKeys.TitleKey(New.Title);
}

/// <summary>A part of either export, by number: its old and new heading (null where that export has no such part).</summary>
public sealed record PartChange(int Number, SeedPart? Old, SeedPart? New)
{
    public bool IsRenamed => Old is not null && New is not null && Old.Title != New.Title;
    public bool IsCountChanged => Old is not null && New is not null && Old.DeclaredCount != New.DeclaredCount;
}
