using System.Text.RegularExpressions;

namespace Bibliography.Tests.Seed;

/// <summary>Edits a curator makes when re-exporting the list: insert or remove an item, and renumber the part.</summary>
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
}
