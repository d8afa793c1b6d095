namespace Bibliography.Tests.Browser;

/// <summary>One page of each kind the site has, as paths relative to the site root, in both languages.</summary>
public static class PageTypes
{
    public const string Chooser = "";
    public const string Paper = "papers/chain-of-thought/";

    /// <summary>A path with no page: the server answers with the site's 404.html, as GitHub Pages does.</summary>
    public const string Missing = "en/papers/no-such-paper/";

    /// <summary>Each page type, relative to a language root (<c>en/</c>, <c>zh/</c>).</summary>
    public static readonly string[] InLanguage =
    [
        "",                           // home: preface and all parts
        "parts/1/",
        Paper,
        "papers/",                    // all papers
        "tags/",
        "tags/in-context-learning/",
        "years/",
        "map/",
        "additions/",
        "search/",
        "print/",                     // the print edition
        "print/both/",
        "translations/",
    ];

    public static readonly string[] Languages = ["en", "zh"];

    public static IEnumerable<string> Localised => Languages.SelectMany(l => InLanguage.Select(p => $"{l}/{p}"));

    /// <summary>The chooser and every localised page type.</summary>
    public static TheoryData<string> All => new([Chooser, .. Localised]);

    /// <summary>Every page type and the 404 page, for checks that hold on any page.</summary>
    public static TheoryData<string> AllAndMissing => new([Chooser, .. Localised, Missing]);

    /// <summary>Every page that has a counterpart in the other language.</summary>
    public static TheoryData<string> Translated => new(Localised);

    /// <summary>Pages axe-core must find clean: home, part, paper, tag, search and print, in both languages.</summary>
    public static TheoryData<string> Audited =>
        new(Languages.SelectMany(l => new[] { "", "parts/1/", Paper, "papers/", "tags/in-context-learning/", "years/", "map/", "search/", "print/" }.Select(p => $"{l}/{p}")));

    /// <summary>The same page in the other language (<c>en/x/</c> ⇄ <c>zh/x/</c>).</summary>
    public static string OtherLanguage(string path) =>
        path.StartsWith("en/", StringComparison.Ordinal) ? "zh/" + path[3..] : "en/" + path[3..];
}
