namespace Bibliography.Content;

/// <summary>Where something is in a source file, one-based.</summary>
public readonly record struct SourcePos(int Line, int Column);

/// <summary>A link in a fragment's prose to a page of this site, and where it is written.</summary>
public sealed record LocalLink(string Url, SourcePos Pos);

/// <summary>One seed ref a fragment claims (<c>"2.23a"</c>) and where it is written.</summary>
public sealed record FragmentRef(string Ref, int Part, int Number, string? Suffix, SourcePos Pos);

/// <summary>A source file and where each of its front matter keys is written, so later stages point at the right line.</summary>
public sealed record SourceInfo(string Path, IReadOnlyDictionary<string, SourcePos> Positions)
{
    /// <summary>The links to pages of this site the prose writes by hand (<c>[x](../y/)</c>), so a broken one is reported where it is written.</summary>
    public IReadOnlyList<LocalLink> Links { get; init; } = [];

    public SourcePos PosOf(string key) => Positions.TryGetValue(key, out var p) ? p : new SourcePos(1, 1);
}

/// <summary>
/// A contributor's file <c>content/papers/&lt;id&gt;.md</c>, validated: the paper's facts, the list items it claims
/// (none for an editor's addition), what it writes about the paper, and how it relates to other papers of the list.
/// </summary>
public sealed record Fragment(
    string Id,
    PaperFacts Facts,
    IReadOnlyList<FragmentRef> Seed,
    IReadOnlyDictionary<string, string> CuratorNoteEn,
    Writing Writing,
    IReadOnlyList<DeclaredRelation> Relations,
    IReadOnlyList<XrefUse> Xrefs,
    IReadOnlyList<BareNumber> BareNumbers,
    string? TranslatedFrom,
    SourceInfo Source)
{
    public string Path => Source.Path;

    /// <summary>A paper the curator did not list and the edition recommends: a fragment without <c>seed</c>.</summary>
    public bool IsAddition => Seed.Count == 0;

    public SourcePos PosOf(string key) => Source.PosOf(key);
}
