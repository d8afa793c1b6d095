using Bibliography.Text;

namespace Bibliography.Content;

/// <summary>
/// A piece of Markdown rendered once, as HTML and as plain text (for search, feeds and exports). Cross-references are
/// still placeholders here (see <see cref="Markup.Xrefs"/>): the model labels them, each page links them.
/// </summary>
public sealed record Prose(string Html, string Text);

/// <summary>What a fragment writes about its paper, in each language: the annotation, the later context, the editor's note.</summary>
public sealed record Writing(Bilingual<Prose?> Annotation, Bilingual<Prose?> Context, Bilingual<Prose?> EditorNote)
{
    public static Writing None { get; } = new(new(null, null), new(null, null), new(null, null));

    /// <summary>Every piece passed through <paramref name="f"/> (labelling cross-references treats them alike).</summary>
    public Writing Map(Func<Prose, Lang, Prose> f)
    {
        Bilingual<Prose?> Each(Bilingual<Prose?> b) => new(b.Zh is null ? null : f(b.Zh, Lang.Zh), b.En is null ? null : f(b.En, Lang.En));
        return new(Each(Annotation), Each(Context), Each(EditorNote));
    }
}

/// <summary>Both languages of a piece of writing as HTML or as plain text.</summary>
public static class ProseLanguages
{
    public static Bilingual<string?> Html(this Bilingual<Prose?> b) => new(b.Zh?.Html, b.En?.Html);
    public static Bilingual<string?> Text(this Bilingual<Prose?> b) => new(b.Zh?.Text, b.En?.Text);
}
