using System.Diagnostics;
using Bibliography.Checks;
using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Model;
using Bibliography.Output;
using Bibliography.Pages;
using Bibliography.Rendering;
using Bibliography.Seed;
using Bibliography.Text;

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

/// <summary>
/// What a build produced: the files (in memory, unless they went straight to a <see cref="SiteSink"/> such as the output
/// folder), the model, the diagnostics and a few counts.
/// </summary>
public sealed record BuildResult(
    IReadOnlyList<GeneratedFile> Files,
    Model.Bibliography? Bibliography,
    DiagnosticBag Diagnostics,
    int Pages,
    TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.HasErrors && Bibliography is not null;

    /// <summary>How many files the build made, and their bytes (also when they were not kept in memory).</summary>
    public int FileCount { get; init; }
    public long Bytes { get; init; }
}

/// <summary>Where a build's files go as they are made: kept in memory, written to the output's staging folder, or only checked.</summary>
public abstract class SiteSink
{
    /// <summary>Takes one file; called from several threads. <paramref name="order"/> is the file's place in a stable order.</summary>
    public abstract void Write(long order, GeneratedFile file);

    /// <summary>
    /// Takes one page as the text the renderer made, valid only during the call (the renderer draws its next page in
    /// the same memory); a sink that writes it need not encode it first. Returns the page's size in UTF-8 bytes.
    /// </summary>
    public virtual long Write(long order, string path, ReadOnlySpan<char> html)
    {
        var file = GeneratedFile.Text(path, html);
        Write(order, file);
        return file.Content.Length;
    }

    /// <summary>
    /// Told early which files will come (before they are planned), so that a sink that writes them can get ready on a
    /// thread of its own, e.g. make their folders while the build still plans. The build waits for it before it ends.
    /// </summary>
    public virtual Task Expect(IReadOnlyList<string> files) => Task.CompletedTask;

    /// <summary>The files kept, in order (empty for a sink that keeps nothing).</summary>
    public virtual IReadOnlyList<GeneratedFile> Files => [];

    /// <summary>The files written so far whose path <paramref name="wanted"/> accepts, read back where they are not kept (the PDF printer's pages).</summary>
    public virtual IReadOnlyList<GeneratedFile> Read(Func<string, bool> wanted) => Files.Where(f => wanted(f.Path)).ToList();

    /// <summary>Keeps every file in memory (tests, the PDF printer's loopback site).</summary>
    public sealed class Memory : SiteSink
    {
        readonly System.Collections.Concurrent.ConcurrentBag<(long Order, GeneratedFile File)> files = [];
        public override void Write(long order, GeneratedFile file) => files.Add((order, file));
        public override IReadOnlyList<GeneratedFile> Files => files.OrderBy(f => f.Order).Select(f => f.File).ToList();
    }

    /// <summary>Writes each file into the output's staging folder at once, and keeps nothing.</summary>
    public sealed class Staged(SiteStaging staging) : SiteSink
    {
        readonly System.Collections.Concurrent.ConcurrentBag<string> written = [];

        public override void Write(long order, GeneratedFile file)
        {
            staging.Write(file);
            written.Add(file.Path);
        }

        public override long Write(long order, string path, ReadOnlySpan<char> html)
        {
            var size = staging.Write(path, html);
            written.Add(path);
            return size;
        }

        /// <summary>Makes the folders of <paramref name="files"/> on a thread of its own (a folder per paper page and language).</summary>
        public override Task Expect(IReadOnlyList<string> files) => Task.Run(() => { foreach (var file in files) staging.MakeFolderOf(file); });

        public override IReadOnlyList<GeneratedFile> Read(Func<string, bool> wanted) =>
            written.Where(wanted).Order(StringComparer.Ordinal).Select(p => new GeneratedFile(p, File.ReadAllBytes(Path.Combine(staging.Folder, p)))).ToList();
    }

    /// <summary>Keeps nothing: <c>check</c> reads every page and writes none.</summary>
    public sealed class Discard : SiteSink
    {
        public override void Write(long order, GeneratedFile file) { }
        public override long Write(long order, string path, ReadOnlySpan<char> html) => System.Text.Encoding.UTF8.GetByteCount(html);
    }
}

/// <summary>
/// The build, as a list of steps: load → model → plan → render → check. Each page is planned, drawn, read by the site
/// check and handed to the sink as soon as it is made, so no page's HTML is kept once it is written; the caller commits
/// the output only when there were no errors.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildInputs inputs, BuildSettings settings, InputCache? cache = null, SiteSink? sink = null)
    {
        var clock = Stopwatch.StartNew();
        var timings = new StageTimings();
        var diagnostics = new DiagnosticBag();
        sink ??= new SiteSink.Memory();
        BuildResult Stop() => new([], null, diagnostics, 0, clock.Elapsed);

        // 0. When printing, the browser starts now, while the site is built.
        using var printer = settings.PdfChrome is { } chrome ? new Pdf.PdfPrinter(chrome) : null;

        // 1–2. Load and model (see Load). Once the model is built, the sink is told the paper pages to come: a folder
        //      for each paper in each language, made on one more thread while the build formats citations and plans.
        var expected = Task.CompletedTask;
        var loaded = Load(inputs, diagnostics, cache, timings, settings.Parallel, modelBuilt: bib =>
            expected = sink.Expect([.. PagePlanner.PaperFilesOf(bib).Select(f => f.File)]));
        if (loaded is null)
        {
            expected.GetAwaiter().GetResult();
            return Stop();
        }
        var (bibliography, theme, strings) = loaded;

        // 3. Plan, render, check and hand on every page, one at a time; then the data files and the assets.
        var site = loaded.Planner(settings).Pages();
        timings.Lap("planner");
        var checker = new SiteChecker();
        long files = 0, bytes = 0;
        void Emit(long order, GeneratedFile file)
        {
            checker.Add(file);
            sink.Write(order, file);
            Interlocked.Increment(ref files);
            Interlocked.Add(ref bytes, file.Content.Length);
        }
        void EmitPage(int order, string path, ReadOnlySpan<char> html)
        {
            checker.Add(path, html);
            var size = sink.Write(order, path, html);
            Interlocked.Increment(ref files);
            Interlocked.Add(ref bytes, size);
        }
        // The data files (exports, search index, feeds) are made on one more thread while the pages are drawn (after
        // them, when the build is held to one thread); the sitemap once every page has been planned.
        List<GeneratedFile> Exports() => SiteFiles.Data(bibliography, settings, strings.Get).ToList();
        var exports = settings.Parallelism == 1 ? null : Task.Run(Exports);
        PageRenderer.Render(site.Count, site.At, theme, diagnostics, settings.Parallel, EmitPage);
        expected.GetAwaiter().GetResult();
        timings.Lap("plan + render + check pages + write");
        var order = (long)site.Count;
        foreach (var file in exports?.GetAwaiter().GetResult() ?? Exports()) Emit(order++, file);
        foreach (var file in SiteFiles.Index(site.SitemapPaths, settings)) Emit(order++, file);
        foreach (var (path, content) in theme.Assets) Emit(order++, new GeneratedFile(path, content));
        timings.Lap("exports (the rest of them)");
        if (diagnostics.HasErrors) return Stop();

        // 3b. Print, when asked: headless Chromium turns the print editions into PDFs, which join the site's files.
        if (printer is not null)
        {
            foreach (var pdf in printer.Print(sink.Read(p => p.StartsWith("assets/", StringComparison.Ordinal) || p.Contains("/print/", StringComparison.Ordinal)),
                settings.ContentDate, diagnostics)) Emit(order++, pdf);
            timings.Lap("pdf");
        }
        if (diagnostics.HasErrors) return Stop();

        // 4. The checks that need the whole site: every link lands on a file the build made, every anchor on an id.
        checker.Finish(diagnostics, file => site.TemplateOf(file) is { } t ? theme.FileOf(t) : null, WrittenAt(site.PaperIdOf, bibliography), settings.Parallel);
        timings.Lap("check links");
        timings.Print();
        return new BuildResult(sink.Files, bibliography, diagnostics, site.Count, clock.Elapsed) { FileCount = (int)files, Bytes = bytes };
    }

    /// <summary>Where a link of a paper page was written in its fragment, for the link check's messages.</summary>
    public static Func<string, string, (string File, int Line, int Column)?> WrittenAt(Func<string, string?> paperOf, Model.Bibliography bib) =>
        (file, href) => paperOf(file) is { } id && bib.PaperById[id].Source is { } source && source.Links.FirstOrDefault(l => l.Url == href) is { } link
            ? (source.Path, link.Pos.Line, link.Pos.Column) : null;

    /// <summary>The steps before planning: load the inputs, build the model. Null when an error stops the build there.</summary>
    /// <param name="earlier">The preview's previous version, whose citations are kept for papers whose facts did not change.</param>
    /// <param name="patchFrom">
    /// The site the previous load through <paramref name="cache"/> made (the preview), when it succeeded: if everything
    /// the watcher saw change since is the prose of some fragments, their front matter the same, that site is patched
    /// instead of loaded again (<see cref="ModelBuilder.Patch"/>), with the same result and diagnostics.
    /// </param>
    public static LoadedSite? Load(BuildInputs inputs, DiagnosticBag diagnostics, InputCache? cache = null, StageTimings? timings = null, ParallelOptions? parallel = null,
        LoadedSite? earlier = null, LoadedSite? patchFrom = null, Action<Model.Bibliography>? modelBuilt = null)
    {
        // 0. The preview after edits to prose alone: the papers edited get their new writing, the rest is as it was.
        if (patchFrom is not null && cache?.TryProseEdits(inputs, DateTime.UtcNow.Year) is { } edits && cache.Seed is { } listed)
        {
            timings?.Lap($"prose edits ({edits.Count}), read");
            var (removed, added) = (new DiagnosticBag(), new DiagnosticBag());
            foreach (var edit in edits)
            {
                removed.AddRange(edit.OldDiagnostics);
                added.AddRange(edit.NewDiagnostics);
            }
            var patched = ModelBuilder.Patch(patchFrom.Bibliography, listed, [.. edits.Select(e => (e.Old, e.New))], removed, added);
            timings?.Lap("model patched");
            var gone = removed.Sorted().ToHashSet();
            diagnostics.AddRange(patchFrom.Diagnostics.Where(d => !gone.Contains(d)));
            diagnostics.AddRange(added.Sorted());
            timings?.Lap("diagnostics");
            return diagnostics.HasErrors ? null : patchFrom with { Bibliography = patched, Diagnostics = diagnostics.Sorted(), PatchedFragments = edits.Count };
        }

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
        var changes = ChangesLoader.Load(inputs.Content, diagnostics);
        var bibliography = ModelBuilder.Build(seed, fragments, tags, site, diagnostics, changes, timings);
        timings?.Lap("model");
        if (diagnostics.HasErrors) return null;
        modelBuilt?.Invoke(bibliography);
        var strings = new UiStrings(theme, diagnostics);
        return diagnostics.HasErrors ? null : new LoadedSite(bibliography, theme, strings, earlier) { Diagnostics = diagnostics.Sorted() };
    }
}
