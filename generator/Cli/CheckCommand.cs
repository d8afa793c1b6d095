using System.CommandLine;
using Bibliography.Checks;
using Bibliography.Diagnostics;
using Bibliography.Model;

namespace Bibliography.Cli;

/// <summary>
/// <c>check</c>: runs the whole build in memory (seed, fragments, model, theme, every page, the site checks) without
/// writing anything, adds the contribution rules (placeholders left by <c>new</c>, stale translations), and prints
/// each problem as <c>path:line:column: error|warning: message [CODE]</c>, then the translation status and one summary line.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too (missing translation, seed item without a fragment, stale translation)" };
        var command = new Command("check", "Check the seed, every fragment, the theme and the built site without writing anything");
        options.AddTo(command, output: false);
        command.Options.Add(strict);
        command.SetAction(r => Run(options.Inputs(r), options.Settings(r), r.GetValue(strict), Console.Out));
        return command;
    }

    public static int Run(BuildInputs inputs, Pages.BuildSettings settings, bool strict, TextWriter output)
    {
        var result = SiteBuilder.Build(inputs, settings, sink: new SiteSink.Discard());
        var translations = result.Bibliography is { } bib ? TranslationStatus.Of(bib) : [];
        var diagnostics = result.Diagnostics.Sorted().Concat(TranslationsAreCurrent.Check(translations));
        var sorted = diagnostics.Distinct().Order(Diagnostic.Order).ToList();

        foreach (var d in sorted)
        {
            output.WriteLine(d.ToColonForm());
            if (Reporter.InGitHubActions) output.WriteLine(d.ToGitHubForm());
        }
        if (result.Bibliography is not null) TranslationReport.Print(translations, output);

        var errors = sorted.Count(d => d.IsError);
        var warnings = sorted.Where(d => !d.IsError).ToList();
        var counted = warnings.Count(CountsForStrict);
        var failed = errors > 0 || strict && counted > 0;
        var aboutSeed = warnings.Count - counted;
        output.WriteLine(
            $"Checked {(result.Bibliography is { } b ? $"{b.Papers.Count(p => p.HasFragment)} fragments, {b.Papers.Count} papers, {result.Pages} pages" : "the inputs")}: " +
            $"{BuildCommand.Count(errors, "error")}, {BuildCommand.Count(warnings.Count, "warning")}" +
            (aboutSeed > 0 ? $" ({aboutSeed} about the list as exported, which --strict does not count)" : "") +
            (failed ? " — failed" + (errors == 0 ? " (--strict)" : "") : " — ok"));
        return failed ? 1 : 0;
    }

    /// <summary>
    /// Warnings about the seed as exported (a heading's count that disagrees with its list) describe the curator's
    /// text, which no contribution fixes; every other warning is something a contributor can act on.
    /// </summary>
    static bool CountsForStrict(Diagnostic d) => !d.Code.StartsWith("BIB0", StringComparison.Ordinal);
}
