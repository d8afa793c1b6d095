using Bibliography.Pages;
using Bibliography.Server;
using Bibliography.Tests.Cli;

namespace Bibliography.Tests.Server;

/// <summary>
/// A save that changes only a fragment's prose (its front matter the same byte for byte) is patched into the preview's
/// site instead of loading it again; what the preview then serves and reports must be exactly what a fresh load of the
/// same files serves and reports. Any other change loads the site in full.
/// </summary>
public class PreviewPatchTests
{
    static string Edit(CliFixture site, string id, string from, string to)
    {
        var file = Path.Combine(site.Papers, id + ".md");
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        File.WriteAllText(file, text.Replace(from, to));
        return Path.GetFullPath(file);
    }

    static (LiveSite Site, StringWriter Log) Start(CliFixture site)
    {
        var log = new StringWriter();
        var live = new LiveSite(site.Inputs, BuildSettings.Default, log);
        Assert.False(live.Rebuild().Failed, log.ToString());
        return (live, log);
    }

    static string Html(PreviewVersion version, string file) => System.Text.Encoding.UTF8.GetString(version.Page(file)!.Html!);

    /// <summary>Every page, data file and diagnostic of two versions, side by side.</summary>
    static void AssertSameSite(PreviewVersion expected, PreviewVersion actual)
    {
        Assert.Equal(expected.Diagnostics.Select(d => d.ToColonForm()), actual.Diagnostics.Select(d => d.ToColonForm()));
        Assert.Equal(expected.PageFiles, actual.PageFiles);
        foreach (var file in expected.PageFiles)
            Assert.True(expected.Page(file)!.Html.AsSpan().SequenceEqual(actual.Page(file)!.Html), $"{file} differs from a fresh load's");
        Assert.Equal(expected.DataPaths.Order(StringComparer.Ordinal), actual.DataPaths.Order(StringComparer.Ordinal));
        foreach (var file in expected.DataPaths)
            Assert.True(expected.DataFile(file)!.AsSpan().SequenceEqual(actual.DataFile(file)), $"{file} differs from a fresh load's");
    }

    [Fact]
    public void AnEditToProseIsPatchedInAndEveryPageDataFileAndWarningIsWhatAFreshLoadMakes()
    {
        var site = CliFixture.RealCopy();
        var (live, log) = Start(site);

        // Two fragments saved in one burst: LoRA's English annotation gains a cross-reference and a bare item number
        // (a new BIB211 warning); the Transformer's loses its Chinese annotation (a new "no ::: zh" warning).
        var lora = Edit(site, "lora", "made LoRA a standard tool", "made LoRA, after [[transformer]] and item 2.12, a standard tool");
        var transformerFile = Path.Combine(site.Papers, "transformer.md");
        var transformer = File.ReadAllText(transformerFile);
        var zh = transformer.IndexOf("::: zh\n", StringComparison.Ordinal);
        File.WriteAllText(transformerFile, transformer[..zh] + transformer[(transformer.IndexOf(":::\n", zh + 7, StringComparison.Ordinal) + 4)..]);
        var patched = live.Rebuild(new HashSet<string> { lora, Path.GetFullPath(transformerFile) });

        Assert.Contains("Patched the prose of 2 edited fragments", log.ToString());
        Assert.Contains("after <a class=\"xref\" href=\"../transformer/\">2.1</a> and item 2.12", Html(patched, "en/papers/lora/index.html"));
        Assert.Contains(patched.Diagnostics, d => d.Code == "BIB211" && d.File!.EndsWith("lora.md") && d.Message.Contains("item 2.12"));
        Assert.Contains(patched.Diagnostics, d => d.File!.EndsWith("transformer.md") && d.Message.Contains("no `::: zh` annotation"));
        var (fresh, _) = Start(site);
        AssertSameSite(fresh.Current, patched);

        // Saved back as it was: the warnings go again.
        File.WriteAllText(transformerFile, transformer);
        var restored = live.Rebuild(new HashSet<string> { Path.GetFullPath(transformerFile) });
        Assert.DoesNotContain(restored.Diagnostics, d => d.File!.EndsWith("transformer.md") && d.Message.Contains("no `::: zh` annotation"));
        AssertSameSite(Start(site).Site.Current, restored);
    }

    [Fact]
    public void AProseEditThatNamesNoPaperFailsAtItsLineAndTheFixIsServedAgain()
    {
        var site = CliFixture.RealCopy();
        var (live, log) = Start(site);
        var before = Html(live.Current, "en/papers/lora/index.html");

        var lora = Edit(site, "lora", "made LoRA a standard tool", "made LoRA [[no-such-paper]] a standard tool");
        var broken = live.Rebuild(new HashSet<string> { lora });
        Assert.True(broken.Failed);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Code == "BIB209" && d.File!.EndsWith("lora.md") && d.Line == 22);

        Edit(site, "lora", "made LoRA [[no-such-paper]] a standard tool", "made LoRA a standard tool");
        var fixedAgain = live.Rebuild(new HashSet<string> { lora });
        Assert.False(fixedAgain.Failed, log.ToString());
        Assert.Equal(before, Html(fixedAgain, "en/papers/lora/index.html"));
    }

    [Fact]
    public void AnEditorsSaveThroughATemporaryFileIsPatchedButAnEditToTheFrontMatterLoadsTheSiteAgain()
    {
        var site = CliFixture.RealCopy();
        var (live, log) = Start(site);

        // The editor writes lora.md.tmp and renames it over lora.md: the watcher names both paths.
        var lora = Edit(site, "lora", "made LoRA a standard tool", "made LoRA the standard tool");
        live.Rebuild(new HashSet<string> { lora, lora + ".tmp" });
        Assert.Contains("Patched the prose of 1 edited fragment into", log.ToString());

        // A new title shows on other pages (the part page), so the site is loaded again.
        log.GetStringBuilder().Clear();
        Edit(site, "lora", "title: \"LoRA: Low-Rank Adaptation of Large Language Models\"", "title: \"LoRA: Low-Rank Adaptation, Retitled\"");
        var retitled = live.Rebuild(new HashSet<string> { lora });
        Assert.DoesNotContain("Patched", log.ToString());
        Assert.Contains("LoRA: Low-Rank Adaptation, Retitled", Html(retitled, "en/parts/2/index.html"));
        AssertSameSite(Start(site).Site.Current, retitled);
    }
}
