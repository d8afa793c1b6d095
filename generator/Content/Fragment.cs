using Bibliography.Model;

namespace Bibliography.Content;

/// <summary>Where something is in a source file, one-based.</summary>
public readonly record struct SourcePos(int Line, int Column);

/// <summary>One seed ref a fragment claims (<c>"2.23a"</c>) and where it is written.</summary>
public sealed record FragmentRef(string Ref, int Part, int Number, string? Suffix, SourcePos Pos);

/// <summary>
/// A contributor's file <c>content/papers/&lt;id&gt;.md</c>, validated: front matter values and the rendered
/// <c>::: en</c> / <c>::: zh</c> annotations. Positions are kept so later stages can point at the right line.
/// </summary>
public sealed record Fragment(
    string Path,
    string Id,
    string Title,
    string? TitleZh,
    IReadOnlyList<FragmentRef> Seed,
    IReadOnlyList<string> Aliases,
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
    IReadOnlyDictionary<string, string> CuratorNoteEn,
    Bilingual<string?> EditorNote,
    Bilingual<string?> AnnotationHtml,
    Bilingual<string?> AnnotationText,
    string? TranslatedFrom,
    IReadOnlyDictionary<string, SourcePos> Positions)
{
    public SourcePos PosOf(string key) => Positions.TryGetValue(key, out var p) ? p : new SourcePos(1, 1);
}
