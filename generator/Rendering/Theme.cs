using Bibliography.Content;
using Bibliography.Diagnostics;
using Scriban;
using Scriban.Parsing;
using YamlDotNet.RepresentationModel;
using Bibliography.Text;

namespace Bibliography.Rendering;

/// <summary>
/// A loaded theme: every Scriban template parsed once (layouts and partials), the UI strings of each language,
/// and the static assets. Template syntax errors and UI strings missing in one language are located diagnostics.
/// </summary>
public sealed class Theme
{
    public required string Directory { get; init; }
    public required IReadOnlyDictionary<string, Template> Templates { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Strings { get; init; }
    public required IReadOnlyList<(string Path, byte[] Content)> Assets { get; init; }

    /// <summary>A file of the theme as diagnostics name it: <c>themes/default/layouts/paper.html</c>.</summary>
    public string FileOf(string relativePath) => Path.Combine(Directory, relativePath).Replace('\\', '/');

    public static Theme? Load(string dir, DiagnosticBag diagnostics)
    {
        // The theme loads beside the fragments, on another thread: it decides on its own diagnostics only.
        var mine = new DiagnosticBag();
        var theme = LoadAlone(dir, mine);
        diagnostics.AddRange(mine.Sorted());
        return theme;
    }

    static Theme? LoadAlone(string dir, DiagnosticBag diagnostics)
    {
        if (!System.IO.Directory.Exists(dir))
        {
            diagnostics.Error(Codes.TemplateMissing, "the theme folder does not exist; pass --theme DIR or restore themes/default", Paths.Display(dir));
            return null;
        }
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in Files(dir, "layouts").Concat(Files(dir, "partials")))
        {
            var name = Path.GetRelativePath(dir, file).Replace('\\', '/');
            var display = Paths.Display(file);
            var text = SourceFile.ReadUtf8(file, display, diagnostics, Codes.TemplateSyntax);
            if (text is null) continue;
            var template = Template.Parse(text, display, new ParserOptions(), new LexerOptions { Lang = ScriptLang.Default });
            foreach (var m in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                diagnostics.Error(Codes.TemplateSyntax, "template syntax: " + m.Message, display, m.Span.Start.Line + 1, m.Span.Start.Column + 1);
            templates[name] = template;
        }

        var strings = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var lang in new[] { "zh", "en" })
            strings[lang] = LoadStrings(Path.Combine(dir, "i18n"), lang, diagnostics);
        foreach (var (lang, other) in new[] { ("zh", "en"), ("en", "zh") })
            foreach (var key in strings[lang].Keys.Except(strings[other].Keys).Order(StringComparer.Ordinal))
                diagnostics.Error(Codes.I18nMissing, $"UI string `{key}` exists in {lang} but not in {other}; add it to i18n/{other}.yml (or the matching i18n/*.{other}.yml)",
                    Paths.Display(Path.Combine(dir, "i18n", other + ".yml")), 1, 1);

        var assets = LoadAssets(Path.Combine(dir, "assets"));

        if (diagnostics.HasErrors) return null;
        return new Theme { Directory = dir, Templates = templates, Strings = strings, Assets = assets };
    }

    static IEnumerable<string> Files(string dir, string sub)
    {
        var d = Path.Combine(dir, sub);
        return System.IO.Directory.Exists(d)
            ? System.IO.Directory.EnumerateFiles(d, "*.html", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
            : [];
    }

    /// <summary>
    /// Static files of the theme. A folder named like a file plus <c>.d</c> (<c>assets/site.css.d/</c>) is a bundle:
    /// its files are joined in name order into that one file (<c>assets/site.css</c>), so features keep their own
    /// stylesheet and script while the browser loads one of each.
    /// </summary>
    static List<(string Path, byte[] Content)> LoadAssets(string assetsDir)
    {
        var result = new List<(string, byte[])>();
        if (!System.IO.Directory.Exists(assetsDir)) return result;
        var bundles = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(assetsDir, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(assetsDir, file).Replace('\\', '/');
            var slash = rel.IndexOf('/');
            if (slash > 0 && rel[..slash].EndsWith(".d", StringComparison.Ordinal))
            {
                var target = "assets/" + rel[..(slash - 2)];
                if (!bundles.TryGetValue(target, out var list)) bundles[target] = list = [];
                list.Add(file);
            }
            else result.Add(("assets/" + rel, File.ReadAllBytes(file)));
        }
        foreach (var (target, files) in bundles)
        {
            var joined = string.Join("\n", files.Select(f => File.ReadAllText(f).TrimEnd() + "\n"));
            result.Add((target, System.Text.Encoding.UTF8.GetBytes(joined)));
        }
        return result.OrderBy(a => a.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>UI strings of one language: <c>i18n/zh.yml</c> plus any <c>i18n/*.zh.yml</c> a feature adds.</summary>
    static IReadOnlyDictionary<string, string> LoadStrings(string dir, string lang, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var main = Path.Combine(dir, lang + ".yml");
        if (!File.Exists(main))
        {
            diagnostics.Error(Codes.TemplateMissing, "the UI strings file is missing", Paths.Display(main));
            return result;
        }
        var files = System.IO.Directory.EnumerateFiles(dir, "*." + lang + ".yml").OrderBy(f => f, StringComparer.Ordinal).Prepend(main);
        foreach (var file in files)
        {
            var display = Paths.Display(file);
            if (SourceFile.ReadUtf8(file, display, diagnostics, Codes.I18nMissing) is not { } text) continue;
            var node = YamlText.Load(text, out var problem);
            if (problem is not null)
                diagnostics.Error(Codes.I18nMissing, "invalid YAML: " + problem.Message, display, problem.Line, problem.Column);
            if (node is YamlMappingNode map)
                foreach (var (k, v) in map.Children)
                    if (k is YamlScalarNode { Value: { } key } && v is YamlScalarNode { Value: { } value })
                        if (!result.TryAdd(key, value))
                            diagnostics.Error(Codes.I18nMissing, $"UI string `{key}` is defined twice", display, (int)k.Start.Line, (int)k.Start.Column);
        }
        return result;
    }
}
