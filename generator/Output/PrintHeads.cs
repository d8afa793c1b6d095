using System.Globalization;
using System.Text;
using Bibliography.Pages;
using Bibliography.Text;

namespace Bibliography.Output;

/// <summary>
/// The running heads of a language's print edition (<c>L/print/heads.css</c>): every part, the editor's additions and
/// each index is put on pages of its own name, whose head (top outer corner) names it. A stylesheet, not a template:
/// CSS has no way to take a heading's text into a page margin (no <c>string-set</c> in Chromium), and inline styles are
/// not allowed by the pages' content security policy. The theme's print stylesheet sets the heads' type and position.
/// </summary>
public static class PrintHeads
{
    /// <summary>Longer heads are cut at a word before this many characters and end with an ellipsis.</summary>
    const int MaxLength = 72;

    public static GeneratedFile Css(Model.Bibliography bib, Lang lang, Func<Lang, string, string> t)
    {
        var sb = new StringBuilder();
        sb.Append("/* Running heads of the print edition, written by the generator from the part titles (see generator/Output/PrintHeads.cs). */\n");
        void Section(string anchor, string head)
        {
            var text = Quote(Shorten(head));
            sb.Append(CultureInfo.InvariantCulture, $"#{anchor} {{ page: {anchor}; }}\n");
            sb.Append(CultureInfo.InvariantCulture, $"@page {anchor}:left {{ @top-left {{ content: {text}; }} }}\n");
            sb.Append(CultureInfo.InvariantCulture, $"@page {anchor}:right {{ @top-right {{ content: {text}; }} }}\n");
        }
        foreach (var part in bib.Parts)
            Section($"part-{part.Number}", string.Format(CultureInfo.InvariantCulture, t(lang, "part_heading"), lang.PartNumber(part.Number), part.Title[lang]));
        if (bib.Additions.Count > 0) Section(PagePlanner.AdditionsAnchor, t(lang, "print_additions"));
        Section(PagePlanner.AuthorIndexAnchor, t(lang, "print_index_authors"));
        Section(PagePlanner.TagIndexAnchor, t(lang, "print_index_tags"));
        return GeneratedFile.Text(SiteUrls.PrintHeads(lang), sb.ToString());
    }

    static string Shorten(string head)
    {
        head = string.Join(' ', head.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (head.Length <= MaxLength) return head;
        var cut = head.LastIndexOf(' ', MaxLength - 1);
        if (cut < MaxLength / 2) cut = MaxLength - 1; // Chinese has no spaces: cut at the length
        return head[..cut].TrimEnd(',', ';', ':', '，', '、', ' ') + "…";
    }

    /// <summary>A CSS string: quotes and backslashes escaped, control characters as hex escapes.</summary>
    static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (char.IsControl(c)) sb.Append(CultureInfo.InvariantCulture, $"\\{(int)c:x} ");
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
