using Bibliography.Model;
using Bibliography.Content;

namespace Bibliography.Citations;

/// <summary>
/// One paper as citation styles see it: parsed author names, the kind of publication, the venue's full name and
/// the year of the version cited. Every format (BibTeX, RIS, CSL-JSON, APA, GB/T 7714) is written from this.
/// </summary>
public sealed record CitationEntry(
    string Id,
    string Key,
    CitationKind Kind,
    string Title,
    IReadOnlyList<PersonName> Authors,
    bool MoreAuthors,
    int? Year,
    Venue? Venue,
    string? Arxiv,
    string? Doi,
    string? Url)
{
    /// <summary>The entry for <paramref name="p"/>. A paper published in a venue is cited as published, in the venue's year.</summary>
    public static CitationEntry From(Paper p, string key)
    {
        var venue = p.Facts.Venue is null ? null : Venue.Parse(p.Facts.Venue);
        var kind = p.Facts.Kind switch
        {
            PaperKind.BlogPost or PaperKind.Repository => CitationKind.Web,
            _ when venue is not null => venue.IsJournal ? CitationKind.Article : CitationKind.Proceedings,
            _ when p.Facts.Arxiv is not null => CitationKind.Preprint,
            _ when p.Facts.Pdf is not null => CitationKind.Report,
            _ => CitationKind.Web,
        };
        var authors = p.Facts.Authors.Where(a => a != "others").Select(PersonName.Parse).ToList();
        return new CitationEntry(p.Id, key, kind, p.Facts.Title, authors, p.Facts.Authors.Contains("others"), venue?.Year ?? p.Facts.Year,
            venue, p.Facts.Arxiv, p.Facts.Doi, p.Facts.Url ?? p.Facts.Pdf);
    }

    /// <summary>The link a formatted reference ends with: the DOI, else the arXiv abstract, else the page itself.</summary>
    public string? Link => Doi is not null ? "https://doi.org/" + Doi : Arxiv is not null ? "https://arxiv.org/abs/" + Arxiv : Url;

    /// <summary>Whether the title is written in Chinese, which decides <c>等</c> or <c>et al.</c> in GB/T 7714.</summary>
    public bool IsChinese => Title.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
