using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Bibliography.Markup;

/// <summary>
/// Cross-references between the papers of the list, written <c>[[paper-id]]</c>, <c>[[paper-id|text]]</c> or
/// <c>[[part:3]]</c> in a fragment's prose. Markdown is rendered once, before anyone knows which item number a paper
/// has or from which page it is linked, so a reference is rendered as a placeholder and filled in two steps:
/// the model gives it its text (<see cref="Label"/>), the page its relative link (<see cref="Link"/>).
/// Placeholders use private-use characters, which the fragment parser strips from every input.
/// </summary>
public static partial class Xrefs
{
    const char Open = '\uE000', Close = '\uE001', HrefOpen = '\uE002', HrefClose = '\uE003';

    /// <summary>Characters a fragment may not contain, because the placeholders are made of them.</summary>
    public static string StripReserved(string text) =>
        text.IndexOfAny([Open, Close, HrefOpen, HrefClose]) < 0 ? text : text.Replace(Open.ToString(), "").Replace(Close.ToString(), "").Replace(HrefOpen.ToString(), "").Replace(HrefClose.ToString(), "");

    /// <summary>What a reference points at: a paper by id, or a part by number.</summary>
    public readonly record struct Target(string? PaperId, int? Part)
    {
        public override string ToString() => PaperId ?? $"part:{Part}";

        public static Target? Parse(string text)
        {
            text = text.Trim();
            if (PaperIdPattern().IsMatch(text)) return new Target(text, null);
            var m = PartPattern().Match(text);
            return m.Success && int.TryParse(m.Groups[1].Value, out var n) && n > 0 ? new Target(null, n) : null;
        }
    }

    /// <summary>Replaces every placeholder of rendered HTML (or plain text) with the text its target gets.</summary>
    /// <param name="label">The text for a target (<c>2.20</c>, <c>part 3</c>), or null when the target does not exist.</param>
    public static string Label(string rendered, bool html, Func<Target, string?> label)
    {
        if (rendered.IndexOf(Open) < 0) return rendered;
        return Placeholder().Replace(rendered, m =>
        {
            var target = Target.Parse(Unescape(m.Groups[1].Value, html))!.Value;
            var given = m.Groups[2].Success ? m.Groups[2].Value : null; // already escaped where html
            var text = given ?? (label(target) is { } l ? (html ? Text.Html.Escape(l) : l) : target.ToString());
            return html ? $"<a class=\"xref\" href=\"{HrefOpen}{target}{HrefClose}\">{text}</a>" : text;
        });
    }

    /// <summary>Fills the links of labelled HTML for one page: <paramref name="href"/> gives the relative URL of a target.</summary>
    public static string Link(string html, Func<Target, string> href) =>
        html.IndexOf(HrefOpen) < 0 ? html : HrefPlaceholder().Replace(html, m => Text.Html.Escape(href(Target.Parse(m.Groups[1].Value)!.Value)));

    static string Unescape(string s, bool html) => html ? System.Net.WebUtility.HtmlDecode(s) : s;

    [GeneratedRegex("\uE000([^|\uE001]*)(?:\\|([^\uE001]*))?\uE001")]
    private static partial Regex Placeholder();

    [GeneratedRegex("\uE002([^\uE003]*)\uE003")]
    private static partial Regex HrefPlaceholder();

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex PaperIdPattern();

    [GeneratedRegex(@"^part\s*:\s*(\d+)$")]
    private static partial Regex PartPattern();

    /// <summary>A <c>[[…]]</c> in a Markdown text: what it names (null when malformed) and its label.</summary>
    public sealed class XrefInline : LeafInline
    {
        public required string Written { get; init; }
        public Target? Target { get; init; }
        public string? Label { get; init; }
    }

    /// <summary>The Markdig extension: parses <c>[[…]]</c> before links are parsed, renders placeholders.</summary>
    public sealed class Extension : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
            if (!pipeline.InlineParsers.Contains<Parser>()) pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new Parser());
        }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<Renderer>()) html.ObjectRenderers.Insert(0, new Renderer());
        }
    }

    sealed class Parser : InlineParser
    {
        public Parser() => OpeningCharacters = ['['];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (slice.PeekChar() != '[') return false;
            var start = slice.Start;
            var text = slice.Text;
            var end = text.IndexOf("]]", start + 2, slice.End - start - 1, StringComparison.Ordinal);
            if (end < 0) return false;
            var inner = text[(start + 2)..end];
            if (inner.Length == 0 || inner.Contains('\n') || inner.Contains('[')) return false;
            var bar = inner.IndexOf('|');
            var targetText = bar < 0 ? inner : inner[..bar];
            var label = bar < 0 ? null : inner[(bar + 1)..].Trim();
            var line = processor.GetSourcePosition(start, out var lineIndex, out var column);
            processor.Inline = new XrefInline
            {
                Written = "[[" + inner + "]]",
                Target = Target.Parse(targetText),
                Label = string.IsNullOrEmpty(label) ? null : label,
                Span = new Markdig.Syntax.SourceSpan(line, end + 1),
                Line = lineIndex,
                Column = column,
            };
            slice.Start = end + 2;
            return true;
        }
    }

    sealed class Renderer : HtmlObjectRenderer<XrefInline>
    {
        protected override void Write(HtmlRenderer renderer, XrefInline x)
        {
            if (x.Target is not { } target)
            {
                renderer.WriteEscape(x.Written); // reported by the fragment parser
                return;
            }
            var sb = new StringBuilder().Append(Open).Append(target.ToString());
            if (x.Label is not null) sb.Append('|').Append(renderer.EnableHtmlEscape ? Text.Html.Escape(x.Label) : x.Label);
            sb.Append(Close);
            renderer.Write(sb.ToString());
        }
    }
}
