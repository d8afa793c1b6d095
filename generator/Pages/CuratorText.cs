using Bibliography.Seed;
using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>
/// The curator's own words (an item's line as listed and its notes), shown inside a block marked Chinese. Most listed
/// lines are English paper titles and a few notes are English sentences: those are marked <c>lang="en"</c>, so a
/// screen reader reads them with an English voice and the browser picks Latin fonts and hyphenation.
/// </summary>
public static class CuratorText
{
    /// <summary>One line, escaped; wrapped in <c>&lt;span lang="en"&gt;</c> when it has no Chinese.</summary>
    public static Html Line(string line) =>
        new(IsLatin(line) ? $"<span lang=\"en\">{Html.Escape(line)}</span>" : Html.Escape(line));

    /// <summary>
    /// Lines as paragraphs, as <see cref="Html.Paragraphs"/> makes them (a blank line separates paragraphs, other breaks
    /// become &lt;br&gt;); a paragraph with no Chinese is marked <c>lang="en"</c>, and so is an English line among Chinese ones.
    /// </summary>
    public static Html Paragraphs(IReadOnlyList<string> lines) =>
        Html.Paragraphs(lines, para => para.All(IsLatin)
            ? "<p lang=\"en\">" + string.Join("<br>\n", para.Select(Html.Escape)) + "</p>"
            : "<p>" + string.Join("<br>\n", para.Select(l => Line(l).Value)) + "</p>");

    static bool IsLatin(string text) => !TextKeys.HasCjk(text) && text.Any(char.IsAsciiLetter);
}
