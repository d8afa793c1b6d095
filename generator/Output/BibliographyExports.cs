using System.Text;
using System.Text.Json.Nodes;
using Bibliography.Citations;
using Bibliography.Pages;
using Bibliography.Text;

namespace Bibliography.Output;

/// <summary>The whole bibliography to download: <c>bibliography.bib</c> (BibTeX, UTF-8), <c>bibliography.ris</c> and <c>bibliography.json</c> (CSL-JSON).</summary>
public static class BibliographyExports
{
    public static readonly IReadOnlyList<string> Paths = ["bibliography.bib", "bibliography.ris", "bibliography.json"];

    public static IEnumerable<GeneratedFile> Build(Model.Bibliography bib)
    {
        var set = new CitationSet(bib);
        var bibtex = new StringBuilder();
        bibtex.Append("% ").Append(bib.Title(Lang.En)).Append(" · ").Append(bib.Title(Lang.Zh)).Append('\n');
        bibtex.Append("% UTF-8; for biblatex/biber, or LaTeX 2018 and later.\n");
        foreach (var e in set.Entries) bibtex.Append('\n').Append(BibtexWriter.Write(e));
        yield return GeneratedFile.Text(Paths[0], bibtex.ToString());
        yield return GeneratedFile.Text(Paths[1], string.Join("\n", set.Entries.Select(RisWriter.Write)));
        var csl = new JsonArray(set.Entries.Select(e => (JsonNode)CslJsonWriter.Write(e)).ToArray());
        yield return GeneratedFile.Text(Paths[2], csl.ToJsonString(DataExport.Json) + "\n");
    }
}
