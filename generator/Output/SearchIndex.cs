using System.Text.Json;
using System.Text.Json.Nodes;
using Bibliography.Model;
using Bibliography.Pages;
using Bibliography.Text;
using Bibliography.Content;

namespace Bibliography.Output;

/// <summary>
/// <c>search-index.json</c>: the documents the search page indexes in the browser (with MiniSearch), one per paper,
/// every searchable text in both languages as plain text, and each paper's page in each language as a site path.
/// </summary>
public static class SearchIndex
{
    public const int Version = 2;

    static readonly JsonSerializerOptions Compact = new(DataExport.Json) { WriteIndented = false };

    public static GeneratedFile Build(Model.Bibliography bib)
    {
        var papers = new JsonArray();
        foreach (var p in bib.Papers)
        {
            var tags = p.Facts.Tags.Where(bib.TagById.ContainsKey).Select(id => bib.TagById[id]).ToList();
            papers.Add((JsonNode)new JsonObject
            {
                ["id"] = p.Id,
                ["title"] = Both(p.Facts.Title, p.Facts.LocalTitle(Lang.Zh)),
                // Other names the paper goes by (the list's own spelling of its title, a model's name): exact matches rank first.
                ["aliases"] = Strings(p.Facts.Aliases),
                ["authors"] = Strings(p.Facts.Authors.Where(a => a != "others")),
                ["year"] = p.Facts.Year,
                ["venue"] = p.Facts.Venue,
                ["refs"] = Strings(p.Listings.Select(l => l.Ref)),
                ["tags"] = new JsonObject
                {
                    ["en"] = Strings(tags.Select(tg => tg.Label.En)),
                    ["zh"] = Strings(tags.Select(tg => tg.Label.Zh)),
                },
                ["text"] = Both(p.Writing.Annotation.Text().En, p.Writing.Annotation.Text().Zh),
                ["later"] = Both(p.Writing.Context.Text().En, p.Writing.Context.Text().Zh),
                // The curator's own notes (Chinese) and their English rendering: searchable even where no annotation exists yet.
                ["notes"] = Both(Join(p.Listings.Select(l => l.NoteEn)), Join(p.Listings.Select(l => string.Join("\n", l.NoteLines)))),
                ["url"] = Both(SiteUrls.Paper(Lang.En, p.Id), SiteUrls.Paper(Lang.Zh, p.Id)),
            });
        }
        var root = new JsonObject { ["version"] = Version, ["papers"] = papers };
        return GeneratedFile.Text(SiteUrls.SearchIndex, root.ToJsonString(Compact) + "\n");
    }

    static JsonObject Both(string? en, string? zh) => new() { ["en"] = en, ["zh"] = zh };

    static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    static string? Join(IEnumerable<string?> values)
    {
        var text = string.Join("\n", values.Where(v => !string.IsNullOrWhiteSpace(v)));
        return text.Length == 0 ? null : text;
    }
}
