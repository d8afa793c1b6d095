namespace Bibliography.Tests.Robustness;

/// <summary>
/// A broken seed, tags file or theme stops the build with one located error and exit code 1, never a stack trace.
/// Each case breaks one file of a scratch copy of the mini site and runs <c>build</c> through the command line.
/// </summary>
public class InputErrorTests
{
    static string Invalid(string path) => Path.Combine(TestPaths.Fixtures, "invalid", path);

    static void AssertFails(CliRun run, params string[] errors)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(errors, run.Errors);
        Assert.False(run.HasStackTrace, run.Err);
    }

    [Fact]
    public void EmptySeedIsReportedAtItsFirstLine()
    {
        var site = ScratchSite.FromMini();
        File.WriteAllText(site.Seed, "");
        AssertFails(site.Build(), "seed.txt(1,1): error BIB002: the seed list is empty; expected a title, a preface (前言) and parts headed 第一部分 …");
    }

    [Fact]
    public void SeedOfBlankLinesIsReportedAsEmpty()
    {
        var site = ScratchSite.FromMini();
        File.Copy(Invalid("seeds/blank.txt"), site.Seed, overwrite: true);
        AssertFails(site.Build(), "seed.txt(1,1): error BIB002: the seed list is empty; expected a title, a preface (前言) and parts headed 第一部分 …");
    }

    [Fact]
    public void SeedThatIsAFolderIsReportedAsUnreadable()
    {
        var site = ScratchSite.FromMini();
        File.Delete(site.Seed);
        Directory.CreateDirectory(site.Seed);
        AssertFails(site.Build(), "seed.txt: error BIB001: cannot read the file: it is a folder, not a file");
    }

    [Fact]
    public void MissingSeedIsReported()
    {
        var site = ScratchSite.FromMini();
        File.Delete(site.Seed);
        AssertFails(site.Build(), "seed.txt: error BIB001: the seed list does not exist; pass --seed FILE or restore seeds/");
    }

    [Fact]
    public void SeedWithoutPartsIsReportedAtItsTitle()
    {
        var site = ScratchSite.FromMini();
        File.Copy(Invalid("seeds/no-parts.txt"), site.Seed, overwrite: true);
        AssertFails(site.Build(),
            "seed.txt(1,1): error BIB004: no parts found: expected headings like \"第一部分 标题(11篇,总11篇)\" each followed by numbered items \"1. Title\"");
    }

    [Fact]
    public void SeedInGbkIsReportedAtTheFirstByteThatIsNotUtf8()
    {
        var site = ScratchSite.FromMini();
        File.Copy(Invalid("seeds/gbk.txt"), site.Seed, overwrite: true);
        AssertFails(site.Build(), "seed.txt(3,1): error BIB007: the file is not UTF-8 text (GBK or Latin-1?); save it as UTF-8 (without changing its content)");
    }

    [Fact]
    public void TabIndentInTagsFileIsReportedAtTheTab()
    {
        var site = ScratchSite.FromMini();
        File.Copy(Invalid("content/tags-tab-indent.yml"), Path.Combine(site.Content, "tags.yml"), overwrite: true);
        AssertFails(site.Build(), "content/tags.yml(3,1): error BIB119: invalid YAML: a tab is used for indentation; indent YAML with spaces");
    }

    [Fact]
    public void TemplateSyntaxErrorNamesTheTemplateLineAndColumn()
    {
        var site = ScratchSite.FromMini(copyTheme: true);
        File.Copy(Invalid("theme/paper-syntax-error.html"), Path.Combine(site.Theme, "layouts", "paper.html"), overwrite: true);
        AssertFails(site.Build(),
            "theme/layouts/paper.html(4,50): error BIB301: template syntax: Error while parsing pipe expression: Expecting <expression> instead of `}}` in: <expression> | <expression>");
    }

    [Fact]
    public void MissingLayoutIsOneErrorNotOnePerPage()
    {
        var site = ScratchSite.FromMini(copyTheme: true);
        File.Delete(Path.Combine(site.Theme, "layouts", "paper.html"));
        AssertFails(site.Build(), "theme/layouts/paper.html: error BIB302: the theme has no template `layouts/paper.html`");
    }

    [Fact]
    public void MissingPartialIsReportedWhereItIsIncluded()
    {
        var site = ScratchSite.FromMini(copyTheme: true);
        File.Delete(Path.Combine(site.Theme, "partials", "header.html"));
        var run = site.Build();
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Errors);
        Assert.Matches(@"^theme/layouts/base\.html\(\d+,\d+\): error BIB303: template: the theme has no template `partials/header\.html`$", error);
        Assert.False(run.HasStackTrace, run.Err);
    }

    [Fact]
    public void MissingThemeFolderIsReported()
    {
        var site = ScratchSite.FromMini(copyTheme: true);
        Directory.Delete(site.Theme, recursive: true);
        AssertFails(site.Build(), "theme: error BIB302: the theme folder does not exist; pass --theme DIR or restore themes/default");
    }

    [Fact]
    public void MissingUiStringsFileIsReported()
    {
        var site = ScratchSite.FromMini(copyTheme: true);
        File.Delete(Path.Combine(site.Theme, "i18n", "zh.yml"));
        var run = site.Build();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("theme/i18n/zh.yml: error BIB302: the UI strings file is missing", run.Errors);
        Assert.False(run.HasStackTrace, run.Err);
    }

    [Fact]
    public void ThemeThatLoadsAScriptFromACdnFailsTheBuild()
    {
        var site = ScratchSite.FromMini(copyTheme: true);
        var basePath = Path.Combine(site.Theme, "layouts", "base.html");
        File.WriteAllText(basePath, File.ReadAllText(basePath).Replace("</head>", "<script src=\"https://cdn.example.com/analytics.js\"></script>\n</head>"));
        var run = site.Build();
        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(run.Errors);
        Assert.All(run.Errors, e => Assert.Matches(@"^output/.+\.html: error BIB404: <script src=""https://cdn\.example\.com/analytics\.js""> loads from another host; serve it from the site \(the page comes from .+/layouts/[a-z0-9]+\.html, its partials and layouts/base\.html\)$", e));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void ThemeLinkToAnotherSiteWithoutNoopenerFailsTheBuild()
    {
        var site = ScratchSite.FromMini(copyTheme: true);
        var footer = Path.Combine(site.Theme, "partials", "footer.html");
        File.AppendAllText(footer, "<a href=\"https://example.com/sponsor\">sponsor</a>\n");
        var run = site.Build();
        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(run.Errors);
        Assert.All(run.Errors, e => Assert.Matches(@"^output/.+\.html: error BIB406: <a href=""https://example\.com/sponsor""> leads to another site without rel=""noopener""; add it in the template \(the page comes from .+/layouts/[a-z0-9]+\.html, its partials and layouts/base\.html\)$", e));
    }

    [Fact]
    public void BrokenLinkInOneTemplateNamesThatTemplate()
    {
        var site = ScratchSite.FromMini(copyTheme: true);
        var tags = Path.Combine(site.Theme, "layouts", "tags.html");
        File.AppendAllText(tags, "<a href=\"../no-such-page/\">gone</a>\n");
        var run = site.Build();
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Errors.Count); // the tag index in each language
        Assert.All(run.Errors, e => Assert.Matches(@"^output/(en|zh)/tags/index\.html: error BIB401: link `\.\./no-such-page/` points to (en|zh)/no-such-page/index\.html, which the build does not write \(the page comes from .+/layouts/tags\.html, its partials and layouts/base\.html\)$", e));
    }
}
