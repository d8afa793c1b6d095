using Bibliography.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Bibliography.Content;

/// <summary>
/// Typed, located access to a front matter mapping: every wrong type becomes a diagnostic at the value's
/// line and column (file lines; the YAML starts on line 2 after the opening <c>---</c>).
/// </summary>
sealed class FieldReader(string path, YamlMappingNode root, DiagnosticBag diagnostics)
{
    const int LineOffset = 1;
    readonly Dictionary<string, (YamlNode Key, YamlNode Value)> fields = Index(root);

    static Dictionary<string, (YamlNode, YamlNode)> Index(YamlMappingNode root)
    {
        var d = new Dictionary<string, (YamlNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (k, v) in root.Children)
            if (k is YamlScalarNode { Value: { } name }) d.TryAdd(name, (k, v));
        return d;
    }

    public bool Has(string key) => fields.TryGetValue(key, out var f) && !IsNull(f.Value);

    public IEnumerable<(string Key, SourcePos Pos)> UnknownKeys() =>
        fields.Where(f => !FrontMatterSchema.Keys.Contains(f.Key)).Select(f => (f.Key, Pos(f.Value.Key)));

    public IReadOnlyDictionary<string, SourcePos> Positions() =>
        fields.ToDictionary(f => f.Key, f => Pos(f.Value.Value), StringComparer.Ordinal);

    public void Error(string key, string code, string message)
    {
        var pos = fields.TryGetValue(key, out var f) ? Pos(f.Value) : new SourcePos(2, 1);
        diagnostics.Error(code, message, path, pos.Line, pos.Column);
    }

    public string? String(string key)
    {
        if (!fields.TryGetValue(key, out var f) || IsNull(f.Value)) return null;
        if (f.Value is YamlScalarNode s) return s.Value;
        Error(key, Codes.WrongType, $"`{key}` must be a single value, not a {Describe(f.Value)}");
        return null;
    }

    public List<(string Value, SourcePos Pos)> StringList(string key, bool acceptScalar)
    {
        var result = new List<(string, SourcePos)>();
        if (!fields.TryGetValue(key, out var f) || IsNull(f.Value)) return result;
        switch (f.Value)
        {
            case YamlSequenceNode seq:
                foreach (var item in seq)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) result.Add((v.Trim(), Pos(item)));
                    else if (item is not YamlScalarNode)
                        diagnostics.Error(Codes.WrongType, $"each entry of `{key}` must be a single value, not a {Describe(item)}", path, Pos(item).Line, Pos(item).Column);
                }
                break;
            case YamlScalarNode s when acceptScalar:
                result.Add((s.Value!.Trim(), Pos(s)));
                break;
            case YamlScalarNode s:
                Error(key, Codes.WrongType,
                    $"`{key}` must be a list, e.g. {key}: [\"{(s.Value ?? "").Split(',')[0].Trim()}\", …]; a single string is not split at commas");
                break;
            default:
                Error(key, Codes.WrongType, $"`{key}` must be a list, not a {Describe(f.Value)}");
                break;
        }
        return result;
    }

    public Dictionary<string, string> StringMap(string key)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!fields.TryGetValue(key, out var f) || IsNull(f.Value)) return result;
        if (f.Value is not YamlMappingNode map)
        {
            Error(key, Codes.WrongType, $"`{key}` must be a mapping of keys to text, e.g. {key}:\\n  \"1.2\": \"…\"");
            return result;
        }
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && v is YamlScalarNode { Value: { } text }) result[name.Trim()] = text.TrimEnd();
            else diagnostics.Error(Codes.WrongType, $"each entry of `{key}` must be `key: text`", path, Pos(k).Line, Pos(k).Column);
        }
        return result;
    }

    /// <summary>A mapping of keys to lists (<c>relations: { builds_on: [a, b] }</c>): each key with its position and its values.</summary>
    public List<(string Key, SourcePos Pos, List<(string Value, SourcePos Pos)> Values)> ListMap(string key)
    {
        var result = new List<(string, SourcePos, List<(string, SourcePos)>)>();
        if (!fields.TryGetValue(key, out var f) || IsNull(f.Value)) return result;
        if (f.Value is not YamlMappingNode map)
        {
            Error(key, Codes.WrongType, $"`{key}` must be a mapping of keys to lists, e.g. {key}:\n  builds_on: [transformer]");
            return result;
        }
        foreach (var (k, v) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { } name })
            {
                diagnostics.Error(Codes.WrongType, $"each entry of `{key}` must be `name: [ids]`", path, Pos(k).Line, Pos(k).Column);
                continue;
            }
            var values = new List<(string, SourcePos)>();
            switch (v)
            {
                case YamlSequenceNode seq:
                    foreach (var item in seq)
                        if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text)) values.Add((text.Trim(), Pos(item)));
                        else diagnostics.Error(Codes.WrongType, $"each entry of `{key}.{name}` must be a single id", path, Pos(item).Line, Pos(item).Column);
                    break;
                case YamlScalarNode { Value: { } one } when !IsNull(v):
                    values.Add((one.Trim(), Pos(v)));
                    break;
                default:
                    diagnostics.Error(Codes.WrongType, $"`{key}.{name}` must be a list of ids, e.g. [transformer]", path, Pos(v).Line, Pos(v).Column);
                    break;
            }
            result.Add((name.Trim(), Pos(k), values));
        }
        return result;
    }

    public SourcePos MapKeyPos(string key, string mapKey)
    {
        if (fields.TryGetValue(key, out var f) && f.Value is YamlMappingNode map)
            foreach (var (k, _) in map.Children)
                if (k is YamlScalarNode { Value: { } name } && name.Trim() == mapKey) return Pos(k);
        return new SourcePos(2, 1);
    }

    static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    static SourcePos Pos(YamlNode node) => new((int)node.Start.Line + LineOffset, (int)node.Start.Column);

    static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };
}
