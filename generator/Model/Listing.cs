namespace Bibliography.Model;

/// <summary>
/// One place the seed lists a paper: part, item number and ref (<c>2.23a</c>), the line as the curator wrote it,
/// the curator's note lines under it, and the English rendering of that note from the fragment.
/// A mention (<c>6.3b</c>) is a paper the item's notes only name.
/// </summary>
public sealed record Listing(
    int Part,
    int Number,
    string Ref,
    string SeedLine,
    IReadOnlyList<string> NoteLines,
    string? NoteEn,
    bool IsMention,
    int Line)
{
    public string Anchor => "item-" + Ref.Replace('.', '-');
}
