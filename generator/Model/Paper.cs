using Bibliography.Content;
using Bibliography.Text;

namespace Bibliography.Model;

/// <summary>Where a paper stands towards the curator's list.</summary>
public enum PaperStatus
{
    /// <summary>The list has it (with a fragment, or from the list alone).</summary>
    Listed,

    /// <summary>A fragment's paper whose item the list no longer has: kept, and shown apart.</summary>
    LeftTheList,

    /// <summary>An editor's addition: a paper the curator did not list, recommended by this edition.</summary>
    Addition,
}

/// <summary>
/// One paper of the bibliography, merged from its seed listings and its fragment (if any). Immutable; what a
/// template shows is derived from it by the page planner. Cross-references in its writing are labelled already
/// (<c>2.20</c>); each page fills in their links.
/// </summary>
public sealed record Paper(
    string Id,
    PaperFacts Facts,
    PaperStatus Status,
    IReadOnlyList<Listing> Listings,
    Writing Writing,
    IReadOnlyList<Relation> Relations,
    SourceInfo? Source,
    string? TranslatedFrom,
    Bilingual<string?> Fingerprints)
{
    public bool HasFragment => Source is not null;
    public string? SourcePath => Source?.Path;
    public bool IsListed => Status == PaperStatus.Listed;
    public Listing? FirstListing => Listings.Count > 0 ? Listings[0] : null;

    /// <summary>The numbers the list gives it (<c>2.34, 2.38</c>), or null for a paper the list does not have.</summary>
    public string? Refs => Listings.Count == 0 ? null : string.Join(", ", Listings.Select(l => l.Ref));
}

/// <summary>
/// A relation as a paper page shows it: declared by this paper's fragment (<see cref="Reverse"/> false), or the reverse
/// of a relation another paper declared towards this one ("built on by").
/// </summary>
public sealed record Relation(RelationType Type, string PaperId, bool Reverse);
