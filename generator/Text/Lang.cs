namespace Bibliography.Text;

/// <summary>The two languages of the site. Zh is the list's own language; En the translation.</summary>
public enum Lang { Zh, En }

/// <summary>Codes for a language in URLs (<c>zh</c>), in <c>lang</c> attributes (<c>zh-Hans</c>) and in content files.</summary>
public static class LangCodes
{
    public static readonly IReadOnlyList<Lang> All = [Lang.Zh, Lang.En];

    public static string Code(this Lang lang) => lang == Lang.Zh ? "zh" : "en";
    public static string HtmlLang(this Lang lang) => lang == Lang.Zh ? "zh-Hans" : "en";
    public static Lang Other(this Lang lang) => lang == Lang.Zh ? Lang.En : Lang.Zh;

    /// <summary>A part's number as the language writes it in a heading: 第二部分, Part 2.</summary>
    public static string PartNumber(this Lang lang, int number) =>
        lang == Lang.Zh ? TextKeys.ChineseNumeral(number) : number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Lang? Parse(string code) => code switch { "zh" => Lang.Zh, "en" => Lang.En, _ => null };
}

/// <summary>A value in both languages; either side may be missing (null) where no translation exists.</summary>
public sealed record Bilingual<T>(T Zh, T En)
{
    public T this[Lang lang] => lang == Lang.Zh ? Zh : En;
}

/// <summary>Helpers for text that exists in one or both languages.</summary>
public static class Bilingual
{
    public static Bilingual<string?> Empty { get; } = new(null, null);

    /// <summary>The text in <paramref name="lang"/>, else the other language's text flagged as a fallback.</summary>
    public static (string? Text, Lang Lang, bool IsFallback) Pick(this Bilingual<string?> value, Lang lang) =>
        !string.IsNullOrEmpty(value[lang]) ? (value[lang], lang, false)
        : !string.IsNullOrEmpty(value[lang.Other()]) ? (value[lang.Other()], lang.Other(), true)
        : (null, lang, false);
}
