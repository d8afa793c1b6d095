namespace Bibliography.Content;

/// <summary>
/// What one new export changed in the list, as <c>update-seed --write</c> records it in <c>content/changes.yml</c>
/// under <c>list:</c>. Each list is in the list's reading order.
/// </summary>
public sealed record ListChanges(
    IReadOnlyList<ListedItem> Added,
    IReadOnlyList<RemovedItem> Removed,
    IReadOnlyList<MovedItem> Moved,
    IReadOnlyList<RetitledItem> Retitled,
    IReadOnlyList<RenamedPart> Parts)
{
    public static ListChanges Empty { get; } = new([], [], [], [], []);

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Moved.Count == 0 && Retitled.Count == 0 && Parts.Count == 0;
}

/// <summary>An item the list gained: its ref in the new list and its title.</summary>
public sealed record ListedItem(string Ref, string Title);

/// <summary>An item the list dropped: its last ref, its title, and the id of the fragment that annotated it, if any.</summary>
public sealed record RemovedItem(string Ref, string Title, string? Fragment);

/// <summary>An item the list renumbered or moved to another part: its old and new ref, and its title.</summary>
public sealed record MovedItem(string From, string To, string Title);

/// <summary>An item whose title the list changed: its ref in the new list, the old and the new title.</summary>
public sealed record RetitledItem(string Ref, string From, string To);

/// <summary>A part whose heading's title changed; <see cref="From"/> is null for a new part, <see cref="To"/> for a part the list dropped.</summary>
public sealed record RenamedPart(int Part, string? From, string? To);
