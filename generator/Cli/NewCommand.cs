using System.CommandLine;
using System.Globalization;
using System.Text;
using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Seed;
using Bibliography.Text;

namespace Bibliography.Cli;

/// <summary>
/// <c>new &lt;title or arXiv id&gt; [--seed REF]</c>: writes a fragment skeleton <c>content/papers/&lt;id&gt;.md</c> with a
/// valid id, the keys to fill and both language containers, every place to fill marked <c>FILL-ME</c> so that
/// <c>check</c> points at each one, and records the paper as annotated in <c>content/changes.yml</c>. Never overwrites a file.
/// </summary>
public static class NewCommand
{
    public static Command Create()
    {
        var what = new Argument<string>("title-or-arxiv") { Description = "The paper's title as published, or its arXiv id (2106.09685)" };
        var seedRef = new Option<string?>("--seed") { Description = "The list item this paper is, e.g. 2.14: fills `seed` and the title from the list" };
        var list = new Option<string?>("--list") { Description = "The reading list to look --seed up in (default: seeds/llm-multimodal-reading-list.txt)" };
        var content = new Option<string?>("--content") { Description = "The content folder (default: content/)" };
        var date = new Option<string?>("--date") { Description = "The date content/changes.yml records the paper as annotated on, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in UTC)" };
        var command = new Command("new", "Write a skeleton fragment content/papers/<id>.md to fill in, and record the paper in content/changes.yml") { what, seedRef, list, content, date };
        command.SetAction(r =>
        {
            var defaults = BuildInputs.Default(RepoRoot.Find());
            return Run(r.GetValue(what)!, r.GetValue(seedRef), r.GetValue(list) ?? defaults.Seed, r.GetValue(content) ?? defaults.Content, Console.Out, Console.Error, r.GetValue(date));
        });
        return command;
    }

    /// <param name="date">The date of the changes.yml record, YYYY-MM-DD; else SOURCE_DATE_EPOCH's, else today's in UTC
    /// (writing a fragment is authoring, not building: the clock is acceptable here).</param>
    public static int Run(string what, string? seedRef, string listFile, string contentDir, TextWriter output, TextWriter error, string? date = null)
    {
        var dateText = date ?? ContentDate.Resolve() ?? DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            error.WriteLine($"error: --date takes a date written as YYYY-MM-DD, e.g. 2026-12-05; got `{dateText}`");
            return 2;
        }
        SeedEntry? entry = null;
        var listDiagnostics = new DiagnosticBag();
        var seed = File.Exists(listFile) ? SeedLoader.Load(listFile, listDiagnostics) : null;
        if (seedRef is not null)
        {
            if (seed is null)
            {
                foreach (var d in listDiagnostics.Sorted()) error.WriteLine(d.ToColonForm());
                if (!listDiagnostics.HasErrors) error.WriteLine($"error: the list {Paths.Display(listFile)} does not exist; pass --list FILE");
                return 1;
            }
            entry = seed.Entries.FirstOrDefault(e => e.Ref == seedRef);
            if (entry is null)
            {
                error.WriteLine($"error: the list has no item {seedRef}; refs look like 2.14 or 2.23a (see the numbers on the part pages)");
                return 2;
            }
        }
        else if (seed is not null)
        {
            // Without --seed: the list's item with this title or arXiv id (an item the list gained), else an editor's addition.
            var key = Skeleton.ArxivId(what.Trim()) is { } id ? "arxiv:" + id : TextKeys.TitleKey(what);
            entry = seed.Entries.FirstOrDefault(e => key.StartsWith("arxiv:", StringComparison.Ordinal) ? "arxiv:" + e.Arxiv == key
                : TextKeys.TitleKey(e.Title) == key || TextKeys.TitleKey(e.TitleLine) == key);
        }

        var skeleton = Skeleton.For(what, entry);
        if (skeleton is null)
        {
            error.WriteLine($"error: cannot make an id from `{what}`: give the English title as published or an arXiv id such as 2106.09685");
            return 2;
        }
        var file = Path.Combine(contentDir, "papers", skeleton.Id + ".md");
        // The item named with --seed is checked for a claim; one found by the title is found again by the title.
        if (!File.Exists(file) && Existing(what, seedRef is null ? null : entry, contentDir) is { } existing)
        {
            error.WriteLine($"{Paths.Display(existing.Fragment.Path)}: error: this paper already has a fragment ({existing.Why}): edit it, or add a title to its `aliases`");
            return 1;
        }
        if (File.Exists(file))
        {
            error.WriteLine($"{Paths.Display(file)}: error: the file exists; `new` never overwrites (edit it, or pick another id)");
            return 1;
        }
        // The paper joins the changes file's latest entry of that date; a broken changes file stops `new` before it writes.
        var changesDiagnostics = new DiagnosticBag();
        ChangesLoader.Load(contentDir, changesDiagnostics, out var changes);
        if (changesDiagnostics.HasErrors)
        {
            foreach (var d in changesDiagnostics.Sorted()) error.WriteLine(d.ToColonForm());
            return 1;
        }
        var changesFile = Path.Combine(contentDir, ChangesLoader.FileName);

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using (var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            writer.Write(skeleton.Text);
        File.WriteAllBytes(changesFile + ".new~", Encoding.UTF8.GetBytes(ChangesWriter.AddAnnotated(changes, day, skeleton.Id)));
        File.Move(changesFile + ".new~", changesFile, overwrite: true);
        output.WriteLine(Paths.Display(file));
        error.WriteLine(entry is null
            ? $"note: `{skeleton.Id}` is an editor's addition (the list does not name it): it will be shown apart from the curator's list. To annotate a list item, use --seed REF."
            : $"note: `{skeleton.Id}` annotates list item {entry.Ref}.");
        output.WriteLine($"{Paths.Display(changesFile)}: `{skeleton.Id}` recorded as annotated on {ChangesLoader.Iso(day)}");
        return 0;
    }

    /// <summary>
    /// The fragment that already describes what <c>new</c> was asked for: the same title or alias (compared as the build
    /// matches titles: case, width and punctuation aside), the same arXiv id, or a claim on the same list item.
    /// </summary>
    static (Fragment Fragment, string Why)? Existing(string what, SeedEntry? entry, string contentDir)
    {
        if (!Directory.Exists(Path.Combine(contentDir, "papers"))) return null;
        var fragments = FragmentLoader.Load(contentDir, null, new DiagnosticBag(), DateTime.UtcNow.Year); // a broken fragment is check's business, not new's
        var arxiv = Skeleton.ArxivId(what.Trim()) ?? entry?.Arxiv;
        var titles = new[] { Skeleton.ArxivId(what.Trim()) is null ? what : null, entry?.Title }
            .Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => TextKeys.TitleKey(t!)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var f in fragments)
        {
            if (entry is not null && f.Seed.Any(r => r.Ref == entry.Ref)) return (f, $"it claims list item {entry.Ref}");
            if (arxiv is not null && string.Equals(f.Facts.Arxiv, arxiv, StringComparison.OrdinalIgnoreCase)) return (f, $"arXiv {arxiv}");
            if (new[] { f.Facts.Title }.Concat(f.Facts.Aliases).Any(t => titles.Contains(TextKeys.TitleKey(t)))) return (f, $"title “{f.Facts.Title}”");
        }
        return null;
    }
}
