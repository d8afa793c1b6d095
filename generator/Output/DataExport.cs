using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Bibliography.Model;
using Bibliography.Pages;
using Bibliography.Text;
using Bibliography.Content;

namespace Bibliography.Output;

/// <summary>The bibliography as data: <c>papers.json</c>, every paper with its facts, listings and plain-text annotations.</summary>
public static class DataExport
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static GeneratedFile PapersJson(Model.Bibliography bib)
    {
        var papers = new JsonArray();
        foreach (var p in bib.Papers)
        {
            papers.Add((JsonNode)new JsonObject
            {
                ["id"] = p.Id,
                ["title"] = p.Facts.Title,
                ["title_zh"] = p.Facts.TitleZh,
                ["authors"] = new JsonArray(p.Facts.Authors.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray()),
                ["year"] = p.Facts.Year,
                ["venue"] = p.Facts.Venue,
                ["arxiv"] = p.Facts.Arxiv,
                ["doi"] = p.Facts.Doi,
                ["url"] = p.Facts.Url,
                ["code"] = p.Facts.Code,
                ["tags"] = new JsonArray(p.Facts.Tags.Select(x => (JsonNode)JsonValue.Create(x)!).ToArray()),
                ["kind"] = p.Facts.Kind.Name(),
                ["listings"] = new JsonArray(p.Listings.Select(l => (JsonNode)new JsonObject
                {
                    ["part"] = l.Part,
                    ["number"] = l.Number,
                    ["ref"] = l.Ref,
                    ["seed_line"] = l.SeedLine,
                    ["note_zh"] = l.NoteLines.Count == 0 ? null : string.Join("\n", l.NoteLines),
                    ["note_en"] = l.NoteEn,
                }).ToArray()),
                ["annotations"] = new JsonObject
                {
                    ["en"] = AnnotationEn(p),
                    ["zh"] = p.Writing.Annotation.Text().Zh,
                },
                ["editor_note"] = p.Writing.EditorNote.Text().En is null && p.Writing.EditorNote.Text().Zh is null ? null : new JsonObject { ["en"] = p.Writing.EditorNote.Text().En, ["zh"] = p.Writing.EditorNote.Text().Zh },
            });
        }
        var root = new JsonObject
        {
            ["title"] = new JsonObject { ["en"] = bib.Title(Lang.En), ["zh"] = bib.Title(Lang.Zh) },
            ["parts"] = new JsonArray(bib.Parts.Select(pt => (JsonNode)new JsonObject
            {
                ["number"] = pt.Number,
                ["title"] = new JsonObject { ["en"] = pt.Title.En, ["zh"] = pt.Title.Zh },
                ["items"] = pt.Entries.Count(e => !e.Listing.IsMention),
            }).ToArray()),
            ["papers"] = papers,
        };
        return GeneratedFile.Text("papers.json", root.ToJsonString(Json) + "\n");
    }

    /// <summary>The English annotation: the curator's notes in English, then the summary.</summary>
    public static string? AnnotationEn(Paper p)
    {
        var notes = p.Listings.Where(l => l.NoteEn is not null).Select(l => l.NoteEn!.Replace("\n", " ").Trim()).ToList();
        var parts = notes.Append(p.Writing.Annotation.Text().En).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }
}
