using System.Text.Json.Nodes;

namespace Bibliography.Citations;

/// <summary>One CSL-JSON item per paper: what Zotero, Pandoc (citeproc) and other CSL processors read.</summary>
public static class CslJsonWriter
{
    public static JsonObject Write(CitationEntry e)
    {
        var o = new JsonObject
        {
            ["id"] = e.Key,
            ["type"] = e.Kind switch
            {
                CitationKind.Article => "article-journal", CitationKind.Proceedings => "paper-conference",
                CitationKind.Preprint => "article", CitationKind.Report => "report", _ => "webpage",
            },
            ["title"] = e.Title,
        };
        if (e.Authors.Count > 0)
            o["author"] = new JsonArray(e.Authors.Select(a => (JsonNode)(a.IsOrganization
                ? new JsonObject { ["literal"] = a.Family }
                : new JsonObject { ["family"] = a.Family, ["given"] = a.Given })).ToArray());
        if (e.Year is { } y) o["issued"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(y)) };
        if (e.Venue is { } v) o["container-title"] = v.Name;
        if (e.Kind == CitationKind.Preprint) { o["publisher"] = "arXiv"; o["number"] = "arXiv:" + e.Arxiv; }
        if (e.Doi is not null) o["DOI"] = e.Doi;
        if (e.Link is not null) o["URL"] = e.Link;
        if (e.MoreAuthors) o["note"] = "Author list shortened; see the paper for all authors.";
        return o;
    }
}
