using System.Text.RegularExpressions;
using Bibliography.Text;
using YamlDotNet.RepresentationModel;

namespace Bibliography.Content;

/// <summary>
/// Rewrites the list refs a fragment claims, in its text: each ref of <c>seed</c> and each key of
/// <c>curator_note_en</c> that the map names becomes its new ref, in the same quotes. Every other character stays as
/// it was (line endings, comments, key order, the body). Pure: text in, text out.
/// </summary>
public static partial class SeedRefEditor
{
    /// <summary>The text with the refs replaced; null when the front matter cannot be read or a ref is written in a way this does not edit.</summary>
    public static string? Rewrite(string text, IReadOnlyDictionary<string, string> refs)
    {
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        var opening = OpeningLine().Match(text, start);
        if (!opening.Success || opening.Index != start) return null;
        var open = start + opening.Length;
        var close = ClosingLine().Match(text, open);
        if (!close.Success) return null;
        var yaml = text[open..close.Index];
        if (YamlText.Load(yaml, out var problem) is not YamlMappingNode root || problem is not null) return null;

        var scalars = new List<YamlScalarNode>();
        if (root.Children.TryGetValue(new YamlScalarNode("seed"), out var seed))
        {
            if (seed is YamlScalarNode one) scalars.Add(one);
            else if (seed is YamlSequenceNode list) scalars.AddRange(list.Children.OfType<YamlScalarNode>());
        }
        if (root.Children.TryGetValue(new YamlScalarNode("curator_note_en"), out var notes) && notes is YamlMappingNode map)
            scalars.AddRange(map.Children.Keys.OfType<YamlScalarNode>());

        var edits = new List<(int At, int Length, string Text)>();
        foreach (var scalar in scalars)
        {
            if (scalar.Value is not { } value || !refs.TryGetValue(value.Trim(), out var now)) continue;
            var from = YamlText.Offset(yaml, scalar.Start);
            var to = YamlText.Offset(yaml, scalar.End);
            if (from < 0 || to < from) return null;
            var written = yaml[from..to];
            var quote = written.Length > 0 && written[0] is '"' or '\'' ? written[0].ToString() : "";
            if (written != quote + value + quote) return null; // written with escapes or spaces inside the quotes: not edited by hand here
            edits.Add((open + from, to - from, quote + now + quote));
        }

        var result = text;
        foreach (var (at, length, replacement) in edits.OrderByDescending(e => e.At))
            result = result[..at] + replacement + result[(at + length)..];
        return result;
    }

    [GeneratedRegex(@"---[ \t]*\r?\n")]
    private static partial Regex OpeningLine();

    [GeneratedRegex(@"(?<=\n)---[ \t]*\r?(\n|$)")]
    private static partial Regex ClosingLine();
}
