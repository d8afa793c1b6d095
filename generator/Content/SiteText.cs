using Bibliography.Text;

namespace Bibliography.Content;

/// <summary>The frame of the site from <c>content/site.yml</c>: title, description, English part titles, the preface in English.</summary>
public sealed record SiteText(
    Bilingual<string?> Title,
    Bilingual<string?> Description,
    string? Author,
    string? Repository,
    string? Branch,
    IReadOnlyDictionary<int, string> PartTitlesEn,
    string? PrefaceEnMarkdown);
