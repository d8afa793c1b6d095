using Bibliography.Diagnostics;
using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Rendering;

/// <summary>Looks up the theme's UI strings for C# code (the planner); a missing key is reported once, not thrown.</summary>
public sealed class UiStrings(Theme theme, DiagnosticBag diagnostics)
{
    readonly HashSet<string> reported = [];

    public string Get(Lang lang, string key)
    {
        if (theme.Strings[lang.Code()].TryGetValue(key, out var value)) return value;
        lock (reported)
            if (reported.Add(lang.Code() + ":" + key))
                diagnostics.Error(Codes.I18nMissing, $"the theme has no UI string `{key}` in {lang.Code()}.yml", theme.FileOf(Path.Combine("i18n", lang.Code() + ".yml")));
        return key;
    }
}
