namespace Bibliography.Diagnostics;

/// <summary>Stable diagnostic codes, one range per stage: BIB0xx seed, BIB1xx fragments, BIB2xx model, BIB3xx theme and rendering, BIB4xx site checks, BIB5xx output, BIB6xx contribution checks, BIB9xx the generator's own failures.</summary>
public static class Codes
{
    // Seed (BIB0xx)
    public const string SeedUnreadable = "BIB001";
    public const string SeedEmpty = "BIB002";
    public const string SeedCountMismatch = "BIB003";
    public const string SeedNoParts = "BIB004";
    public const string SeedNumbering = "BIB005";
    public const string SeedPartWithoutItems = "BIB006";
    public const string SeedNotUtf8 = "BIB007";
    public const string SeedPartNumbering = "BIB008";

    // Fragments (BIB1xx)
    public const string FragmentNotUtf8 = "BIB100";
    public const string FrontMatterMissing = "BIB101";
    public const string UnknownKey = "BIB102";
    public const string YamlSyntax = "BIB103";
    public const string RequiredKeyMissing = "BIB104";
    public const string WrongType = "BIB105";
    public const string BadId = "BIB106";
    public const string IdFileMismatch = "BIB107";
    public const string BadArxiv = "BIB108";
    public const string BadDoi = "BIB109";
    public const string YearOutOfRange = "BIB110";
    public const string UnknownTag = "BIB111";
    public const string TagCount = "BIB112";
    public const string BadKind = "BIB113";
    public const string LanguageContainer = "BIB114";
    public const string RawHtml = "BIB115";
    public const string BadUrl = "BIB116";
    public const string EmptyAnnotation = "BIB117";
    public const string BadRef = "BIB118";
    public const string TagsFile = "BIB119";
    public const string SiteFile = "BIB120";
    public const string FragmentUnreadable = "BIB121";
    public const string BadRelation = "BIB122";
    public const string BadXref = "BIB123";
    public const string ChangesFile = "BIB124";

    // Model (BIB2xx)
    public const string DuplicateId = "BIB201";
    public const string RefClaimedTwice = "BIB202";
    public const string RefNotInSeed = "BIB203";
    public const string ItemWithoutFragment = "BIB204";
    public const string RefMovedByTitle = "BIB205";
    public const string MissingTranslation = "BIB206";
    public const string CuratorNoteForUnknownRef = "BIB207";
    public const string UnknownRelationTarget = "BIB208";
    public const string UnknownXrefTarget = "BIB209";
    public const string ItemLeftTheList = "BIB210";
    public const string BareItemNumber = "BIB211";
    public const string AsciiQuotesInChinese = "BIB212";
    public const string UnknownStartPaper = "BIB213";

    // Theme and rendering (BIB3xx)
    public const string TemplateSyntax = "BIB301";
    public const string TemplateMissing = "BIB302";
    public const string TemplateRuntime = "BIB303";
    public const string I18nMissing = "BIB304";

    // Site checks (BIB4xx)
    public const string BrokenLink = "BIB401";
    public const string BrokenAnchor = "BIB402";
    public const string MissingLang = "BIB403";
    public const string ExternalResource = "BIB404";
    public const string HreflangMismatch = "BIB405";
    public const string ExternalLinkWithoutNoopener = "BIB406";

    // Output (BIB5xx)
    public const string OutputRefused = "BIB501";
    public const string OutputIo = "BIB502";
    public const string PdfBrowserMissing = "BIB503";
    public const string PdfFailed = "BIB504";
    public const string PdfPageNumbers = "BIB505";
    public const string PdfType3Fonts = "BIB506";

    // Contribution checks, run by `check` (BIB6xx)
    public const string FillMe = "BIB601";
    public const string TranslationStale = "BIB602";
    public const string TranslatedFromMalformed = "BIB603";

    // The generator itself (BIB9xx): a bug, not a problem in the input
    public const string Internal = "BIB900";
}
