using System.Globalization;
using System.Text.RegularExpressions;
using Bibliography.Diagnostics;
using Bibliography.Markup;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.RepresentationModel;
using Bibliography.Text;

namespace Bibliography.Content;

/// <summary>
/// Parses one fragment's text into a <see cref="Fragment"/>: YAML front matter checked against
/// <see cref="FrontMatterSchema"/>, then the Markdown body's <c>::: en</c> and <c>::: zh</c> containers.
/// Pure: text in, fragment and diagnostics out. Returns null when the fragment has errors.
/// </summary>
public static partial class FragmentParser
{
    /// <param name="tagIds">The tag vocabulary; null when tags.yml could not be read, so tags are not checked against it.</param>
    /// <param name="fileIds">The ids the other fragment files are named after, so a copied file that keeps its original's
    /// id is reported as a duplicate rather than as a misnamed file.</param>
    public static Fragment? Parse(string path, string text, IReadOnlySet<string>? tagIds, DiagnosticBag diagnostics, int currentYear, IReadOnlySet<string>? fileIds = null)
    {
        // This fragment's own diagnostics, decided on alone and handed over at the end: fragments are parsed in parallel.
        var mine = new DiagnosticBag();
        text = Xrefs.StripReserved(text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n'));
        var fragment = ParseAlone(path, text, tagIds, mine, currentYear, fileIds);
        // A skeleton's placeholders are one message each, in place of whatever else their line breaks.
        var markers = FillMarkers.Find(path, text);
        var found = markers.Count == 0 ? mine.Sorted() : FillMarkers.Apply(mine.Sorted(), markers);
        diagnostics.AddRange(found);
        return found.Any(d => d.IsError) ? null : fragment;
    }

    /// <param name="diagnostics">This fragment's bag alone: "no errors so far" decisions read it.</param>
    static Fragment? ParseAlone(string path, string text, IReadOnlySet<string>? tagIds, DiagnosticBag diagnostics, int currentYear, IReadOnlySet<string>? fileIds)
    {
        var proseKinds = new Lazy<LineKind[]>(() => Kinds(text));
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.FrontMatterMissing, "a fragment starts with a front matter block: a line `---`, YAML keys (id, title, seed, …), and a closing `---`", path, 1, 1);
            return null;
        }
        var close = FrontMatterEnd().Match(text, 4);
        if (!close.Success)
        {
            diagnostics.Error(Codes.FrontMatterMissing, "the front matter is not closed: add a line `---` after the last key", path, 1, 1);
            return null;
        }
        var yaml = text[4..close.Index];
        var body = text[(close.Index + close.Length)..];
        var bodyFirstLine = CountLines(text[..(close.Index + close.Length)]) + 1;

        var node = YamlText.Load(yaml, out var problem);
        if (problem is not null)
        {
            diagnostics.Error(Codes.YamlSyntax, "invalid YAML: " + problem.Message, path, problem.Line + 1, problem.Column);
            return null;
        }
        if (node is not YamlMappingNode root)
        {
            diagnostics.Error(Codes.YamlSyntax, "the front matter must be YAML keys and values (`title: \"…\"`)", path, 2, 1);
            return null;
        }

        var r = new FieldReader(path, root, diagnostics);
        foreach (var (key, pos) in r.UnknownKeys())
        {
            var hint = FrontMatterSchema.Suggest(key) is { } s ? $"; did you mean `{s}`?" : $"; known keys: {string.Join(", ", FrontMatterSchema.Keys)}";
            diagnostics.Error(Codes.UnknownKey, $"unknown key `{key}`{hint}", path, pos.Line, pos.Column);
        }
        foreach (var key in FrontMatterSchema.Required)
            if (!r.Has(key))
                diagnostics.Error(Codes.RequiredKeyMissing, $"required key `{key}` is missing; add {RequiredHint(key, path)}", path, 2, 1);

        var id = r.String("id") ?? "";
        if (r.Has("id") && !IdPattern().IsMatch(id))
            r.Error("id", Codes.BadId, $"id `{id}` must be lowercase letters, digits and hyphens (a-z, 0-9, -), e.g. `attention-is-all-you-need`");
        else if (r.Has("id") && System.IO.Path.GetFileNameWithoutExtension(path) != id && !path.StartsWith('<'))
        {
            if (fileIds?.Contains(id) == true)
                r.Error("id", Codes.DuplicateId, $"id `{id}` is already used by {System.IO.Path.GetDirectoryName(path)?.Replace('\\', '/')}/{id}.md; ids are permalinks and must be unique: give this paper its own id and name the file after it");
            else
                r.Error("id", Codes.IdFileMismatch, $"id `{id}` differs from the file name `{System.IO.Path.GetFileName(path)}`; name the file `{id}.md`");
        }

        var title = r.String("title") ?? "";
        if (r.Has("title") && string.IsNullOrWhiteSpace(title)) r.Error("title", Codes.WrongType, "`title` is empty");

        var seed = new List<FragmentRef>();
        foreach (var (value, pos) in r.StringList("seed", acceptScalar: true))
        {
            var m = RefPattern().Match(value);
            if (!m.Success)
                diagnostics.Error(Codes.BadRef, $"seed ref `{value}` is not of the form part.item, e.g. \"2.14\" or \"2.23a\"", path, pos.Line, pos.Column);
            else
                seed.Add(new FragmentRef(value, int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), m.Groups[3].Success ? m.Groups[3].Value : null, pos));
        }
        if (r.Has("seed") && seed.Count == 0 && !diagnostics.HasErrors)
            r.Error("seed", Codes.BadRef, "`seed` lists no refs; give the list items this paper covers, e.g. [\"1.2\"], or remove the key for an editor's addition (a paper the list does not name)");

        var kindName = r.String("kind") ?? "paper";
        var kind = PaperKinds.Parse(kindName);
        if (kind is null) r.Error("kind", Codes.BadKind, $"kind `{kindName}` is not one of: {string.Join(", ", PaperKinds.Names)}");

        var authors = r.StringList("authors", acceptScalar: false).Select(x => x.Value).ToList();

        int? year = null;
        if (r.String("year") is { } yearText)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                r.Error("year", Codes.WrongType, $"year `{yearText}` is not a number; write the year of first release, e.g. 2017");
            else if (y < 1950)
                r.Error("year", Codes.YearOutOfRange, $"year {y} is before 1950; write the year of first release, e.g. 2017");
            else if (y > currentYear)
                r.Error("year", Codes.YearOutOfRange, $"year {y} is in the future (after {currentYear}); write the year of first release, e.g. 2017");
            else year = y;
        }

        var arxiv = r.String("arxiv");
        if (arxiv is not null && !ArxivPattern().IsMatch(arxiv))
            r.Error("arxiv", Codes.BadArxiv, $"arXiv id `{arxiv}` is malformed; write it as YYMM.NNNNN without a version, e.g. \"1706.03762\"");
        var doi = r.String("doi");
        if (doi is not null && !DoiPattern().IsMatch(doi))
            r.Error("doi", Codes.BadDoi, $"DOI `{doi}` is malformed; write it as 10.NNNN/suffix without https://doi.org/");
        string? Link(string key)
        {
            var v = r.String(key);
            if (v is not null && (!Uri.TryCreate(v, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https")))
            {
                r.Error(key, Codes.BadUrl, $"`{key}` must be an absolute http(s) URL, got `{v}`");
                return null;
            }
            return v;
        }
        var url = Link("url");
        var pdf = Link("pdf");
        var code = Link("code");

        var tags = r.StringList("tags", acceptScalar: false);
        foreach (var (tag, pos) in tags)
            if (tagIds is not null && !tagIds.Contains(tag))
            {
                var hint = Suggestions.Closest(tag, tagIds) is { } s ? $"; did you mean `{s}`?" : "";
                diagnostics.Error(Codes.UnknownTag, $"unknown tag `{tag}`{hint} (tags are listed in content/tags.yml)", path, pos.Line, pos.Column);
            }
        if (r.Has("tags") && tags.Count is 0 or > 4 || !r.Has("tags"))
            r.Error(r.Has("tags") ? "tags" : "id", Codes.TagCount, $"a paper has 1 to 4 tags, this one has {tags.Count}");

        var relations = new List<DeclaredRelation>();
        foreach (var (name, namePos, targets) in r.ListMap("relations"))
        {
            if (RelationTypes.Parse(name) is not { } type)
            {
                var hint = Suggestions.Closest(name, RelationTypes.Keys) is { } s2 ? $"did you mean `{s2}`? " : "";
                diagnostics.Error(Codes.BadRelation, $"unknown relation `{name}`; {hint}relations are {string.Join(", ", RelationTypes.Keys)}", path, namePos.Line, namePos.Column);
                continue;
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (target, pos) in targets)
            {
                if (!IdPattern().IsMatch(target))
                    diagnostics.Error(Codes.BadRelation, $"`{target}` is not a paper id (lowercase letters, digits and hyphens, as the file name of its fragment)", path, pos.Line, pos.Column);
                else if (target == id)
                    diagnostics.Error(Codes.BadRelation, $"`{name}` names the paper itself; a relation links two different papers", path, pos.Line, pos.Column);
                else if (!seen.Add(target))
                    diagnostics.Error(Codes.BadRelation, $"`{target}` is listed twice under `{name}`", path, pos.Line, pos.Column);
                else
                    relations.Add(new DeclaredRelation(type, target, pos));
            }
        }

        var notes = r.StringMap("curator_note_en");
        foreach (var (key, pos) in notes.Keys.Select(k => (k, r.MapKeyPos("curator_note_en", k))))
            if (!seed.Any(s => s.Ref == key))
                diagnostics.Error(Codes.CuratorNoteForUnknownRef, $"curator_note_en has a note for `{key}`, which is not in this fragment's `seed` list", path, pos.Line, pos.Column);
        var editor = r.StringMap("editor_note");
        foreach (var key in editor.Keys.Where(k => LangCodes.Parse(k) is null))
        {
            var pos = r.MapKeyPos("editor_note", key);
            diagnostics.Error(Codes.UnknownKey, $"editor_note has `{key}`; use `en` and `zh`", path, pos.Line, pos.Column);
        }
        var xrefs = new List<XrefUse>();
        Prose? EditorNote(string lang)
        {
            if (Blank(editor.GetValueOrDefault(lang)) is not { } note) return null;
            var at = r.MapKeyPos("editor_note", lang);
            if (MarkdownRenderer.TryParse(note, MarkdownRenderer.TextOnlyPipeline) is not { } doc) return new Prose(Html.Paragraphs(note.Split('\n').Select(l => l.Trim())).Value, note);
            foreach (var dropped in MarkdownRenderer.SecureLinks(doc))
                diagnostics.Warning(Codes.BadUrl, $"link target `{dropped.Url}` was dropped: only http(s), mailto and relative links are kept", path, at.Line, at.Column);
            // A note is one YAML string: its problems are reported at its key.
            foreach (var x in doc.Descendants<Xrefs.XrefInline>())
                Xref(x, at);
            return new Prose(MarkdownRenderer.Render(doc), MarkdownRenderer.RenderAsText(doc));
        }
        void Xref(Xrefs.XrefInline x, SourcePos at)
        {
            if (x.Target is { } target) xrefs.Add(new XrefUse(target, at));
            else diagnostics.Error(Codes.BadXref, $"cross-reference `{x.Written}` names nothing: write [[paper-id]], [[paper-id|text]] or [[part:N]]", path, at.Line, at.Column);
        }
        var editorNote = new Bilingual<Prose?>(EditorNote("zh"), EditorNote("en"));

        var links = new List<LocalLink>();
        var (annotation, context) = ParseBody(path, body, bodyFirstLine, diagnostics, Xref, links);

        var bareNumbers = ProseRules.Check(path, text.Split('\n'), ProseLine, ChineseLine, diagnostics);

        if (diagnostics.HasErrors) return null;
        var facts = new PaperFacts(title.Trim(), Blank(r.String("title_zh")), kind!.Value, authors, year, Blank(r.String("venue")),
            arxiv, doi, url, pdf, code, tags.Select(t => t.Value).ToList(), r.StringList("aliases", acceptScalar: true).Select(x => x.Value).ToList());
        return new Fragment(id, facts, seed, notes, new Writing(annotation, context, editorNote), relations, xrefs, bareNumbers,
            Blank(r.String("translated_from")), new SourceInfo(path, r.Positions()) { Links = links });

        // Which lines hold prose, and which Chinese prose: the containers' lines, and the Chinese title and the notes' values.
        bool ProseLine(int i) => proseKinds.Value[i] != LineKind.Other;
        bool ChineseLine(int i) => proseKinds.Value[i] == LineKind.Chinese;
    }

    enum LineKind { Other, English, Chinese }

    /// <summary>What each line of a fragment holds, for the prose rules: front matter values in a language, container lines.</summary>
    static LineKind[] Kinds(string text)
    {
        var lines = text.Split('\n');
        var kinds = new LineKind[lines.Length];
        var inFront = lines.Length > 0 && lines[0] == "---";
        var inEditorNote = false;
        LineKind container = LineKind.Other;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (inFront)
            {
                if (line.TrimEnd() == "---") { inFront = false; continue; }
                if (!line.StartsWith(' ')) inEditorNote = line.StartsWith("editor_note:", StringComparison.Ordinal);
                kinds[i] = line.StartsWith("title_zh:", StringComparison.Ordinal) ? LineKind.Chinese
                    : inEditorNote && line.TrimStart().StartsWith("zh:", StringComparison.Ordinal) ? LineKind.Chinese
                    : inEditorNote && line.TrimStart().StartsWith("en:", StringComparison.Ordinal) ? LineKind.English
                    : LineKind.Other;
                continue;
            }
            var trimmed = line.Trim();
            if (trimmed.StartsWith(":::", StringComparison.Ordinal))
            {
                var info = trimmed[3..].Trim();
                container = info.Length == 0 ? LineKind.Other : info.EndsWith("zh", StringComparison.Ordinal) ? LineKind.Chinese : LineKind.English;
                continue;
            }
            kinds[i] = container;
        }
        return kinds;
    }

    /// <summary>
    /// The body's containers: <c>::: en</c> and <c>::: zh</c> (the annotation), <c>::: context en</c> and
    /// <c>::: context zh</c> (later work and limits). Cross-references go to <paramref name="xref"/> with their place.
    /// </summary>
    static (Bilingual<Prose?> Annotation, Bilingual<Prose?> Context) ParseBody(string path, string body, int firstLine, DiagnosticBag diagnostics,
        Action<Xrefs.XrefInline, SourcePos> xref, List<LocalLink> links)
    {
        var none = new Bilingual<Prose?>(null, null);
        if (MarkdownRenderer.TryParse(body) is not { } doc)
        {
            diagnostics.Error(Codes.LanguageContainer, TooDeep, path, firstLine, 1);
            return (none, none);
        }
        var found = new Dictionary<(bool Context, Lang Lang), Prose>();
        var seen = new Dictionary<(bool Context, Lang Lang), int>();

        // One message per line: `<b>x</b>` is one mistake, though Markdig sees an opening and a closing tag.
        var rawHtml = doc.Descendants().OfType<HtmlBlock>().Cast<MarkdownObject>().Concat(doc.Descendants<HtmlInline>())
            .GroupBy(x => x.Line).Select(g => g.MinBy(x => x.Column)!).OrderBy(x => x.Line);
        foreach (var raw in rawHtml)
            diagnostics.Error(Codes.RawHtml, "raw HTML is not allowed in annotations; use Markdown (links, **bold**, *italic*, `code`)",
                path, firstLine + raw.Line, raw.Column + 1);
        foreach (var image in doc.Descendants<LinkInline>().Where(l => l.IsImage))
            diagnostics.Error(Codes.BadUrl, $"images are not allowed in annotations (`{image.Url}`): a page loads nothing from other hosts; link to the figure instead, e.g. [Figure 1](https://…)",
                path, firstLine + image.Line, image.Column + 1);
        foreach (var dropped in MarkdownRenderer.SecureLinks(doc))
            diagnostics.Warning(Codes.BadUrl, $"link target `{dropped.Url}` was dropped: only http(s), mailto and relative links are kept",
                path, firstLine + dropped.Line, dropped.Column + 1);
        foreach (var x in doc.Descendants<Xrefs.XrefInline>())
            xref(x, new SourcePos(firstLine + x.Line, x.Column + 1));
        foreach (var link in doc.Descendants<LinkInline>().Where(l => !l.IsImage && IsLocal(l.Url)))
            links.Add(new LocalLink(link.Url!, new SourcePos(firstLine + link.Line, link.Column + 1)));

        var outside = new List<Block>();
        foreach (var block in doc)
        {
            var line = firstLine + block.Line;
            if (block is not CustomContainer container)
            {
                if (block is not BlankLineBlock) outside.Add(block);
                continue;
            }
            var info = ((container.Info ?? "") + " " + (container.Arguments ?? "")).Trim();
            var words = info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var isContext = words.Length == 2 && words[0] == "context";
            if ((isContext ? LangCodes.Parse(words[1]) : words.Length == 1 ? LangCodes.Parse(words[0]) : null) is not { } lang)
            {
                diagnostics.Error(Codes.LanguageContainer, $"unknown container `::: {info}`; use `::: en` and `::: zh` for the annotation, `::: context en` and `::: context zh` for later work and limits", path, line, 1);
                continue;
            }
            var key = (isContext, lang);
            if (seen.TryGetValue(key, out var firstAt))
            {
                diagnostics.Error(Codes.LanguageContainer, $"a second `::: {info}` container; the first is at line {firstAt}. Keep one per language", path, line, 1);
                continue;
            }
            seen[key] = line;
            string rendered, plain;
            try
            {
                rendered = MarkdownRenderer.RenderChildren(container);
                plain = MarkdownRenderer.RenderChildrenAsText(container);
            }
            catch (ArgumentException) // Markdig's depth limit, hit while rendering
            {
                diagnostics.Error(Codes.LanguageContainer, TooDeep, path, line, 1);
                continue;
            }
            if (string.IsNullOrWhiteSpace(rendered))
            {
                diagnostics.Error(Codes.EmptyAnnotation, isContext
                    ? $"the `::: {info}` block is empty; write one to three sentences on later work and limits, or remove the container"
                    : $"the `::: {info}` annotation is empty; write 2–4 sentences or remove the container", path, line, 1);
                continue;
            }
            found[key] = new Prose(rendered, plain);
        }
        var annotations = seen.Keys.Count(k => !k.Context);
        // Text with no container at all is one mistake (the container lines were forgotten), so it gets one message.
        if (annotations == 0 && outside.Count > 0)
            diagnostics.Error(Codes.LanguageContainer, "the annotation is not in a language container; put the English text between `::: en` and `:::`, the Chinese between `::: zh` and `:::`",
                path, firstLine + outside[0].Line, outside[0].Column + 1);
        else if (annotations == 0)
            diagnostics.Error(Codes.LanguageContainer, "no annotation: add a `::: en` … `:::` and a `::: zh` … `:::` container after the front matter", path, firstLine, 1);
        else
            foreach (var block in outside)
                diagnostics.Error(Codes.LanguageContainer, "text outside a language container; put it inside `::: en` … `:::` or `::: zh` … `:::`", path, firstLine + block.Line, block.Column + 1);

        Bilingual<Prose?> Pair(bool context) => new(found.GetValueOrDefault((context, Lang.Zh)), found.GetValueOrDefault((context, Lang.En)));
        return (Pair(false), Pair(true));
    }

    /// <summary>A link to a page of this site: neither another host, nor mail, nor a place on the same page.</summary>
    static bool IsLocal(string? url) => !string.IsNullOrEmpty(url) && !url.StartsWith('#') && !url.Contains(':');

    const string TooDeep = "the annotation nests too deeply (quotes, lists, brackets or emphasis inside each other); write plain sentences";

    static string RequiredHint(string key, string path) => key switch
    {
        "id" => $"`id: {System.IO.Path.GetFileNameWithoutExtension(path)}` (the file name without .md)",
        "title" => "`title: \"…\"` with the title as published",
        _ => $"`{key}: …`",
    };

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    static int CountLines(string s) => s.Count(c => c == '\n');

    [GeneratedRegex(@"\n---[ \t]*(\n|$)")]
    private static partial Regex FrontMatterEnd();

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(\d{1,9})\.(\d{1,9})([a-z])?$")]
    private static partial Regex RefPattern();

    [GeneratedRegex(@"^(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})$")]
    private static partial Regex ArxivPattern();

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    private static partial Regex DoiPattern();
}
