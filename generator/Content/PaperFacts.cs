using Bibliography.Text;

namespace Bibliography.Content;

/// <summary>
/// What is known about a paper as a publication: the facts a fragment's front matter gives, or what the seed alone
/// says. Shared by <see cref="Fragment"/> and the model's paper, so the two never list the same fields twice.
/// </summary>
public sealed record PaperFacts(
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
    IReadOnlyList<string> Aliases)
{
    /// <summary>A paper the seed names and nothing else describes.</summary>
    public static PaperFacts FromTitle(string title, int? year, string? arxiv, string? url) =>
        new(title, null, PaperKind.Paper, [], year, null, arxiv, null, url, null, null, [], []);

    public string? ArxivAbsUrl => Arxiv is null ? null : $"https://arxiv.org/abs/{Arxiv}";
    public string? ArxivPdfUrl => Arxiv is null ? null : $"https://arxiv.org/pdf/{Arxiv}";
    public string? DoiUrl => Doi is null ? null : $"https://doi.org/{Doi}";

    /// <summary>The title in a language: the Chinese title on Chinese pages where there is one.</summary>
    public string LocalTitle(Lang lang) => lang == Lang.Zh && !string.IsNullOrEmpty(TitleZh) ? TitleZh! : Title;

    /// <summary>The title in the other language, when it differs: the subtitle of a page or a list entry.</summary>
    public string? OtherTitle(Lang lang) => lang == Lang.Zh ? (LocalTitle(lang) == Title ? null : Title) : TitleZh;

    /// <summary>The authors named (the list's "others" left out).</summary>
    public IEnumerable<string> NamedAuthors => Authors.Where(a => a != "others");
}
