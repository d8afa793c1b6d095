using System.Diagnostics;
using Bibliography.Checks;
using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Model;
using Bibliography.Output;
using Bibliography.Pages;
using Bibliography.Rendering;
using Bibliography.Seed;

namespace Bibliography;

/// <summary>Where the inputs of a build are.</summary>
public sealed record BuildInputs(string Seed, string Content, string Theme)
{
    /// <summary>The repository's own seed, content and theme, found from the working directory upwards.</summary>
    public static BuildInputs Default(string root) => new(
        Path.Combine(root, "seeds", "llm-multimodal-reading-list.txt"),
        Path.Combine(root, "content"),
        Path.Combine(root, "themes", "default"));
}

/// <summary>What a build produced: the files (in memory), the model, the diagnostics and a few counts.</summary>
public sealed record BuildResult(
    IReadOnlyList<GeneratedFile> Files,
    Model.Bibliography? Bibliography,
    DiagnosticBag Diagnostics,
    int Pages,
    TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.HasErrors && Bibliography is not null;
}

/// <summary>
/// The build, as a list of steps: load → model → plan → render → check. Nothing is written here;
/// the caller hands the files to <see cref="SiteWriter"/> only when there were no errors.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildInputs inputs, BuildSettings settings, InputCache? cache = null)
    {
        var clock = Stopwatch.StartNew();
        var timings = new StageTimings();
        var diagnostics = new DiagnosticBag();
        BuildResult Stop() => new([], null, diagnostics, 0, clock.Elapsed);

        // 0. When printing, the browser starts now, while the site is built.
        using var printer = settings.PdfChrome is { } chrome ? new Pdf.PdfPrinter(chrome) : null;

        // 1–2. Load and model (see Load).
        var loaded = Load(inputs, diagnostics, cache, timings, settings.Parallel);
        if (loaded is null) return Stop();
        var (bibliography, theme, strings) = loaded;

        // 3. Plan and render every page; add the data files and assets.
        var pages = new PagePlanner(bibliography, settings, strings.Get).Plan();
        timings.Lap("plan");
        var files = new List<GeneratedFile>();
        files.AddRange(PageRenderer.Render(pages, theme, diagnostics, settings.Parallel));
        timings.Lap("render");
        files.AddRange(SiteFiles.Build(bibliography, pages, settings, strings.Get));
        timings.Lap("exports");
        files.AddRange(theme.Assets.Select(a => new GeneratedFile(a.Path, a.Content)));
        if (diagnostics.HasErrors) return Stop();

        // 3b. Print, when asked: headless Chromium turns the print editions into PDFs, which join the site's files.
        if (printer is not null)
        {
            files.AddRange(printer.Print(files, settings.ContentDate, diagnostics));
            timings.Lap("pdf");
        }
        if (diagnostics.HasErrors) return Stop();

        // 4. Check the whole site before anything is written.
        var templates = pages.ToDictionary(p => p.File, p => theme.FileOf(p.Template), StringComparer.Ordinal);
        SiteChecker.Check(files, diagnostics, file => templates.GetValueOrDefault(file), settings.Parallel);
        timings.Lap("check");
        timings.Print();
        return new BuildResult(files, bibliography, diagnostics, pages.Count, clock.Elapsed);
    }

    /// <summary>The steps before planning: load the inputs, build the model. Null when an error stops the build there.</summary>
    public static LoadedSite? Load(BuildInputs inputs, DiagnosticBag diagnostics, InputCache? cache = null, StageTimings? timings = null, ParallelOptions? parallel = null)
    {
        // 1. Load: the seed, the vocabulary and frame, the fragments, the theme. A plain build reads the seed and the
        //    theme on a second thread while the fragments load (the preview's cache is single-threaded).
        //    Each thread reports into its own bag; the bags are merged in a fixed order, so output never depends on timing.
        var sideDiagnostics = new DiagnosticBag();
        var side = cache is null
            ? Task.Run(() => (SeedLoader.Load(inputs.Seed, sideDiagnostics), Theme.Load(inputs.Theme, sideDiagnostics)))
            : null;
        var tagDiagnostics = new DiagnosticBag();
        var tags = SiteLoader.LoadTags(inputs.Content, tagDiagnostics);
        var tagIds = tagDiagnostics.HasErrors ? null : tags.Select(t => t.Id).ToHashSet(StringComparer.Ordinal); // broken tags.yml: one error, not one per fragment
        diagnostics.AddRange(tagDiagnostics.Sorted());
        var site = SiteLoader.LoadSite(inputs.Content, diagnostics);
        var fragments = cache?.LoadFragments(inputs.Content, tagIds, diagnostics, DateTime.UtcNow.Year) ?? FragmentLoader.Load(inputs.Content, tagIds, diagnostics, DateTime.UtcNow.Year, parallel);
        timings?.Lap("fragments");
        var (seed, theme) = side is not null
            ? side.GetAwaiter().GetResult()
            : (cache!.LoadSeed(inputs.Seed, sideDiagnostics), cache.LoadTheme(inputs.Theme, sideDiagnostics));
        diagnostics.AddRange(sideDiagnostics.Sorted());
        timings?.Lap(side is not null ? "seed+theme (after fragments, in parallel)" : "seed+theme");
        if (seed is null || theme is null || diagnostics.HasErrors) return null;

        // 2. Model: join seed and fragments into one immutable bibliography.
        var bibliography = ModelBuilder.Build(seed, fragments, tags, site, diagnostics);
        timings?.Lap("model");
        return diagnostics.HasErrors ? null : new LoadedSite(bibliography, theme, new UiStrings(theme, diagnostics));
    }
}
