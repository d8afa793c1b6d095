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
                // listed: in the curator's list; addition: recommended by the editors, not in the list; left-the-list: annotated, since removed.
                ["status"] = p.Status switch { PaperStatus.Addition => "addition", PaperStatus.LeftTheList => "left-the-list", _ => "listed" },
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
                // Later work and limits: what came after the paper, what it got wrong, what to read next.
                ["context"] = Both(p.Writing.Context.Text()),
                ["editor_note"] = Both(p.Writing.EditorNote.Text()),
                // Typed links to other papers of the list, both those this paper's fragment declares and their reverse.
                ["relations"] = new JsonArray(p.Relations.Select(r => (JsonNode)new JsonObject
                {
                    ["type"] = RelationName(r),
                    ["id"] = r.PaperId,
                }).ToArray()),
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

    static JsonObject? Both(Bilingual<string?> text) => text.En is null && text.Zh is null ? null : new JsonObject { ["en"] = text.En, ["zh"] = text.Zh };

    /// <summary>A relation's name in the export: the front matter key, or its reverse (built_on_by, compared_with_by).</summary>
    public static string RelationName(Relation r) => !r.Reverse ? r.Type.Key() : r.Type switch
    {
        RelationType.BuildsOn => "built_on_by",
        RelationType.ComparesWith => "compared_with_by",
        _ => r.Type.Key(),
    };

    /// <summary>The English annotation: the curator's notes in English, then the summary.</summary>
    public static string? AnnotationEn(Paper p)
    {
        var notes = p.Listings.Where(l => l.NoteEn is not null).Select(l => l.NoteEn!.Replace("\n", " ").Trim()).ToList();
        var parts = notes.Append(p.Writing.Annotation.Text().En).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }
}
