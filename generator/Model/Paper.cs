namespace Bibliography.Model;

/// <summary>
/// One paper of the bibliography, merged from its seed listings and its fragment (if any).
/// Immutable; what a template shows is derived from it by the page planner.
/// </summary>
public sealed record Paper(
    string Id,
    string Title,
    string? TitleZh,
    PaperKind Kind,
    IReadOnlyList<string> Authors,
    int? Year,
    string? Venue,
    string? Arxiv,
    string? Doi,
    string? Url,
    string? Pdf,
    string? Code,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Listing> Listings,
    Bilingual<string?> AnnotationHtml,
    Bilingual<string?> AnnotationText,
    Bilingual<string?> EditorNote,
    string? SourcePath,
    string? TranslatedFrom)
{
    public bool HasFragment => SourcePath is not null;
    public Listing FirstListing => Listings[0];
    public string? ArxivAbsUrl => Arxiv is null ? null : $"https://arxiv.org/abs/{Arxiv}";
    public string? ArxivPdfUrl => Arxiv is null ? null : $"https://arxiv.org/pdf/{Arxiv}";
    public string? DoiUrl => Doi is null ? null : $"https://doi.org/{Doi}";

    public string LocalTitle(Lang lang) => lang == Lang.Zh && !string.IsNullOrEmpty(TitleZh) ? TitleZh! : Title;
}
