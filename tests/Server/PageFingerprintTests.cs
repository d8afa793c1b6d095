using Bibliography.Diagnostics;
using Bibliography.Pages;
using Bibliography.Server;
using Bibliography.Content;

namespace Bibliography.Tests.Server;

/// <summary>
/// The preview renders a page again only when its fingerprint changes: so an edit must change the fingerprint of the
/// pages that show it, and must not change the others (or every page would be rendered after every save).
/// </summary>
public class PageFingerprintTests
{
    static IReadOnlyList<PlannedPage> PlanRealSite(Func<global::Bibliography.Model.Bibliography, global::Bibliography.Model.Bibliography>? edit = null)
    {
        var loaded = SiteBuilder.Load(TestPaths.RealInputs, new DiagnosticBag())!;
        var bib = edit is null ? loaded.Bibliography : edit(loaded.Bibliography);
        return new PagePlanner(bib, BuildSettings.Default, loaded.Strings.Get, CiteViews.Build(bib)).Plan();
    }

    [Fact]
    public void PlanningTheSameInputsTwiceGivesTheSameFingerprintsAndEveryPageItsOwn()
    {
        var first = PlanRealSite().ToDictionary(p => p.File, p => Convert.ToHexString(PageFingerprint.Of(p)));
        var second = PlanRealSite().ToDictionary(p => p.File, p => Convert.ToHexString(PageFingerprint.Of(p)));
        Assert.Equal(first, second);
        var shared = first.GroupBy(kv => kv.Value).Where(g => g.Count() > 1).Select(g => string.Join(" = ", g.Select(kv => kv.Key))).ToList();
        Assert.True(shared.Count == 0, "pages with the same fingerprint: " + string.Join("; ", shared));
    }

    [Fact]
    public void EditingOnePapersAnnotationChangesItsPagesAndLeavesAnUnrelatedPaperPageAlone()
    {
        var before = PlanRealSite().ToDictionary(p => p.File, PageFingerprint.Of);
        var after = PlanRealSite(bib => new global::Bibliography.Model.Bibliography(bib.Site, bib.SeedTitle, bib.PrefaceZhLines, bib.Parts,
            [.. bib.Papers.Select(p => p.Id == "lora" ? p with { Writing = p.Writing with { Annotation = new(p.Writing.Annotation.Zh, p.Writing.Annotation.En! with { Html = p.Writing.Annotation.En!.Html + "<p>edited</p>" }) } } : p)],
            bib.Tags)).ToDictionary(p => p.File, PageFingerprint.Of);

        Assert.NotEqual(before["en/papers/lora/index.html"], after["en/papers/lora/index.html"]);
        Assert.NotEqual(before["zh/papers/lora/index.html"], after["zh/papers/lora/index.html"]); // the "both languages" section
        Assert.Equal(before["en/papers/transformer/index.html"], after["en/papers/transformer/index.html"]);
        Assert.Equal(before["zh/tags/index.html"], after["zh/tags/index.html"]);
    }
}
