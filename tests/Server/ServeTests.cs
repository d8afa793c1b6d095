using System.Diagnostics;
using System.Net;
using Bibliography.Pages;
using Bibliography.Server;
using Bibliography.Tests.Cli;
using Xunit.Abstractions;

namespace Bibliography.Tests.Server;

/// <summary>The preview server, in process on a free loopback port, over a temp copy of the mini fixture.</summary>
public class ServeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EditedFragmentIsServedAfterTheRebuildAndABrokenOneShowsItsErrorUntilFixed()
    {
        await using var preview = await Preview.StartAsync();
        var (site, log, server, http) = (preview.Site, preview.Log, preview.Server, preview.Http);
        Assert.StartsWith("http://127.0.0.1:", server.Url);

        var page = await http.GetStringAsync("en/papers/transformer/");
        Assert.Contains("Introduces the <strong>Transformer</strong>.", page);
        Assert.Contains($"<script src=\"{LiveReload.ScriptPath}\" defer></script>", page);
        using var events = await http.GetStreamAsync(LiveReload.EventsPath.TrimStart('/'));

        var fragment = Path.Combine(site.Papers, "transformer.md");
        var text = await File.ReadAllTextAsync(fragment);
        var clock = Stopwatch.StartNew();
        await File.WriteAllTextAsync(fragment, text.Replace("Introduces the **Transformer**.", "Introduces the **Transformer**, edited."));
        var edited = await Poll(http, "en/papers/transformer/", body => body.Contains("Introduces the <strong>Transformer</strong>, edited."));
        output.WriteLine($"edit → new text served: {clock.ElapsedMilliseconds} ms");
        Assert.True(edited, log.ToString());

        clock.Restart();
        await File.WriteAllTextAsync(fragment, text.Replace("year: 2017", "year: 2999"));
        var broken = await Poll(http, "en/papers/transformer/", body => body.Contains("year 2999 is in the future"), HttpStatusCode.InternalServerError);
        output.WriteLine($"break → error page: {clock.ElapsedMilliseconds} ms");
        Assert.True(broken, log.ToString());
        Assert.Contains("transformer.md:8:7: error: year 2999 is in the future", log.ToString());

        clock.Restart();
        await File.WriteAllTextAsync(fragment, text);
        var recovered = await Poll(http, "en/papers/transformer/", body => body.Contains("Introduces the <strong>Transformer</strong>.</p>"));
        output.WriteLine($"fix → page again: {clock.ElapsedMilliseconds} ms");
        Assert.True(recovered, log.ToString());
        output.WriteLine(log.ToString());
    }

    [Fact]
    public async Task AfterAnEditTheEditedPageIsRenderedAgainAndAnUntouchedPageComesFromTheCache()
    {
        await using var preview = await Preview.StartAsync();
        var (site, log, http) = (preview.Site, preview.Log, preview.Http);
        using var homeBefore = await http.GetAsync("en/");
        using var paperBefore = await http.GetAsync("en/papers/transformer/");
        Assert.Equal("fresh", Rendered(homeBefore));
        Assert.Equal("fresh", Rendered(paperBefore));

        var fragment = Path.Combine(site.Papers, "transformer.md");
        var text = await File.ReadAllTextAsync(fragment);
        await File.WriteAllTextAsync(fragment, text.Replace("Introduces the **Transformer**.", "Introduces the **Transformer**, edited."));
        Assert.True(await Poll(http, "en/papers/transformer/", body => body.Contains("Introduces the <strong>Transformer</strong>, edited.")), log.ToString());

        using var paper = await http.GetAsync("en/papers/transformer/");
        using var home = await http.GetAsync("en/"); // lists the paper's title, not its annotation: the same view as before
        Assert.Equal("fresh", Rendered(paper));
        Assert.Equal("cache", Rendered(home));
        Assert.Equal(await homeBefore.Content.ReadAsStringAsync(), await home.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFragmentSavedWhileThePreviewRunsIsServedAndOneDeletedIsGone()
    {
        await using var preview = await Preview.StartAsync();
        var (site, log, http) = (preview.Site, preview.Log, preview.Http);
        using (var before = await http.GetAsync("en/papers/dpo/")) Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        // An editor's addition written into the folder: the watcher names the new file, the rebuild reads it.
        var added = Path.Combine(site.Papers, "dpo.md");
        File.Copy(Path.Combine(TestPaths.Fixtures, "addition", "dpo.md"), added);
        Assert.True(await Poll(http, "en/papers/dpo/", body => body.Contains("A fixture addition")), log.ToString());
        Assert.True(await Poll(http, "en/additions/", body => body.Contains("Direct Preference Optimization")), log.ToString());

        // Deleted again: its page is gone, and the untouched papers are still served from what was read before.
        File.Delete(added);
        Assert.True(await Poll(http, "en/papers/dpo/", _ => true, HttpStatusCode.NotFound), log.ToString());
        Assert.Contains("Freezes the weights", await http.GetStringAsync("en/papers/lora/"));
    }

    /// <summary>A server over a fresh copy of the mini fixture, with its log and a client.</summary>
    sealed record Preview(CliFixture Site, StringWriter Log, DevServer Server, HttpClient Http) : IAsyncDisposable
    {
        public static async Task<Preview> StartAsync(BuildSettings? settings = null)
        {
            var site = CliFixture.CopyOf("mini");
            var log = new StringWriter();
            var server = await DevServer.StartAsync(site.Inputs, settings ?? BuildSettings.Default, 0, TextWriter.Synchronized(log));
            return new Preview(site, log, server, new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) });
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Server.DisposeAsync();
        }
    }

    static string Rendered(HttpResponseMessage response) => string.Join(",", response.Headers.GetValues("X-Preview-Rendered"));

    [Fact]
    public async Task TheSiteCheckRunsInTheBackgroundAndItsErrorsAreShownWithoutBlockingThePage()
    {
        await using var preview = await Preview.StartAsync();
        var (site, log, http) = (preview.Site, preview.Log, preview.Http);
        using var passed = await http.GetAsync(DevServer.CheckPath.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, passed.StatusCode);

        // A link to a page the site does not have: the page itself still renders; the check finds the broken link.
        var fragment = Path.Combine(site.Papers, "transformer.md");
        var text = await File.ReadAllTextAsync(fragment);
        await File.WriteAllTextAsync(fragment, text.Replace("Introduces the **Transformer**.", "Introduces the **Transformer** ([gone](../no-such-paper/))."));
        Assert.True(await Poll(http, "en/papers/transformer/", body => body.Contains(">gone</a>")), log.ToString());
        Assert.True(await Poll(http, DevServer.CheckPath.TrimStart('/'), body => body.Contains("no-such-paper"), HttpStatusCode.InternalServerError), log.ToString());
        Assert.True(await Poll(http, "en/papers/transformer/", body => body.Contains("bib-preview-problems") && body.Contains("no-such-paper")), log.ToString());
        Assert.Contains("no-such-paper", log.ToString());
    }

    /// <summary>
    /// With a Chromium the preview's "Download PDF" links work: the PDF is printed when first asked for, served again
    /// from what was kept, and printed anew once an input changed.
    /// </summary>
    [Print.ChromiumFact]
    public async Task ThePreviewPrintsThePdfsItsPagesLinkToAndKeepsThemUntilAnInputChanges()
    {
        var chrome = global::Bibliography.Pdf.ChromeLocator.Find(null).Path!;
        await using var preview = await Preview.StartAsync(BuildSettings.Default with { PdfChrome = chrome });
        var (site, log, http) = (preview.Site, preview.Log, preview.Http);
        Assert.Contains("href=\"../pdf/bibliography.en.pdf\"", await http.GetStringAsync("en/"));

        using var first = await http.GetAsync("pdf/bibliography.en.pdf");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Equal(bytes, await http.GetByteArrayAsync("pdf/bibliography.en.pdf"));
        Assert.Equal(1, preview.Server.Site.Pdfs!.Printings);

        var fragment = Path.Combine(site.Papers, "transformer.md");
        await File.WriteAllTextAsync(fragment, (await File.ReadAllTextAsync(fragment)).Replace("Introduces the **Transformer**.", "Introduces the **Transformer**, edited."));
        Assert.True(await Poll(http, "en/print/", body => body.Contains("Introduces the <strong>Transformer</strong>, edited.")), log.ToString());
        var again = await http.GetByteArrayAsync("pdf/bibliography.en.pdf");
        Assert.NotEqual(bytes, again);
        Assert.Equal(2, preview.Server.Site.Pdfs!.Printings);
        using var check = await http.GetAsync(DevServer.CheckPath.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode); // the pages' links to the PDFs count as links to files the site has
    }

    [Fact]
    public void TheBuiltSiteHasNoLiveReloadOnlyTheServerAddsIt()
    {
        var result = SiteBuilder.Build(TestPaths.Fixture("mini"), BuildSettings.Default);
        var page = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "en/index.html").Content);
        Assert.DoesNotContain("__bib", page);
    }

    /// <summary>Fetches until the body satisfies <paramref name="done"/> (or 30 s pass); no timing is asserted.</summary>
    static async Task<bool> Poll(HttpClient http, string path, Func<string, bool> done, HttpStatusCode status = HttpStatusCode.OK)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until)
        {
            using var response = await http.GetAsync(path);
            if (response.StatusCode == status && done(await response.Content.ReadAsStringAsync())) return true;
            await Task.Delay(25);
        }
        return false;
    }
}
