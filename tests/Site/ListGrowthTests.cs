using System.Text;
using AngleSharp.Html.Parser;
using Bibliography.Diagnostics;
using Bibliography.Model;
using Bibliography.Pages;
using Bibliography.Tests.Cli;
using Bibliography.Tests.Seed;

namespace Bibliography.Tests.Site;

/// <summary>
/// The list keeps growing: an editor's addition is built and shown apart everywhere, a re-export that drops an item
/// still builds (the paper's page kept and marked), and an item the list gained shows as "annotation wanted".
/// </summary>
public class ListGrowthTests
{
    static AngleSharp.Html.Dom.IHtmlDocument Page(BuildResult r, string path) =>
        new HtmlParser().ParseDocument(Encoding.UTF8.GetString(r.Files.Single(f => f.Path == path).Content));

    static string Text(BuildResult r, string path) => Encoding.UTF8.GetString(r.Files.Single(f => f.Path == path).Content);

    [Fact]
    public void EditorsAdditionIsBuiltAndShownApartFromTheCuratorsList()
    {
        var site = CliFixture.CopyOf("mini");
        File.Copy(Path.Combine(TestPaths.Fixtures, "addition", "dpo.md"), Path.Combine(site.Papers, "dpo.md"));
        var r = SiteBuilder.Build(site.Inputs, BuildSettings.Default);
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics.Sorted()));

        var dpo = r.Bibliography!.PaperById["dpo"];
        Assert.Equal(PaperStatus.Addition, dpo.Status);
        Assert.Empty(dpo.Listings);
        Assert.Equal([dpo], r.Bibliography.Additions);

        var page = Page(r, "en/papers/dpo/index.html");
        Assert.Contains("Editor's addition", page.QuerySelector(".notice-addition")!.TextContent);
        Assert.Equal(["Home", "Editor's additions"], page.QuerySelectorAll("nav.breadcrumbs li").Take(2).Select(li => li.TextContent.Trim()));
        Assert.Contains(Page(r, "zh/additions/index.html").QuerySelectorAll(".row[data-paper]"), li => li.GetAttribute("data-paper") == "dpo");
        Assert.Contains("编者补充", Page(r, "zh/papers/index.html").QuerySelector("tr[data-paper=dpo]")!.TextContent);
        Assert.Contains("\"id\":\"dpo\"", Text(r, "search-index.json"));
        Assert.Contains("rafailov2023direct", Text(r, "bibliography.bib"));
        Assert.Contains("\"status\": \"addition\"", Text(r, "papers.json"));
        // The relation it declares shows on the other paper, reversed.
        Assert.Contains(r.Bibliography.PaperById["lora"].Relations, x => x.PaperId == "dpo" && x.Reverse);
    }

    [Fact]
    public void ReExportWithoutAnItemStillBuildsAndMarksThePaperAsNoLongerInTheList()
    {
        var dir = TestPaths.TempDir();
        var seed = Path.Combine(dir, "seed.txt");
        File.WriteAllText(seed, SeedEdits.WithoutItem(File.ReadAllText(TestPaths.RealSeed), "第三部分", 4)); // OPT
        var r = SiteBuilder.Build(TestPaths.RealInputs with { Seed = seed }, BuildSettings.Default);

        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics.Sorted().Where(d => d.IsError)));
        var warning = Assert.Single(r.Diagnostics.Sorted(), d => d.Code == Codes.ItemLeftTheList);
        Assert.EndsWith("content/papers/opt.md", warning.File);
        Assert.DoesNotContain(r.Diagnostics.Sorted(), d => d.Code == Codes.RefMovedByTitle && d.File == "content/papers/bloom.md" && d.IsError);
        Assert.Equal(PaperStatus.LeftTheList, r.Bibliography!.PaperById["opt"].Status);
        Assert.Contains("No longer in the list", Page(r, "en/papers/opt/index.html").QuerySelector(".notice-left")!.TextContent);
        Assert.Contains(Page(r, "en/removed/index.html").QuerySelectorAll(".row[data-paper]"), li => li.GetAttribute("data-paper") == "opt");
        Assert.Equal("3.4", r.Bibliography.PaperById["bloom"].Refs); // the next paper moved up by its title
    }

    [Fact]
    public void ItemTheListGainedShowsAsAnnotationWantedOnItsPartPageAndInTheSidebar()
    {
        var dir = TestPaths.TempDir();
        var seed = Path.Combine(dir, "seed.txt");
        File.WriteAllText(seed, SeedEdits.WithItemInsertedInPartTwo(File.ReadAllText(TestPaths.RealSeed)));
        var r = SiteBuilder.Build(TestPaths.RealInputs with { Seed = seed }, BuildSettings.Default);

        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics.Sorted().Where(d => d.IsError)));
        var entry = Page(r, "en/parts/2/index.html").QuerySelector("#item-2-2")!;
        Assert.Contains("entry-wanted", entry.ClassName);
        Assert.Contains("A Newly Inserted Paper on Prompting", entry.TextContent);
        Assert.Contains("Annotation wanted", entry.TextContent);
        Assert.Contains("新增的一篇", entry.QuerySelector(".curator-note")!.TextContent);
        var paperPage = Page(r, "zh/papers/a-newly-inserted-paper-on-prompting/index.html");
        Assert.Contains("待补充导读", paperPage.QuerySelector(".notice-wanted")!.TextContent);
        Assert.NotNull(paperPage.QuerySelector(".sidebar-items a[aria-current=page] .wanted-mark"));
        Assert.Contains("1 without annotation", Page(r, "en/parts/2/index.html").QuerySelector(".page-head .stats")!.TextContent);
    }
}
