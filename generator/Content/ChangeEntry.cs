using Bibliography.Text;

namespace Bibliography.Content;

/// <summary>
/// One dated entry of <c>content/changes.yml</c>: what changed in the list (<see cref="List"/>, written by
/// <c>update-seed --write</c>), the papers whose annotations were added (<see cref="Annotated"/>, ids), and the
/// editors' words in both languages (<see cref="Note"/>). <see cref="Pos"/> is where the entry starts.
/// </summary>
public sealed record ChangeEntry(DateOnly Date, ListChanges List, IReadOnlyList<string> Annotated, Bilingual<string?> Note, SourcePos Pos)
{
    /// <summary>The file the entry was read from, as diagnostics name it (set by the loader).</summary>
    public string File { get; init; } = "content/" + ChangesLoader.FileName;
}
