using Bibliography.Diagnostics;
using YamlDotNet.RepresentationModel;
using Bibliography.Text;

namespace Bibliography.Content;

/// <summary>Reads <c>content/tags.yml</c> (the tag vocabulary) and <c>content/site.yml</c> (the site's frame).</summary>
public static class SiteLoader
{
    public static IReadOnlyList<Tag> LoadTags(string contentDir, DiagnosticBag diagnostics)
    {
        var file = Path.Combine(contentDir, "tags.yml");
        var display = Paths.Display(file);
        if (!File.Exists(file))
        {
            diagnostics.Error(Codes.TagsFile, "the tag vocabulary is missing: create content/tags.yml with `id: { en: Label, zh: 标签 }` lines", display);
            return [];
        }
        if (LoadMapping(file, display, Codes.TagsFile, diagnostics) is not { } root) return [];
        var tags = new List<Tag>();
        foreach (var (k, v) in root.Children)
        {
            var id = (k as YamlScalarNode)?.Value ?? "";
            var en = Scalar(v, "en");
            var zh = Scalar(v, "zh");
            if (en is null || zh is null || !System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$"))
            {
                diagnostics.Error(Codes.TagsFile, $"tag `{id}` needs a lowercase id and both labels: `{id}: {{ en: …, zh: … }}`", display, (int)k.Start.Line, (int)k.Start.Column);
                continue;
            }
            tags.Add(new Tag(id, new Bilingual<string>(zh, en)));
        }
        return tags;
    }

    public static SiteText LoadSite(string contentDir, DiagnosticBag diagnostics)
    {
        var file = Path.Combine(contentDir, "site.yml");
        var empty = SiteText.Empty;
        if (!File.Exists(file)) return empty;
        var display = Paths.Display(file);
        if (LoadMapping(file, display, Codes.SiteFile, diagnostics) is not { } root) return empty;

        Bilingual<string?> Pair(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? new Bilingual<string?>(Scalar(node, "zh"), Scalar(node, "en"))
            : Bilingual.Empty;
        string? Top(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value) ? s.Value : null;

        var parts = new Dictionary<int, string>();
        if (root.Children.TryGetValue(new YamlScalarNode("parts"), out var partsNode) && partsNode is YamlMappingNode pm)
            foreach (var (k, v) in pm.Children)
                if (int.TryParse((k as YamlScalarNode)?.Value, out var n) && v is YamlScalarNode { Value: { } t }) parts[n] = t.Trim();

        // The repository makes every page's "edit this page" link, so it must be a web address, never javascript: or data:.
        var repository = Top("repository");
        if (repository is not null && (!Uri.TryCreate(repository, UriKind.Absolute, out var repoUri) || repoUri.Scheme is not ("http" or "https")))
        {
            var node = root.Children[new YamlScalarNode("repository")];
            diagnostics.Error(Codes.SiteFile, $"`repository` must be an absolute http(s) URL, e.g. https://github.com/owner/repo; got `{repository}`",
                display, (int)node.Start.Line, (int)node.Start.Column);
            repository = null;
        }

        var start = new List<StartStep>();
        if (root.Children.TryGetValue(new YamlScalarNode("start_here"), out var startNode))
        {
            if (startNode is not YamlSequenceNode steps)
                diagnostics.Error(Codes.SiteFile, "`start_here` must be a list of `- paper: id` entries with `why: { en: …, zh: … }`", display, (int)startNode.Start.Line, (int)startNode.Start.Column);
            else
                foreach (var step in steps)
                {
                    var pos = new SourcePos((int)step.Start.Line, (int)step.Start.Column);
                    if (step is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("paper"), out var idNode) && idNode is YamlScalarNode { Value: { } id } && id.Trim().Length > 0)
                    {
                        var why = m.Children.TryGetValue(new YamlScalarNode("why"), out var w) ? new Bilingual<string?>(Scalar(w, "zh"), Scalar(w, "en")) : Bilingual.Empty;
                        start.Add(new StartStep(id.Trim(), why, display, new SourcePos((int)idNode.Start.Line, (int)idNode.Start.Column)));
                    }
                    else diagnostics.Error(Codes.SiteFile, "each `start_here` entry needs `paper: <id>` (and `why: { en: …, zh: … }`)", display, pos.Line, pos.Column);
                }
        }

        return new SiteText(Pair("title"), Pair("description"), Top("author"), repository, Top("branch"), parts, Top("preface_en"), start, Top("licence"));
    }

    static YamlMappingNode? LoadMapping(string file, string display, string code, DiagnosticBag diagnostics)
    {
        if (SourceFile.ReadUtf8(file, display, diagnostics, code) is not { } text) return null;
        var node = YamlText.Load(text, out var problem);
        if (problem is not null)
            diagnostics.Error(code, "invalid YAML: " + problem.Message, display, problem.Line, problem.Column);
        else if (node is YamlMappingNode m)
            return m;
        else
            diagnostics.Error(code, "expected YAML keys and values", display, 1, 1);
        return null;
    }

    static string? Scalar(YamlNode node, string key) =>
        node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s)
            ? s.Trim() : null;
}
