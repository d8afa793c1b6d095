namespace Bibliography.Content;

/// <summary>
/// How one paper of the list relates to another, as a fragment's <c>relations</c> front matter declares it
/// (<c>builds_on: [transformer]</c>). The build adds the reverse direction of every declared relation.
/// </summary>
public enum RelationType { BuildsOn, ComparesWith, SameAuthors, SeeAlso }

public static class RelationTypes
{
    /// <summary>The front matter keys, in the order pages show the groups.</summary>
    public static readonly IReadOnlyList<string> Keys = ["builds_on", "compares_with", "same_authors", "see_also"];

    public static string Key(this RelationType type) => Keys[(int)type];

    public static RelationType? Parse(string key) => Keys.ToList().IndexOf(key) is var i and >= 0 ? (RelationType)i : null;

    /// <summary>Whether the relation reads the same both ways (same authors, see also), so its reverse is the same type.</summary>
    public static bool IsSymmetric(this RelationType type) => type is RelationType.SameAuthors or RelationType.SeeAlso;
}

/// <summary>One declared relation: its type, the paper it names, where it is written.</summary>
public sealed record DeclaredRelation(RelationType Type, string Target, SourcePos Pos);

/// <summary>A cross-reference written in a fragment's prose (<c>[[lora]]</c>), where it is written, for checking that it names something.</summary>
public sealed record XrefUse(Markup.Xrefs.Target Target, SourcePos Pos);
