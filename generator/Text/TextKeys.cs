using System.Text;

namespace Bibliography.Text;

/// <summary>Width folding, Han detection and the key two titles are compared by: shared by the seed, the model and the pages.</summary>
public static class TextKeys
{
    /// <summary>
    /// Full-width ASCII forms (ＡＢＣ１２３（），：) and the ideographic space to their half-width forms.
    /// Done by hand rather than NFKC so it does not depend on the platform's Unicode data.
    /// </summary>
    public static string Narrow(string s)
    {
        var needed = false;
        foreach (var c in s) if (c is >= '\uFF01' and <= '\uFF5E' or '\u3000') { needed = true; break; }
        if (!needed) return s;
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\uFF01' and <= '\uFF5E') chars[i] = (char)(chars[i] - 0xFEE0);
            else if (chars[i] == '\u3000') chars[i] = ' ';
        }
        return new string(chars);
    }

    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';

    public static bool HasCjk(string s) => s.Any(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF');

    /// <summary>
    /// The key two titles are compared by: NFKC, lower case, letters and digits only.
    /// "FlashAttention: Fast and …" and "Flashattention: fast and …" get the same key.
    /// </summary>
    public static string TitleKey(string title)
    {
        var s = Narrow(title).ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
            if (char.IsLetterOrDigit(ch)) sb.Append(ch);
        return sb.ToString();
    }

    /// <summary>A permalink slug from a title: ASCII words, lowercase, hyphenated, at most six words.</summary>
    public static string Slug(string title)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in Narrow(title).ToLowerInvariant())
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return string.Join('-', words.Take(6));
    }

    /// <summary>A number in Chinese numerals, as part headings write it: 3 → 三, 11 → 十一, 20 → 二十, 105 → 一百零五.</summary>
    public static string ChineseNumeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n < 0 || n >= 10000) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (n < 10) return digits[n].ToString();
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        var sb = new StringBuilder();
        var units = new[] { (1000, "千"), (100, "百"), (10, "十") };
        var zero = false;
        foreach (var (value, name) in units)
        {
            var d = n / value % 10;
            if (d == 0) { zero = sb.Length > 0; continue; }
            if (zero) { sb.Append('零'); zero = false; }
            sb.Append(digits[d]).Append(name);
        }
        if (n % 10 != 0) { if (zero || (n % 100 < 10 && n >= 100)) sb.Append('零'); sb.Append(digits[n % 10]); }
        return sb.ToString();
    }
}
