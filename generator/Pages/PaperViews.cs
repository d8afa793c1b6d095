using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>A paper page: facts, the annotation once, the other language folded, later context, the curator's words, relations, citations.</summary>
public sealed record PaperView(
    string Id,
    string Title,
    string? OtherTitle,
    string? OtherHtmlLang,
    StatusView? Status,
    PaperFactsView Facts,
    TextView? Annotation,
    TextView? OtherAnnotation,
    TextView? Context,
    TextView? OtherContext,
    TextView? EditorNote,
    IReadOnlyList<CuratorNoteView> CuratorNotes,
    IReadOnlyList<RelationGroupView> Related,
    Html? Neighbourhood,
    string? EditHref,
    bool HasFragment,
    string? ContributeHref,
    CiteView? Cite);

/// <summary>A notice at the top of a paper page: annotation wanted, no longer in the list, an editor's addition.</summary>
public sealed record StatusView(string Kind, string Label, string Text, string? Href, string? HrefLabel);

/// <summary>The facts block of a paper page; "listed as" links to the items.</summary>
public sealed record PaperFactsView(
    string? Authors,
    int? Year,
    string? Venue,
    string Kind,
    IReadOnlyList<LinkView> Listed,
    IReadOnlyList<LinkView> Tags,
    IReadOnlyList<LinkView> Links);

/// <summary>Papers of the list related to this one in one way ("Builds on", "Built on by", …).</summary>
public sealed record RelationGroupView(string Label, IReadOnlyList<RelatedPaperView> Papers);
public sealed record RelatedPaperView(string Href, string Ref, string Title, string PaperId, string? Year);

/// <summary>Citation formats shown on a paper page: the formatted reference, BibTeX and RIS.</summary>
public sealed record CiteView(string Bibtex, string Ris, Html Formatted, string FormattedStyle, string BibtexKey);
