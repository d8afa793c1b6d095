using Bibliography.Model;
using Bibliography.Content;
using Bibliography.Text;

namespace Bibliography.Tests.Citations;

/// <summary>Papers made up for a test, with only the facts a citation reads.</summary>
static class TestPapers
{
    public static Paper Make(string id, string title, IReadOnlyList<string> authors, int? year = 2023, string? venue = null,
        string? arxiv = null, string? doi = null, PaperKind kind = PaperKind.Paper, string? url = null) =>
        new(id, new PaperFacts(title, null, kind, authors, year, venue, arxiv, doi, url, null, null, [], []), PaperStatus.Listed, [], Writing.None, [], null, null, Bilingual.Empty);
}
