using System.Text.RegularExpressions;

namespace Bibliography.Tests.Seed;

/// <summary>Edits a curator makes when re-exporting the list: insert, remove, move, swap or retitle an item, and renumber the part.</summary>
public static class SeedEdits
{
    /// <summary>Renumbers the items of the body part whose heading starts with <paramref name="heading"/> (1, 2, 3, …).</summary>
    public static string Renumber(string text, string heading)
    {
        var lines = text.Split('\n');
        var bodyStart = Array.FindIndex(lines, l => l.Trim() == "前言" ) is var toc and >= 0
            ? Array.FindIndex(lines, toc + 1, l => l.Trim() == "前言") : 0;
        var inPart = false; var n = 0;
        for (var i = Math.Max(bodyStart, 0); i < lines.Length; i++)
        {
            if (lines[i].StartsWith("第", StringComparison.Ordinal) && lines[i].Contains("部分")) inPart = lines[i].StartsWith(heading, StringComparison.Ordinal);
            var m = Regex.Match(lines[i], @"^  (\d+)\.(.*)$");
            if (inPart && m.Success) lines[i] = $"  {++n}.{m.Groups[2].Value}";
        }
        return string.Join('\n', lines);
    }

    /// <summary>The real list with "A Newly Inserted Paper on Prompting" as item 2.2 and the rest of part 2 renumbered.</summary>
    public static string WithItemInsertedInPartTwo(string real) => Renumber(
        real.Replace("  2. Rethinking the Role of Demonstrations", "  2. A Newly Inserted Paper on Prompting\n    新增的一篇\n  3. Rethinking the Role of Demonstrations"),
        "第二部分");

    /// <summary>The real list without item <paramref name="number"/> of a part (its line and notes), the part renumbered.</summary>
    public static string WithoutItem(string text, string heading, int number)
    {
        var lines = text.Split('\n').ToList();
        var (start, end) = Block(lines, heading, number);
        lines.RemoveRange(start, end - start);
        return Renumber(string.Join('\n', lines), heading);
    }

    /// <summary>Item <paramref name="number"/> of one part moved to the end of another, both parts renumbered.</summary>
    public static string WithItemMoved(string text, string fromHeading, int number, string toHeading)
    {
        var lines = text.Split('\n').ToList();
        var (start, end) = Block(lines, fromHeading, number);
        var block = lines.GetRange(start, end - start);
        while (block.Count > 1 && block[^1].Trim().Length == 0) block.RemoveAt(block.Count - 1);
        lines.RemoveRange(start, end - start);
        var (_, partEnd) = PartLines(lines, toHeading);
        while (lines[partEnd - 1].Trim().Length == 0) partEnd--;
        lines.InsertRange(partEnd, block);
        return Renumber(Renumber(string.Join('\n', lines), fromHeading), toHeading);
    }

    /// <summary>Items <paramref name="first"/> and <paramref name="second"/> of a part (first &lt; second) trade places, the part renumbered.</summary>
    public static string WithItemsSwapped(string text, string heading, int first, int second)
    {
        var lines = text.Split('\n').ToList();
        var (a, aEnd) = Block(lines, heading, first);
        var (b, bEnd) = Block(lines, heading, second);
        var later = lines.GetRange(b, bEnd - b);
        var earlier = lines.GetRange(a, aEnd - a);
        lines.RemoveRange(b, bEnd - b);
        lines.InsertRange(b, earlier);
        lines.RemoveRange(a, aEnd - a);
        lines.InsertRange(a, later);
        return Renumber(string.Join('\n', lines), heading);
    }

    /// <summary>Item <paramref name="number"/> of a part with its line's title replaced, its notes kept.</summary>
    public static string WithItemRetitled(string text, string heading, int number, string title)
    {
        var lines = text.Split('\n').ToList();
        var (start, _) = Block(lines, heading, number);
        lines[start] = $"  {number}. {title}";
        return string.Join('\n', lines);
    }

    /// <summary>The body part's lines: its heading and everything up to the next heading or the page's widgets.</summary>
    static (int Heading, int End) PartLines(List<string> lines, string heading)
    {
        var preface = lines.FindIndex(l => l.Trim() == "前言");
        var body = lines.FindIndex(preface + 1, l => l.Trim() == "前言");
        var h = lines.FindIndex(body, l => IsHeading(l) && l.StartsWith(heading, StringComparison.Ordinal));
        var end = lines.FindIndex(h + 1, l => IsHeading(l) || l.TrimStart().StartsWith('•'));
        return (h, end < 0 ? lines.Count : end);
    }

    /// <summary>An item's lines: its numbered line and the notes up to the next item of the part.</summary>
    static (int Start, int End) Block(List<string> lines, string heading, int number)
    {
        var (h, partEnd) = PartLines(lines, heading);
        var start = lines.FindIndex(h + 1, partEnd - h - 1, l => Regex.IsMatch(l, $@"^  {number}\."));
        if (start < 0) throw new ArgumentException($"no item {number} under {heading}");
        var end = start + 1;
        while (end < partEnd && !Regex.IsMatch(lines[end], @"^  \d+\.")) end++;
        return (start, end);
    }

    static bool IsHeading(string line) => line.StartsWith("第", StringComparison.Ordinal) && line.Contains("部分");
}
