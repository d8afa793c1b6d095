using System.CommandLine;
using System.Globalization;
using System.Text;
using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Model;
using Bibliography.Seed;
using Bibliography.Text;

namespace Bibliography.Cli;

/// <summary>
/// <c>update-seed NEW_EXPORT [--write] [--date YYYY-MM-DD]</c>: compares a new export of the list with the seed and
/// prints what changed, item by item (<see cref="SeedUpdateReport"/>). With <c>--write</c> it takes the new export:
/// the seed becomes it byte for byte, the fragments whose items moved get their refs moved (<see cref="SeedRefEditor"/>),
/// and <c>content/changes.yml</c> gets one dated entry. The date is never the clock's, so the files are reproducible.
/// </summary>
public static class UpdateSeedCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var export = new Argument<string>("new-export") { Description = "The new export of the list: the text saved from the blog, as seeds/llm-multimodal-reading-list.txt" };
        var write = new Option<bool>("--write") { Description = "Replace the seed with the new export, move the refs of the fragments whose items moved, and append the changes to content/changes.yml" };
        var date = new Option<string?>("--date") { Description = "The date of the changes.yml entry, YYYY-MM-DD (default: SOURCE_DATE_EPOCH; --write needs one of them)" };
        var command = new Command("update-seed", "Compare a new export of the list with the seed, item by item; with --write, take it and move the fragments' refs")
        {
            export, write, date, options.Seed, options.Content, options.Verbose,
        };
        command.SetAction(r =>
        {
            var inputs = options.Inputs(r);
            return Run(r.GetValue(export)!, inputs.Seed, inputs.Content, r.GetValue(write), r.GetValue(date), Console.Out, Console.Error);
        });
        return command;
    }

    /// <param name="fallbackDate">The date when <paramref name="date"/> is not given: SOURCE_DATE_EPOCH's by default.</param>
    public static int Run(string newExport, string seedFile, string contentDir, bool write, string? date, TextWriter output, TextWriter error,
        Func<string?>? fallbackDate = null)
    {
        DateOnly? day = null;
        if (date is not null || write)
        {
            var text = date ?? (fallbackDate ?? ContentDate.Resolve)();
            if (text is null)
            {
                error.WriteLine("error: --write records the changes in content/changes.yml under a date, and takes it from --date or SOURCE_DATE_EPOCH, never the clock: pass --date YYYY-MM-DD");
                return 2;
            }
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                error.WriteLine($"error: --date takes a date written as YYYY-MM-DD, e.g. 2026-12-05; got `{text}`");
                return 2;
            }
            day = parsed;
        }

        // Both lists, then every fragment: update-seed must know which item each one annotates.
        var diagnostics = new DiagnosticBag();
        var current = SeedLoader.Load(seedFile, diagnostics);
        var exportDiagnostics = new DiagnosticBag();
        var (next, exportBytes) = ReadExport(newExport, exportDiagnostics);
        diagnostics.AddRange(exportDiagnostics.Sorted());
        foreach (var d in exportDiagnostics.Sorted().Where(d => !d.IsError)) error.WriteLine(d.ToColonForm());
        if (current is null || next is null || diagnostics.HasErrors) return Fail(diagnostics, error, null);

        var fragments = FragmentLoader.Load(contentDir, null, diagnostics, int.MaxValue);
        var changes = write ? ChangesFileText(contentDir, diagnostics) : null;
        if (diagnostics.HasErrors)
            return Fail(diagnostics, error, "update-seed reads every fragment to know which list item it annotates, and the changes file to add to it: fix these first");

        var update = SeedUpdate.Plan(current, next, fragments);
        SeedUpdateReport.Print(current, next, update, output);
        return write ? Write(update, seedFile, exportBytes!, contentDir, changes, day!.Value, output, error) : 0;
    }

    /// <summary>The new export's bytes and what they parse to; one located error when they cannot be read as a list.</summary>
    static (SeedDocument? Seed, byte[]? Bytes) ReadExport(string file, DiagnosticBag diagnostics)
    {
        var display = Paths.Display(file);
        if (!File.Exists(file))
        {
            diagnostics.Error(Codes.SeedUnreadable, Directory.Exists(file) ? "the new export is a folder, not the list's text" : "the new export does not exist; give the path of the text saved from the blog", display);
            return (null, null);
        }
        byte[] bytes;
        try { bytes = File.ReadAllBytes(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.SeedUnreadable, $"cannot read the new export: {e.Message}", display);
            return (null, null);
        }
        var text = SourceFile.DecodeUtf8(bytes, display, diagnostics, Codes.SeedNotUtf8);
        return (text is null ? null : SeedParser.Parse(display, text, diagnostics), bytes);
    }

    /// <summary>The changes file's text, checked first: a broken file is not appended to (null when there is none yet).</summary>
    static string? ChangesFileText(string contentDir, DiagnosticBag diagnostics)
    {
        ChangesLoader.Load(contentDir, diagnostics, out var text);
        return text;
    }

    /// <summary>
    /// Every new text is made before anything is written (a fragment whose refs cannot be edited stops it all); then the
    /// fragments, the changes file and, last, the seed are replaced, each through a temporary file.
    /// </summary>
    static int Write(SeedUpdate update, string seedFile, byte[] export, string contentDir, string? changes, DateOnly date, TextWriter output, TextWriter error)
    {
        var diagnostics = new DiagnosticBag();
        var files = new List<(string File, byte[] Bytes, string Note)>();
        foreach (var move in update.Moves)
        {
            var f = move.Fragment;
            var file = FragmentFile(contentDir, f);
            var text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(file));
            if (SeedRefEditor.Rewrite(text, move.Refs) is not { } rewritten)
            {
                var pos = f.PosOf("seed");
                diagnostics.Error(Codes.BadRef, $"cannot move its refs ({Refs(move)}): write `seed` as a list of quoted refs, e.g. seed: [\"2.14\"], and run update-seed again", f.Path, pos.Line, pos.Column);
                continue;
            }
            files.Add((file, Encoding.UTF8.GetBytes(rewritten), $"refs {Refs(move)}"));
        }
        var list = update.ToListChanges();
        var changesFile = Path.Combine(contentDir, ChangesLoader.FileName);
        if (!list.IsEmpty)
            files.Add((changesFile, Encoding.UTF8.GetBytes(ChangesWriter.Append(changes, new ChangeEntry(date, list, [], Bilingual.Empty, new SourcePos(0, 0)))),
                $"the list's changes under {ChangesLoader.Iso(date)}"));
        files.Add((seedFile, export, "the new export"));
        if (diagnostics.HasErrors) return Fail(diagnostics, error, "nothing was written");

        foreach (var (file, bytes, note) in files)
        {
            var temporary = file + ".update-seed~";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, file, overwrite: true);
            output.WriteLine($"wrote {Paths.Display(file)}: {note}");
        }
        if (list.IsEmpty) output.WriteLine($"{Paths.Display(changesFile)}: nothing to record, the list's items and parts are unchanged");
        return 0;
    }

    /// <summary>The fragment's file: its path as loaded, relative to the working directory or absolute.</summary>
    static string FragmentFile(string contentDir, Fragment f) => Path.Combine(contentDir, "papers", Path.GetFileName(f.Path));

    static string Refs(RefMove move) => string.Join(", ", move.Refs.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} → {r.Value}"));

    static int Fail(DiagnosticBag diagnostics, TextWriter error, string? why)
    {
        foreach (var d in diagnostics.Sorted().Where(d => d.IsError)) error.WriteLine(d.ToColonForm());
        if (why is not null) error.WriteLine($"update-seed: {why}.");
        return 1;
    }
}
