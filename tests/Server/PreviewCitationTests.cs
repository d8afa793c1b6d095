using Bibliography.Diagnostics;
using Bibliography.Pages;

namespace Bibliography.Tests.Server;

/// <summary>
/// The preview formats citations again only for the papers whose facts an edit changed: the others keep the citations
/// of the version before, and what they show is what a fresh build shows.
/// </summary>
public class PreviewCitationTests
{
    [Fact]
    public void AfterAnEditOnlyTheEditedPapersCitationIsMadeAgainAndEveryCitationIsWhatAFreshBuildMakes()
    {
        var bib = SiteBuilder.Load(TestPaths.RealInputs, new DiagnosticBag())!.Bibliography;
        var earlier = CiteViews.Book(bib);
        var edited = new global::Bibliography.Model.Bibliography(bib.Site, bib.SeedTitle, bib.PrefaceZhLines, bib.Parts,
            [.. bib.Papers.Select(p => p.Id == "lora" ? p with { Facts = p.Facts with { Title = "LoRA: An Edited Title" } } : p)], bib.Tags);

        var kept = CiteViews.Book(edited, earlier);

        Assert.Same(earlier.Views[(Text.Lang.En, "transformer")], kept.Views[(Text.Lang.En, "transformer")]);
        Assert.NotSame(earlier.Views[(Text.Lang.En, "lora")], kept.Views[(Text.Lang.En, "lora")]);
        Assert.Contains("An Edited Title", kept.Views[(Text.Lang.En, "lora")].Bibtex);
        var fresh = CiteViews.Book(edited);
        foreach (var (key, view) in fresh.Views)
            Assert.Equal((view.Bibtex, view.Ris, view.Formatted.Value, view.BibtexKey), (kept.Views[key].Bibtex, kept.Views[key].Ris, kept.Views[key].Formatted.Value, kept.Views[key].BibtexKey));
    }
}
