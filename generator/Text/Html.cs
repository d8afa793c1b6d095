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
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var rep = text[i] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => null };
            if (rep is null) { sb?.Append(text[i]); continue; }
            sb ??= new StringBuilder(text, 0, i, text.Length + 16);
            sb.Append(rep);
        }
        return sb?.ToString() ?? text;
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
