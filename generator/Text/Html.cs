using System.Text;

namespace Bibliography.Text;

/// <summary>Markup that is already safe (rendered Markdown, escaped JSON-LD); templates print it as is. Everything else is escaped.</summary>
public sealed record Html(string Value)
{
    public override string ToString() => Value;

    /// <summary>Escapes text for HTML content and quoted attribute values: &amp; &lt; &gt; " '.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        Escape(text, sb, static (sb, s, start, count) => sb.Append(s, start, count));
        return sb.ToString();
    }

    /// <summary>The characters <see cref="Escape(string?)"/> replaces.</summary>
    public static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    /// <summary>
    /// <see cref="Escape(string?)"/>, handing the escaped text to <paramref name="write"/> (target, text, start, count) a
    /// run at a time instead of making a new string: the runs between special characters are slices of
    /// <paramref name="text"/>, each replacement a constant.
    /// </summary>
    public static void Escape<T>(string text, T target, Action<T, string, int, int> write)
    {
        var start = 0;
        while (start < text.Length)
        {
            var next = text.AsSpan(start).IndexOfAny(Special);
            if (next < 0) { write(target, text, start, text.Length - start); return; }
            if (next > 0) write(target, text, start, next);
            var rep = text[start + next] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => "&#39;" };
            write(target, rep, 0, rep.Length);
            start += next + 1;
        }
    }

    /// <summary>Lines of plain text as paragraphs: a blank line ("") separates paragraphs, other breaks become &lt;br&gt;.</summary>
    public static Html Paragraphs(IEnumerable<string> lines) =>
        Paragraphs(lines, para => "<p>" + string.Join("<br>\n", para.Select(Escape)) + "</p>");

    /// <summary>Lines split into paragraphs at blank lines, each drawn by <paramref name="paragraph"/> (its lines, unescaped).</summary>
    public static Html Paragraphs(IEnumerable<string> lines, Func<IReadOnlyList<string>, string> paragraph)
    {
        var sb = new StringBuilder();
        var para = new List<string>();
        void Flush()
        {
            if (para.Count == 0) return;
            sb.Append(paragraph(para)).Append('\n');
            para.Clear();
        }
        foreach (var line in lines)
        {
            if (line.Length == 0) Flush();
            else para.Add(line);
        }
        Flush();
        return new Html(sb.ToString().TrimEnd());
    }
}
