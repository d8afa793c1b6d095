using Bibliography.Text;

namespace Bibliography.Content;

/// <summary>
/// The frame of the site from <c>content/site.yml</c>: title, description, the list's curator, English part titles, the
/// preface in English, the editors' "start here" path through the list, and the licence of the annotations where the
/// site states one (the print edition's title page).
/// </summary>
public sealed record SiteText(
    Bilingual<string?> Title,
    Bilingual<string?> Description,
    string? Author,
    string? Repository,
    string? Branch,
    IReadOnlyDictionary<int, string> PartTitlesEn,
    string? PrefaceEnMarkdown,
    IReadOnlyList<StartStep> StartHere,
    string? Licence)
{
    public static SiteText Empty { get; } = new(Bilingual.Empty, Bilingual.Empty, null, null, null, new Dictionary<int, string>(), null, [], null);
}

/// <summary>One paper of the "start here" path and why to read it, where it is written in site.yml.</summary>
public sealed record StartStep(string PaperId, Bilingual<string?> Why, string File, SourcePos Pos);
