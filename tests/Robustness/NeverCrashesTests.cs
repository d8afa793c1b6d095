using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Model;
using Bibliography.Output;
using Bibliography.Pages;
using Bibliography.Rendering;
using Bibliography.Seed;
using CsCheck;
using Xunit.Abstractions;
using Bibliography.Text;

namespace Bibliography.Tests.Robustness;

/// <summary>
/// Property tests: the real seed and real fragments, damaged the ways real files get damaged (<see cref="Mutation"/>),
/// either build or give errors, and never throw or hang. Seeded and of fixed size, so CI runs the same cases each time.
/// </summary>
public class NeverCrashesTests(ITestOutputHelper output)
{
    const ulong Seed = 20_240_607;

    static readonly Lazy<Theme> RealTheme = new(() => Theme.Load(TestPaths.Theme, new DiagnosticBag()) ?? throw new InvalidOperationException("theme"));
    static readonly Lazy<string> RealSeedText = new(() => File.ReadAllText(TestPaths.RealSeed));
    static readonly Lazy<Bibliography.Content.SiteText> RealSiteText = new(() => SiteLoader.LoadSite(TestPaths.RealInputs.Content, new DiagnosticBag()));
    static readonly Lazy<IReadOnlyList<(string Path, string Text)>> FragmentTexts = new(() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.RealInputs.Content, "papers"), "*.md").Order(StringComparer.Ordinal)
            .Select(f => (Paths.Display(f), File.ReadAllText(f))).ToList());

    static string Describe(IEnumerable<Mutation> mutations) => string.Join(" then ", mutations);

    /// <summary>The stages after loading, on in-memory inputs; renders only the pages whose path passes <paramref name="render"/>.</summary>
    static void ModelPlanRender(SeedDocument seed, IReadOnlyList<Fragment> fragments, DiagnosticBag diagnostics, Func<string, bool> render)
    {
        var (_, _, tags) = RealModelInputs.Load();
        var bib = ModelBuilder.Build(seed, fragments, tags, RealSiteText.Value, diagnostics);
        if (diagnostics.HasErrors) return;
        var theme = RealTheme.Value;
        var settings = new BuildSettings("https://example.org/", "https://github.com/example/repo", null);
        var strings = new UiStrings(theme, diagnostics);
        var pages = new PagePlanner(bib, settings, strings.Get, CiteViews.Build(bib)).Plan();
        var files = PageRenderer.Render(pages.Where(p => render(p.SitePath)).ToList(), theme, diagnostics).ToList();
        files.AddRange(SiteFiles.Build(bib, pages.Select(p => p.SitePath), settings, strings.Get));
        Bibliography.Checks.SiteChecker.Check(files, new DiagnosticBag()); // links to pages not rendered here are expected to fail; it must not throw
    }

    [Fact]
    public void DamagedFragmentsBuildOrReportErrors()
    {
        var (seed, fragments, tags) = RealModelInputs.Load();
        var tagIds = tags.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var fileIds = FragmentTexts.Value.Select(f => Path.GetFileNameWithoutExtension(f.Path)).ToHashSet(StringComparer.Ordinal);
        var gen = Gen.Select(Gen.Int[0, FragmentTexts.Value.Count - 1], Mutation.Several);

        var report = PropertyRunner.Run(gen, c =>
        {
            var (index, mutations) = c;
            var (path, text) = FragmentTexts.Value[index];
            var diagnostics = new DiagnosticBag();
            var fragment = FragmentParser.Parse(path, Mutation.ApplyAll(text, mutations), tagIds, diagnostics, 2100, fileIds);
            if (fragment is null)
            {
                Assert.True(diagnostics.HasErrors, "a fragment that was rejected has an error saying why");
                return;
            }
            var all = fragments.Where(f => f.Path != path).Append(fragment).ToList();
            ModelPlanRender(seed, all, diagnostics, p => p == $"en/papers/{fragment.Id}/");
        }, cases: 150, Seed, c => $"{FragmentTexts.Value[c.Item1].Path}: {Describe(c.Item2)}");

        output.WriteLine($"damaged fragments: {report}");
    }

    [Fact]
    public void DamagedSeedBuildsOrReportsErrors()
    {
        var (_, fragments, _) = RealModelInputs.Load();
        var report = PropertyRunner.Run(Mutation.Several, mutations =>
        {
            var diagnostics = new DiagnosticBag();
            var seed = SeedParser.Parse("seeds/list.txt", Mutation.ApplyAll(RealSeedText.Value, mutations), diagnostics);
            if (seed is null)
            {
                Assert.True(diagnostics.HasErrors, "a seed that was rejected has an error saying why");
                return;
            }
            ModelPlanRender(seed, fragments, diagnostics, p => p == "en/" || p.StartsWith("en/parts/", StringComparison.Ordinal));
        }, cases: 80, Seed, Describe);

        output.WriteLine($"damaged seed: {report}");
    }

    /// <summary>Which file of the mini site a damaged end-to-end case breaks.</summary>
    static readonly string[] MiniFiles = ["seed.txt", "content/papers/transformer.md", "content/papers/lora.md", "content/tags.yml", "content/site.yml"];

    [Fact]
    public void DamagedSiteThroughTheCommandLineExitsWithZeroOrOneAndNoStackTrace()
    {
        var gen = Gen.Select(Gen.Int[0, MiniFiles.Length - 1], Mutation.Several, Gen.Int[0, 3]);
        var exits = new int[3];
        var report = PropertyRunner.Run(gen, c =>
        {
            var (file, mutations, flip) = c;
            var site = ScratchSite.FromMini();
            var path = Path.Combine(site.Root, MiniFiles[file]);
            var bytes = System.Text.Encoding.UTF8.GetBytes(Mutation.ApplyAll(File.ReadAllText(path), mutations));
            if (flip == 0 && bytes.Length > 0) bytes[mutations[0].A % bytes.Length] = 0xFF; // one case in four is not UTF-8
            File.WriteAllBytes(path, bytes);

            var run = site.Build();
            Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode}: {run.Err}");
            Assert.False(run.HasStackTrace, run.Err);
            if (run.ExitCode == 1) Assert.NotEmpty(run.Errors);
            else Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
            Interlocked.Increment(ref exits[run.ExitCode]);
        }, cases: 60, Seed, c => $"{MiniFiles[c.Item1]}: {Describe(c.Item2)}{(c.Item3 == 0 ? " then a 0xFF byte" : "")}");

        output.WriteLine($"damaged mini site through the CLI: {report}; {exits[0]} built, {exits[1]} reported errors");
    }
}
