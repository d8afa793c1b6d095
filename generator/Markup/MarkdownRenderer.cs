using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Bibliography.Text;

namespace Bibliography.Markup;

/// <summary>The one Markdig pipeline of the site, built once: CommonMark plus containers, tables, CJK-friendly emphasis.</summary>
public static class MarkdownRenderer
{
    public static MarkdownPipeline Pipeline { get; } = Extensions(new MarkdownPipelineBuilder()).Build();

    /// <summary>The same pipeline with raw HTML turned into text, for Markdown that is not checked like a fragment's body
    /// (the preface, an editor's note written as a YAML string).</summary>
    public static MarkdownPipeline TextOnlyPipeline { get; } = Extensions(new MarkdownPipelineBuilder()).DisableHtml().Build();

    static MarkdownPipelineBuilder Extensions(MarkdownPipelineBuilder builder) => builder
        .UseCustomContainers()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .UseCjkFriendlyEmphasis()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Use<Xrefs.Extension>();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Parses, or returns null when Markdig refuses the text as nested too deeply (its guard against stack overflow).</summary>
    public static MarkdownDocument? TryParse(string markdown, MarkdownPipeline? pipeline = null)
    {
        try { return Markdown.Parse(markdown, pipeline ?? Pipeline); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>A whole parsed text (an editor's note) as HTML.</summary>
    public static string Render(MarkdownDocument doc) => RenderChildren(doc);

    /// <summary>A whole parsed text as plain text.</summary>
    public static string RenderAsText(MarkdownDocument doc) => RenderChildrenAsText(doc);

    /// <summary>Renders the children of a block (e.g. a <c>::: en</c> container) to HTML.</summary>
    public static string RenderChildren(ContainerBlock block)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.WriteChildren(block);
        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>The same children as plain text: no markup, entities decoded, for search, feeds and exports.</summary>
    public static string RenderChildrenAsText(ContainerBlock block)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.WriteChildren(block);
        writer.Flush();
        return string.Join(' ', writer.ToString().Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim())).Trim();
    }

    /// <summary>Renders a whole Markdown text (the English preface) to HTML with raw HTML escaped and unsafe links dropped.</summary>
    public static string ToHtml(string markdown)
    {
        var fallback = Html.Paragraphs(markdown.Split('\n').Select(l => l.Trim())).Value;
        if (TryParse(markdown, TextOnlyPipeline) is not { } doc) return fallback;
        SecureLinks(doc);
        try { return RenderChildren(doc); }
        catch (ArgumentException) { return fallback; } // Markdig's depth limit, hit while rendering
    }

    /// <summary>A link target that was removed, and where it was written (zero-based, as Markdig counts).</summary>
    public sealed record DroppedLink(string Url, int Line, int Column);

    /// <summary>
    /// Makes links safe in place: drops <c>javascript:</c>, <c>data:</c> and <c>vbscript:</c> targets (returned so the
    /// caller can warn), and marks external links <c>rel="noopener"</c>.
    /// </summary>
    public static IReadOnlyList<DroppedLink> SecureLinks(MarkdownObject root)
    {
        var dropped = new List<DroppedLink>();
        foreach (var link in root.Descendants<LinkInline>())
        {
            var url = (link.Url ?? "").Trim();
            if (!IsSafeUrl(url))
            {
                dropped.Add(new DroppedLink(url, link.Line, link.Column));
                link.Url = "";
                link.IsImage = false;
                continue;
            }
            if (IsExternal(url)) link.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
        }
        foreach (var link in root.Descendants<AutolinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                dropped.Add(new DroppedLink(link.Url, link.Line, link.Column));
                link.Url = "";
            }
            else if (IsExternal(link.Url)) link.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
        }
        return dropped;
    }

    static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>A URL a reader may follow: http(s), mailto, or relative.</summary>
    public static bool IsSafeUrl(string url)
    {
        var u = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        var colon = u.IndexOf(':');
        if (colon < 0) return true;
        var slash = u.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true;
        var scheme = u[..colon];
        return scheme is "http" or "https" or "mailto";
    }
}
