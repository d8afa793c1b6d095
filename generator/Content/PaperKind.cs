namespace Bibliography.Content;

/// <summary>What an entry is: most are papers; the list also holds surveys, a blog post and a repository.</summary>
public enum PaperKind { Paper, Survey, BlogPost, Repository }

public static class PaperKinds
{
    public static readonly IReadOnlyList<string> Names = ["paper", "survey", "blog-post", "repository"];

    public static string Name(this PaperKind kind) => Names[(int)kind];

    public static PaperKind? Parse(string name) => Names.IndexOf(name) is var i and >= 0 ? (PaperKind)i : null;

    static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }
}
