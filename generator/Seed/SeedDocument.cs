namespace Bibliography.Seed;

/// <summary>The reading list as exported, parsed into parts and items; nothing from fragments yet.</summary>
public sealed record SeedDocument(
    string Path,
    string Title,
    IReadOnlyList<string> PrefaceLines,
    IReadOnlyList<SeedPart> Parts)
{
    public IEnumerable<SeedItem> Items => Parts.SelectMany(p => p.Items);
    public IEnumerable<SeedEntry> Entries => Items.SelectMany(i => i.Entries);
}

/// <summary>A "第N部分" section of the list, numbered by its order in the body.</summary>
public sealed record SeedPart(int Number, string Title, string HeadingText, int? DeclaredCount, int Line, IReadOnlyList<SeedItem> Items);

/// <summary>One numbered item of a part; usually one paper, sometimes two (<c>2.23a</c>, <c>2.23b</c>).</summary>
public sealed record SeedItem(int Part, int Number, int Line, IReadOnlyList<SeedEntry> Entries)
{
    public string Ref => $"{Part}.{Number}";

    /// <summary>Every note line of the item, in order, including those of a second paper.</summary>
    public IEnumerable<string> AllText => Entries.SelectMany(e => e.NoteLines.Prepend(e.TitleLine));
}

/// <summary>
/// One paper named by an item: the line as the curator wrote it, the cleaned title used for matching,
/// the note lines below it (blank lines kept as "") and what the cleaner found in them.
/// </summary>
public sealed record SeedEntry(
    string Ref,
    int Part,
    int Number,
    string? Suffix,
    int Line,
    string TitleLine,
    string Title,
    IReadOnlyList<string> NoteLines,
    string? Arxiv,
    int? Year,
    IReadOnlyList<string> Urls);
