using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bibliography.Model;
using Bibliography.Tests.Site;

namespace Bibliography.Tests.Pages;

/// <summary>
/// The curator's words sit in a block marked Chinese, but most listed lines are English paper titles and item 2.33's
/// note is an English sentence: a screen reader must read those with an English voice, and `check` must not ask for an
/// English rendering of a note that is English already.
/// </summary>
public class CuratorTextLanguageTests
{
    static IDocument Page(string path) => new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(RealSite.File(path)));

    /// <summary>The language an element is read in: its own lang, else the nearest ancestor's.</summary>
    static string LangOf(IElement e) => e.Closest("[lang]")!.GetAttribute("lang")!;

    [Theory]
    [InlineData("en/papers/gradient-checkpointing/index.html")]
    [InlineData("zh/papers/gradient-checkpointing/index.html")]
    public void AnEnglishNoteAndAnEnglishListedLineAreMarkedEnglish(string path)
    {
        var note = Page(path).QuerySelector(".curator-note")!;
        var seedLine = note.QuerySelector(".as-listed span[lang=zh-Hans]")!.Children.Last();
        Assert.Equal("Vicuna tackle the memory pressure by utilizing gradient checkpointing and flash attention", seedLine.TextContent);
        Assert.Equal("en", LangOf(seedLine));
        var paragraph = note.QuerySelectorAll("p").Single(p => p.TextContent == "Training Deep Nets with Sublinear Memory Cost");
        Assert.Equal("en", LangOf(paragraph));
    }

    [Fact]
    public void ChineseNoteLinesStayChineseAndAnEnglishLineAmongThemIsMarkedEnglish()
    {
        var note = Page("en/papers/chain-of-thought/index.html").QuerySelector(".curator-note")!;
        var paragraph = note.QuerySelectorAll("p").Single(p => p.TextContent.Contains("CoT原始论文"));
        Assert.Equal("zh-Hans", LangOf(paragraph));
        var english = paragraph.QuerySelector("span[lang=en]")!;
        Assert.StartsWith("28 Jan 2022 · Jason Wei", english.TextContent);
    }

    [Fact]
    public void EveryListedLineShownOnAPartPageIsMarkedEnglishWhenItHasNoChinese()
    {
        var lines = Page("zh/parts/2/index.html").QuerySelectorAll(".curator-note .as-listed span[lang=zh-Hans]").ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var hasChinese = line.TextContent.Any(c => c is >= '\u4e00' and <= '\u9fff');
            var marked = line.QuerySelector("span[lang=en]") is not null;
            Assert.True(hasChinese != marked, $"{line.TextContent}: Chinese {hasChinese}, marked English {marked}");
        }
    }

    [Fact]
    public void ANoteWrittenInEnglishNeedsNoEnglishRendering()
    {
        var paper = RealSite.Result.Bibliography!.PaperById["gradient-checkpointing"];
        var status = TranslationStatus.Of(paper);
        Assert.Equal(0, status.CuratorNotes);
        Assert.True(status.IsComplete);
    }
}
