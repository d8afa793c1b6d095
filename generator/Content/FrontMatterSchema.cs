using Bibliography.Text;

namespace Bibliography.Content;

/// <summary>The keys a fragment's front matter may have, and which are required; the one place that lists them.</summary>
public static class FrontMatterSchema
{
    public static readonly IReadOnlyList<string> Required = ["id", "title"];

    public static readonly IReadOnlyList<string> Keys =
    [
        "id", "title", "title_zh", "seed", "aliases", "kind", "authors", "year", "venue", "arxiv", "doi",
        "url", "pdf", "code", "tags", "relations", "curator_note_en", "editor_note", "translated_from",
    ];

    /// <summary>The known key closest to a misspelt one, when it is close enough to be a likely typo.</summary>
    public static string? Suggest(string key) => Suggestions.Closest(key, Keys);
}
