using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Model;
using Bibliography.Seed;
using Bibliography.Text;
using Bibliography.Content;

namespace Bibliography.Cli;

/// <summary>The text of a new fragment: known facts filled in, everything else marked with <see cref="FillMarkers.Marker"/>.</summary>
public sealed partial record Skeleton(string Id, string Text)
{
    const string Fill = FillMarkers.Marker;

    /// <summary>A skeleton for a title or an arXiv id, with what the list's item says when there is one; null when no id can be made.</summary>
    public static Skeleton? For(string what, SeedEntry? entry)
    {
        what = what.Trim();
        var arxiv = ArxivId(what) ?? entry?.Arxiv;
        var isId = ArxivId(what) is not null;
        var title = isId ? entry?.Title : what;
        var id = isId ? "arxiv-" + arxiv!.Replace('.', '-') : TextKeys.Slug(what);
        if (id.Length == 0) return null;

        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append($"id: {id}\n");
        sb.Append(title is null ? $"title: \"{Fill}: the title exactly as published\"\n" : $"title: {Quote(title)}\n");
        sb.Append($"title_zh: \"{Fill}: 中文标题，如「LoRA：大语言模型的低秩适配」\"\n");
        // No list item: an editor's addition, a paper the curator did not list. A list item: its ref.
        sb.Append(entry is null ? "# An editor's addition (not in the curator's list). To annotate a list item instead, add seed: [\"2.14\"].\n" : $"seed: [\"{entry.Ref}\"]\n");
        sb.Append("kind: paper\n");
        sb.Append($"authors: [\"{Fill}: Given Family, in published order\"]\n");
        sb.Append(entry?.Year is { } y ? $"year: {y.ToString(CultureInfo.InvariantCulture)}\n" : $"year: {Fill} year of first release, or delete the line\n");
        if (arxiv is not null) sb.Append($"arxiv: \"{arxiv}\"\n");
        sb.Append($"tags: [\"{Fill}: 1 to 4 ids from content/tags.yml\"]\n");
        sb.Append($"relations:\n  builds_on: [\"{Fill}: ids of papers of the list it builds on, or delete these two lines\"]\n");
        if (entry is not null && entry.NoteLines.Any(l => l.Length > 0))
            sb.Append($"curator_note_en:\n  \"{entry.Ref}\": \"{Fill}: the curator's note in English: {Escape(string.Join(" / ", entry.NoteLines.Where(l => l.Length > 0)))}\"\n");
        sb.Append("---\n\n");
        sb.Append($"::: en\n{Fill}: 2–4 sentences in English: what the paper contributes and why it matters in this list.\n:::\n\n");
        sb.Append($"::: zh\n{Fill}：用 2–4 句中文说明这篇论文的贡献，以及它在本清单中的意义。\n:::\n\n");
        sb.Append($"::: context en\n{Fill}: 1–3 sentences on later work and limits: what came after (title, year, arXiv id), what it got wrong.\n:::\n\n");
        sb.Append($"::: context zh\n{Fill}：用 1–3 句中文说明后续工作与局限。\n:::\n");
        return new Skeleton(id, sb.ToString());
    }

    /// <summary>The arXiv id in <c>2106.09685</c>, <c>arXiv:2106.09685v2</c> or an arxiv.org URL, without its version.</summary>
    public static string? ArxivId(string what)
    {
        var m = ArxivPattern().Match(what);
        return m.Success ? m.Groups[1].Value : null;
    }

    static string Quote(string s) => "\"" + Escape(s) + "\"";
    static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"");

    [GeneratedRegex(@"^(?:arxiv:|https?://arxiv\.org/(?:abs|pdf)/)?(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivPattern();
}
