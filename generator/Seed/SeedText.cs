using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Text;

namespace Bibliography.Seed;

/// <summary>Text normalisation shared by the seed parser and the title matcher.</summary>
public static partial class SeedText
{
    /// <summary>Removes the BOM, unifies line endings, turns non-breaking and zero-width spaces into plain ones, and shows LaTeX <c>\rightarrow</c> remnants as →.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060': break;
                case '\u00A0' or '\u2007' or '\u202F': sb.Append(' '); break;
                default: sb.Append(ch); break;
            }
        }
        var s = sb.ToString().Replace("\r\n", "\n").Replace('\r', '\n');
        return RightArrow().Replace(s, "→");
    }

    [GeneratedRegex(@"\\(?:rightarrow|to|Rightarrow|longrightarrow)\b ?")]
    private static partial Regex RightArrow();

    /// <summary>Width of the leading white space, a tab counting as four columns and an ideographic space as two.</summary>
    public static int Indent(string line)
    {
        var width = 0;
        foreach (var ch in line)
        {
            if (ch == ' ') width++;
            else if (ch == '\t') width += 4;
            else if (ch == '\u3000') width += 2;
            else break;
        }
        return width;
    }

    public static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    /// <summary>Parses "11", "１１", "十一", "二十" into an integer; null when it is not a number.</summary>
    public static int? ParseNumber(string s)
    {
        s = TextKeys.Narrow(s.Trim());
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        return ParseChineseNumeral(s);
    }

    static int? ParseChineseNumeral(string s)
    {
        if (s.Length == 0) return null;
        int total = 0, current = 0;
        foreach (var ch in s)
        {
            var digit = "零一二三四五六七八九".IndexOf(ch);
            if (ch is '〇') digit = 0;
            if (ch is '两') digit = 2;
            if (digit >= 0) { current = digit; continue; }
            var unit = ch switch { '十' => 10, '百' => 100, _ => 0 };
            if (unit == 0) return null;
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }
        return total + current;
    }
}
