using System.Text.RegularExpressions;
using Bibliography.Diagnostics;
using Bibliography.Text;

namespace Bibliography.Seed;

/// <summary>
/// Reads the reading list as exported from the blog: the title, the preface (前言), the parts (第N部分) and their
/// numbered items. Tolerant of the export's noise (CRLF, BOM, tabs, full-width digits, blank-line drift) and reports
/// what disagrees (heading counts, numbering) as located warnings. Drops the page chrome after the last item.
/// </summary>
public static partial class SeedParser
{
    public static SeedDocument? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(Codes.SeedEmpty, "the seed list is empty; expected a title, a preface (前言) and parts headed 第一部分 …", path, 1, 1);
            return null;
        }

        var lines = SeedText.Normalize(text).Split('\n');
        var titleIndex = Array.FindIndex(lines, l => !SeedText.IsBlank(l));
        var title = lines[titleIndex].Trim();

        var headings = new List<(int Index, PartHeading Heading, bool InBody)>();
        for (var i = 0; i < lines.Length; i++)
            if (PartHeading.TryParse(lines[i]) is { } h)
                headings.Add((i, h, !IsTocEntry(lines, i)));

        var body = headings.Where(h => h.InBody).ToList();
        if (body.Count == 0)
        {
            diagnostics.Error(Codes.SeedNoParts,
                "no parts found: expected headings like \"第一部分 标题(11篇,总11篇)\" each followed by numbered items \"1. Title\"", path, titleIndex + 1, 1);
            return null;
        }
        var toc = headings.Where(h => !h.InBody).ToList();

        var end = FindChromeStart(lines, body[^1].Index + 1);
        var parts = new List<SeedPart>();
        for (var k = 0; k < body.Count; k++)
        {
            var (index, heading, _) = body[k];
            var number = k + 1;
            if (heading.Number is { } declared && declared != number)
                diagnostics.Warning(Codes.SeedPartNumbering,
                    $"heading says part {declared}, but it is part {number} of the list; refs use {number}", path, index + 1, 1);
            var stop = k + 1 < body.Count ? body[k + 1].Index : end;
            var items = ParseItems(path, lines, number, index + 1, stop, diagnostics);
            if (items.Count == 0)
                diagnostics.Warning(Codes.SeedPartWithoutItems, $"part {number} \"{heading.Title}\" has no numbered items", path, index + 1, 1);
            parts.Add(new SeedPart(number, heading.Title, lines[index].Trim(), heading.Count, index + 1, items));

            if (heading.Count is { } said && said != items.Count)
                diagnostics.Warning(Codes.SeedCountMismatch,
                    $"part {number} heading says {said} items, the list has {items.Count}; the list wins", path, index + 1, 1);
            if (k < toc.Count && toc[k].Heading.Count is { } tocSaid && tocSaid != items.Count)
                diagnostics.Warning(Codes.SeedCountMismatch,
                    $"table of contents says part {number} has {tocSaid} items, the list has {items.Count}; the list wins", path, toc[k].Index + 1, 1);
        }

        return new SeedDocument(path, title, ParsePreface(lines, body[0].Index), parts);
    }

    /// <summary>A heading is a table-of-contents entry when what follows it is another heading, not items.</summary>
    static bool IsTocEntry(string[] lines, int index)
    {
        for (var j = index + 1; j < lines.Length; j++)
        {
            if (SeedText.IsBlank(lines[j])) continue;
            return PartHeading.TryParse(lines[j]) is not null || IsPrefaceHeading(lines[j]) || IsTocHeading(lines[j]);
        }
        return true;
    }

    static bool IsPrefaceHeading(string line) => line.Trim().TrimEnd(':', '：') is "前言" or "序言" or "引言";
    static bool IsTocHeading(string line) => line.Trim() is "目录" or "目錄";

    /// <summary>The web page's widgets after the last item: "• 39 点赞", "打赏", "评论", …</summary>
    static int FindChromeStart(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
            if (ChromeLine().IsMatch(lines[i])) return i;
        return lines.Length;
    }

    static IReadOnlyList<string> ParsePreface(string[] lines, int firstPart)
    {
        var start = -1;
        for (var i = 0; i < firstPart; i++)
            if (IsPrefaceHeading(lines[i]) && !IsTocEntry(lines, i)) start = i + 1;
        if (start < 0) return [];
        return TidyBlock(lines[start..firstPart].Select(l => l.Trim()));
    }

    /// <summary>Trims blank lines at both ends and folds runs of blank lines into one "" paragraph break.</summary>
    static IReadOnlyList<string> TidyBlock(IEnumerable<string> lines)
    {
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && (result.Count == 0 || result[^1].Length == 0)) continue;
            result.Add(line);
        }
        while (result.Count > 0 && result[^1].Length == 0) result.RemoveAt(result.Count - 1);
        return result;
    }

    static List<SeedItem> ParseItems(string path, string[] lines, int part, int from, int stop, DiagnosticBag diagnostics)
    {
        var items = new List<SeedItem>();
        (int Number, int Index, List<string> Notes)? current = null;
        int? baseIndent = null;

        void Flush()
        {
            if (current is { } c) items.Add(BuildItem(part, c.Number, c.Index, lines[c.Index], c.Notes));
        }

        for (var i = from; i < stop; i++)
        {
            var line = lines[i];
            var m = ItemLine().Match(line);
            if (m.Success && SeedText.ParseNumber(m.Groups["n"].Value) is { } n)
            {
                var indent = SeedText.Indent(line);
                var expected = (current?.Number ?? 0) + 1;
                var isItem = current is null
                    || (n == expected && indent <= baseIndent + 2)
                    || (n != expected && indent <= baseIndent);
                if (isItem)
                {
                    if (n != expected)
                        diagnostics.Warning(Codes.SeedNumbering,
                            $"item numbered {n} where {expected} was expected in part {part}; numbering it {expected}", path, i + 1, indent + 1);
                    Flush();
                    current = (expected, i, new List<string>());
                    baseIndent ??= indent;
                    continue;
                }
            }
            current?.Notes.Add(line.Trim());
        }
        Flush();
        return items;
    }

    static SeedItem BuildItem(int part, int number, int index, string line, List<string> rawNotes)
    {
        var notes = TidyBlock(rawNotes).ToList();
        var content = ItemLine().Match(line).Groups["rest"].Value.Trim();

        // Split an item that holds several papers: after a blank line, a line that reads as a paper title.
        var starts = new List<int> { -1 };
        for (var k = 1; k < notes.Count; k++)
            if (notes[k - 1].Length == 0 && LooksLikeTitle(notes[k])) starts.Add(k);

        var entries = new List<SeedEntry>();
        for (var e = 0; e < starts.Count; e++)
        {
            var first = starts[e];
            var last = e + 1 < starts.Count ? starts[e + 1] - 1 : notes.Count;
            var titleLine = first < 0 ? content : notes[first];
            var entryNotes = TidyBlock(notes.Skip(first + 1).Take(last - first - 1)).ToList();
            var suffix = starts.Count > 1 ? ((char)('a' + e)).ToString() : null;
            entries.Add(BuildEntry(part, number, suffix, index + 1 + (first < 0 ? 0 : LineOffset(rawNotes, notes[first])), titleLine, entryNotes));
        }
        return new SeedItem(part, number, index + 1, entries);
    }

    /// <summary>One-based distance from the item line to a note line, for locating a second paper.</summary>
    static int LineOffset(List<string> rawNotes, string note) => rawNotes.IndexOf(note) + 1;

    static SeedEntry BuildEntry(int part, int number, string? suffix, int line, string titleLine, List<string> notes)
    {
        var cleaned = TitleCleaner.Clean(titleLine);
        var title = cleaned.Title;

        // "Vicuna tackle the memory pressure by …" with the paper's title on the next line.
        if (notes.Count > 0 && !TextKeys.HasCjk(titleLine) && !IsTitleCase(title) && LooksLikeTitle(notes[0]) && IsTitleCase(notes[0]))
            title = TitleCleaner.Clean(notes[0]).Title;

        var urls = TitleCleaner.Urls(titleLine).Concat(notes.SelectMany(TitleCleaner.Urls)).Distinct().ToList();
        return new SeedEntry($"{part}.{number}{suffix}", part, number, suffix, line, titleLine, title, notes,
            cleaned.Arxiv, cleaned.Year, urls);
    }

    /// <summary>A line that reads as an English paper title rather than a sentence of notes.</summary>
    static bool LooksLikeTitle(string s)
    {
        if (s.Length is < 10 or > 200 || TextKeys.HasCjk(s) || s.Contains("://")) return false;
        if (!char.IsLetter(s[0]) || s.EndsWith('.') || s.Contains(", ")) return false;
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 3 or > 25) return false;
        // "FLAN is the instruction-tuned version of LaMDA-PT" is a sentence; "Language Models are Few-Shot Learners" a title.
        return IsTitleCase(s) || !words.Any(w => w is "is" or "are" or "was" or "were" or "has" or "have");
    }

    static bool IsTitleCase(string s)
    {
        var words = s.Split([' ', '-', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && char.IsLetter(w[0])).ToList();
        return words.Count >= 2 && words.Count(w => char.IsUpper(w[0])) >= 0.6 * words.Count;
    }

    [GeneratedRegex(@"^\s*(?<n>[0-9０-９]{1,6})\s*[.．、]\s*(?<rest>\S.*)$")]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"^\s*[•●▪◦·]\s*")]
    private static partial Regex ChromeLine();
}
