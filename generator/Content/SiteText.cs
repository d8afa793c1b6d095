using Bibliography.Text;

namespace Bibliography.Content;

/// <summary>
/// The frame of the site from <c>content/site.yml</c>: title, description, the list's curator, English part titles, the
/// preface in English, and the licence of the annotations where the site states one (the print edition's title page).
/// </summary>
public sealed record SiteText(
    Bilingual<string?> Title,
    Bilingual<string?> Description,
    string? Author,
    string? Repository,
    string? Branch,
    IReadOnlyDictionary<int, string> PartTitlesEn,
    string? PrefaceEnMarkdown,
    string? Licence = null);
