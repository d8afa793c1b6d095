using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;
using Bibliography.Text;

namespace Bibliography.Content;

/// <summary>
/// The text that records a change in <c>content/changes.yml</c>: a new entry appended after the last one, or an id
/// added to the last entry's <c>annotated</c> list. Pure: the file's text in, its new text out; what was there stays
/// byte for byte.
/// </summary>
public static class ChangesWriter
{
    /// <summary>The comment a new changes file starts with.</summary>
    public const string Header =
        "# What changed in the bibliography, one dated entry after another, newest last (append only). See CONTRIBUTING.md.\n" +
        "# Each entry: `date` (YYYY-MM-DD); `list`, what a new export of the list changed (written by `update-seed --write`:\n" +
        "# added, removed, moved, retitled, parts); `annotated`, the ids of the papers whose annotations were added (by hand,\n" +
        "# or by `new`); `note`, the editors' words in English and Chinese.\n";

    /// <summary>The file's text with <paramref name="entry"/> appended (the header first when there is no file yet).</summary>
    public static string Append(string? text, ChangeEntry entry)
    {
        var sb = new StringBuilder(text ?? Header);
        if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
        sb.Append('\n').Append(Format(entry));
        return sb.ToString();
    }

    /// <summary>
    /// The file's text with <paramref name="id"/> recorded as annotated on <paramref name="date"/>: added to the last
    /// entry's <c>annotated: [...]</c> when that entry has this date and writes the list in brackets, else as a new entry.
    /// </summary>
    public static string AddAnnotated(string? text, DateOnly date, string id)
    {
        var bom = text?.StartsWith('\uFEFF') == true ? 1 : 0;
        if (text is not null && LastAnnotated(text[bom..], date) is { } list)
        {
            if (list.Children.OfType<YamlScalarNode>().Any(n => n.Value == id)) return text;
            // After the last id (or the `[` of an empty list): sequence nodes carry no end mark, their scalars do.
            var at = list.Children.Count > 0 ? YamlText.Offset(text[bom..], list.Children[^1].End) : YamlText.Offset(text[bom..], list.Start) + 1;
            if (at > 0) return text[..(bom + at)] + (list.Children.Count > 0 ? ", " : "") + id + text[(bom + at)..];
        }
        return Append(text, new ChangeEntry(date, ListChanges.Empty, [id], Bilingual.Empty, new SourcePos(0, 0)));
    }

    /// <summary>One entry as YAML, starting <c>- date:</c>; sections that are empty are left out.</summary>
    public static string Format(ChangeEntry entry)
    {
        var sb = new StringBuilder();
        sb.Append("- date: ").Append(ChangesLoader.Iso(entry.Date)).Append('\n');
        var list = entry.List;
        if (!list.IsEmpty)
        {
            sb.Append("  list:\n");
            Section(sb, "added", list.Added, a => $"{{ref: {Quote(a.Ref)}, title: {Quote(a.Title)}}}");
            Section(sb, "removed", list.Removed, r => $"{{ref: {Quote(r.Ref)}, title: {Quote(r.Title)}" + (r.Fragment is null ? "}" : $", fragment: {r.Fragment}}}"));
            Section(sb, "moved", list.Moved, m => $"{{from: {Quote(m.From)}, to: {Quote(m.To)}, title: {Quote(m.Title)}}}");
            Section(sb, "retitled", list.Retitled, r => $"{{ref: {Quote(r.Ref)}, from: {Quote(r.From)}, to: {Quote(r.To)}}}");
            Section(sb, "parts", list.Parts, p => $"{{part: {p.Part.ToString(CultureInfo.InvariantCulture)}"
                + (p.From is null ? "" : $", from: {Quote(p.From)}") + (p.To is null ? "" : $", to: {Quote(p.To)}") + "}");
        }
        if (entry.Annotated.Count > 0) sb.Append("  annotated: [").Append(string.Join(", ", entry.Annotated)).Append("]\n");
        if (entry.Note.En is not null || entry.Note.Zh is not null)
        {
            sb.Append("  note:\n");
            if (entry.Note.En is { } en) sb.Append("    en: ").Append(Quote(en)).Append('\n');
            if (entry.Note.Zh is { } zh) sb.Append("    zh: ").Append(Quote(zh)).Append('\n');
        }
        return sb.ToString();
    }

    static void Section<T>(StringBuilder sb, string key, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0) return;
        sb.Append("    ").Append(key).Append(":\n");
        foreach (var item in items) sb.Append("      - ").Append(line(item)).Append('\n');
    }

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped, everything else as is.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        return sb.Append('"').ToString();
    }

    /// <summary>The last entry's <c>annotated</c> list when that entry is dated <paramref name="date"/> and writes it in brackets.</summary>
    static YamlSequenceNode? LastAnnotated(string text, DateOnly date)
    {
        if (YamlText.Load(text, out var problem) is not YamlSequenceNode { Children.Count: > 0 } entries || problem is not null) return null;
        if (entries.Children[^1] is not YamlMappingNode last) return null;
        var iso = ChangesLoader.Iso(date);
        if (!last.Children.TryGetValue(new YamlScalarNode("date"), out var d) || (d as YamlScalarNode)?.Value != iso) return null;
        return last.Children.TryGetValue(new YamlScalarNode("annotated"), out var a) && a is YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } seq ? seq : null;
    }
}
