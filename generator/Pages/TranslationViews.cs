namespace Bibliography.Pages;

/// <summary>The translation status page: totals and one row per paper.</summary>
public sealed record TranslationsView(int Papers, int Complete, int Stale, string Summary, IReadOnlyList<TranslationRowView> Rows, string ContributingHref);

/// <summary>One paper's translation state, already put into words for the page's language; <c>*Class</c> is <c>yes</c>, <c>no</c> or <c>stale</c>.</summary>
public sealed record TranslationRowView(
    string Refs,
    string Href,
    string Title,
    string AnnotationZh, string AnnotationZhClass,
    string AnnotationEn, string AnnotationEnClass,
    string TitleZh, string TitleZhClass,
    string Notes, string NotesClass,
    string Freshness, string FreshnessClass);
