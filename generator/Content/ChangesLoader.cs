using System.Globalization;
using System.Text.RegularExpressions;
using Bibliography.Diagnostics;
using Bibliography.Text;
using YamlDotNet.RepresentationModel;

namespace Bibliography.Content;

/// <summary>
/// Reads <c>content/changes.yml</c>, the edition's record of what changed: a YAML list of dated entries, newest last.
/// Every problem is one located error (BIB124) and drops that entry; an absent file is an empty record.
/// </summary>
public static partial class ChangesLoader
{
    public const string FileName = "changes.yml";

    static readonly string[] EntryKeys = ["date", "list", "annotated", "note"];
    static readonly string[] ListKeys = ["added", "removed", "moved", "retitled", "parts"];

    public static IReadOnlyList<ChangeEntry> Load(string contentDir, DiagnosticBag diagnostics) => Load(contentDir, diagnostics, out _);

    /// <summary>The entries, and the file's text as it is (a byte order mark kept) for a writer to append to; null when there is no file.</summary>
    public static IReadOnlyList<ChangeEntry> Load(string contentDir, DiagnosticBag diagnostics, out string? text)
    {
        var file = Path.Combine(contentDir, FileName);
        text = null;
        if (!File.Exists(file)) return [];
        var display = Paths.Display(file);
        text = SourceFile.ReadUtf8(file, display, diagnostics, Codes.ChangesFile, Codes.ChangesFile);
        return text is null ? [] : Parse(display, text, diagnostics);
    }

    /// <summary>The entries of a changes file's text, in file order; pure.</summary>
    public static IReadOnlyList<ChangeEntry> Parse(string path, string text, DiagnosticBag diagnostics)
    {
        var root = YamlText.Load(text.TrimStart('\uFEFF'), out var problem); // the parser would read a byte order mark as text
        if (problem is not null)
        {
            diagnostics.Error(Codes.ChangesFile, "invalid YAML: " + problem.Message, path, problem.Line, problem.Column);
            return [];
        }
        if (root is null || root is YamlScalarNode { Value: null or "" }) return [];
        if (root is not YamlSequenceNode entries)
        {
            Error(diagnostics, path, root, "the changes file is a list of dated entries, each starting with `- date: YYYY-MM-DD`, newest last");
            return [];
        }

        var result = new List<ChangeEntry>();
        (DateOnly Date, int Line)? previous = null;
        foreach (var node in entries)
        {
            var mine = new DiagnosticBag();
            var entry = new EntryReader(path, mine).Entry(node);
            if (entry is not null && previous is { } p && entry.Date < p.Date)
                Error(mine, path, node, $"this entry ({Iso(entry.Date)}) is older than the one before it ({Iso(p.Date)}, line {p.Line}); entries are in date order, newest last: append new entries at the end");
            diagnostics.AddRange(mine.Sorted());
            if (entry is null || mine.HasErrors) continue;
            previous = (entry.Date, entry.Pos.Line);
            result.Add(entry);
        }
        return result;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static void Error(DiagnosticBag diagnostics, string path, YamlNode at, string message) =>
        diagnostics.Error(Codes.ChangesFile, message, path, (int)at.Start.Line, (int)at.Start.Column);

    /// <summary>Reads one entry, reporting into its own bag: an entry with an error is dropped whole.</summary>
    sealed class EntryReader(string path, DiagnosticBag diagnostics)
    {
        public ChangeEntry? Entry(YamlNode node)
        {
            if (Mapping(node, "an entry", EntryKeys, "`- date: 2026-12-05` followed by `list:`, `annotated:` or `note:`") is not { } fields) return null;
            var date = Date(node, fields.GetValueOrDefault("date"));
            var list = fields.TryGetValue("list", out var l) ? List(l) : ListChanges.Empty;
            var annotated = fields.TryGetValue("annotated", out var a) ? Ids(a) : [];
            var note = fields.TryGetValue("note", out var n) ? Note(n) : Bilingual.Empty;
            var unknown = ((YamlMappingNode)node).Children.Count > fields.Count; // an unknown key is the mistake to report
            if (!unknown && !fields.ContainsKey("list") && !fields.ContainsKey("annotated") && !fields.ContainsKey("note"))
                Error(node, "an entry records something: give `list` (what update-seed found), `annotated` (paper ids) or `note` (en and zh)");
            return date is { } d ? new ChangeEntry(d, list, annotated, note, new SourcePos((int)node.Start.Line, (int)node.Start.Column)) { File = path } : null;
        }

        DateOnly? Date(YamlNode entry, YamlNode? node)
        {
            if (node is null)
            {
                Error(entry, "the entry has no `date`; start it with `- date: YYYY-MM-DD`");
                return null;
            }
            var text = Scalar(node, "date");
            if (text is null) return null;
            if (!DatePattern().IsMatch(text) || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Error(node, $"date `{text}` is not a date written as YYYY-MM-DD, e.g. 2026-12-05");
                return null;
            }
            return date;
        }

        ListChanges List(YamlNode node)
        {
            if (Mapping(node, "`list`", ListKeys, "`added:`, `removed:`, `moved:`, `retitled:` or `parts:`, each a list") is not { } fields) return ListChanges.Empty;
            return new ListChanges(
                Items(fields, "added", ["ref", "title"], [], f => new ListedItem(Ref(f["ref"])!, Text(f["title"])!)),
                Items(fields, "removed", ["ref", "title"], ["fragment"], f => new RemovedItem(Ref(f["ref"])!, Text(f["title"])!, f.TryGetValue("fragment", out var id) ? Id(id) : null)),
                Items(fields, "moved", ["from", "to", "title"], [], f => new MovedItem(Ref(f["from"])!, Ref(f["to"])!, Text(f["title"])!)),
                Items(fields, "retitled", ["ref", "from", "to"], [], f => new RetitledItem(Ref(f["ref"])!, Text(f["from"])!, Text(f["to"])!)),
                Items(fields, "parts", ["part"], ["from", "to"], Part));
        }

        RenamedPart Part(Dictionary<string, YamlNode> f)
        {
            var written = Scalar(f["part"], "a part's number");
            var part = 0;
            if (written is not null && (!int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out part) || part < 1))
                Error(f["part"], $"`part` is a part's number, 1 or more; got `{written}`");
            if (!f.ContainsKey("from") && !f.ContainsKey("to"))
                Error(f["part"], "a part change gives the old title `from`, the new title `to`, or both");
            var from = f.TryGetValue("from", out var fromNode) ? Text(fromNode) : null;
            var to = f.TryGetValue("to", out var toNode) ? Text(toNode) : null;
            return new RenamedPart(part, from, to);
        }

        /// <summary>The list under one key of <c>list:</c>, each item a mapping with the required and optional keys.</summary>
        List<T> Items<T>(Dictionary<string, YamlNode> fields, string key, string[] required, string[] optional, Func<Dictionary<string, YamlNode>, T> make)
        {
            var result = new List<T>();
            if (!fields.TryGetValue(key, out var node)) return result;
            var example = "{" + string.Join(", ", required.Select(k => $"{k}: …")) + "}";
            if (node is not YamlSequenceNode seq)
            {
                Error(node, $"`{key}` is a list of changes, e.g. {key}: [{example}]");
                return result;
            }
            foreach (var item in seq)
            {
                if (Mapping(item, $"each change under `{key}`", [.. required, .. optional], example) is not { } f) continue;
                var missing = required.Where(k => !f.ContainsKey(k)).ToList();
                if (missing.Count > 0)
                {
                    Error(item, $"a change under `{key}` needs {string.Join(", ", missing.Select(k => $"`{k}`"))}: {example}");
                    continue;
                }
                result.Add(make(f));
            }
            return result;
        }

        IReadOnlyList<string> Ids(YamlNode node)
        {
            if (node is not YamlSequenceNode seq)
            {
                Error(node, "`annotated` is a list of paper ids, e.g. annotated: [lora, gpt-4]");
                return [];
            }
            var ids = new List<string>();
            foreach (var item in seq)
                if (Id(item) is { } id)
                {
                    if (ids.Contains(id)) Error(item, $"`{id}` is listed twice under `annotated`");
                    else ids.Add(id);
                }
            return ids;
        }

        Bilingual<string?> Note(YamlNode node)
        {
            if (Mapping(node, "`note`", ["en", "zh"], "note: {en: \"…\", zh: \"…\"}") is not { } f) return Bilingual.Empty;
            if (f.Count == 0) Error(node, "`note` is empty; give `en` and `zh`");
            return new Bilingual<string?>(f.TryGetValue("zh", out var zh) ? Text(zh) : null, f.TryGetValue("en", out var en) ? Text(en) : null);
        }

        /// <summary>A mapping's keys and values; unknown keys (with a suggestion) and non-mappings are errors.</summary>
        Dictionary<string, YamlNode>? Mapping(YamlNode node, string what, string[] keys, string example)
        {
            if (node is not YamlMappingNode map)
            {
                Error(node, $"{what} is a mapping of keys to values: {example}");
                return null;
            }
            var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (k, v) in map.Children)
            {
                var name = (k as YamlScalarNode)?.Value ?? "";
                if (!keys.Contains(name))
                {
                    var hint = Suggestions.Closest(name, keys) is { } s ? $"did you mean `{s}`? " : "";
                    Error(k, $"unknown key `{name}` in {what}; {hint}known keys: {string.Join(", ", keys)}");
                    continue;
                }
                fields[name] = v;
            }
            return fields;
        }

        string? Ref(YamlNode node) =>
            Scalar(node, "a ref") is { } r && (RefPattern().IsMatch(r) || Fail(node, $"`{r}` is not a list ref such as \"2.14\" or \"2.23a\"")) ? r : null;

        string? Id(YamlNode node) =>
            Scalar(node, "a paper id") is { } id && (IdPattern().IsMatch(id) || Fail(node, $"`{id}` is not a paper id (lowercase letters, digits and hyphens, as the file name of its fragment)")) ? id : null;

        string? Text(YamlNode node) =>
            Scalar(node, "a text") is { } t && (t.Trim().Length > 0 || Fail(node, "the text is empty")) ? t.Trim() : null;

        string? Scalar(YamlNode node, string what)
        {
            if (node is YamlScalarNode { Value: { } value }) return value;
            Error(node, $"expected {what} here, not a {(node is YamlSequenceNode ? "list" : "mapping")}");
            return null;
        }

        bool Fail(YamlNode node, string message)
        {
            Error(node, message);
            return false;
        }

        void Error(YamlNode node, string message) => ChangesLoader.Error(diagnostics, path, node, message);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{1,9}\.\d{1,9}[a-z]?$")]
    private static partial Regex RefPattern();

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
