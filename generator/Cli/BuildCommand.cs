using System.CommandLine;
using System.Globalization;
using Bibliography.Model;
using Bibliography.Output;
using Bibliography.Text;
using Bibliography.Content;

namespace Bibliography.Cli;

/// <summary><c>build</c>: reads the seed, content and theme, and writes the site to the output folder.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var command = new Command("build", "Build the site from the seed, the content and the theme into output/");
        options.AddTo(command);
        var pdf = new Option<bool>("--pdf") { Description = "Also print the print editions to PDF, as the pdf command does" };
        var chrome = PdfCommand.ChromeOption();
        command.Options.Add(pdf);
        command.Options.Add(chrome);
        command.SetAction(r => r.GetValue(pdf)
            ? PdfCommand.Run(options.Inputs(r), options.Settings(r), options.OutputDir(r), r.GetValue(chrome))
            : Run(options.Inputs(r), options.Settings(r), options.OutputDir(r)));
        return command;
    }

    public static int Run(BuildInputs inputs, Pages.BuildSettings settings, string output)
    {
        if (SiteWriter.Refusal(output) is { } why)
        {
            Console.Error.WriteLine($"{output}: error BIB501: refusing to write the site there: {why}");
            return 1;
        }
        var refused = new Diagnostics.DiagnosticBag();
        // Every file goes to a staging folder beside the output as soon as it is made; the folder replaces the output
        // only when the whole build succeeded, so a failed build leaves the previous site as it was.
        if (SiteStaging.Begin(output, refused) is not { } staging)
        {
            foreach (var d in refused.Sorted()) Console.Error.WriteLine(d);
            return 1;
        }
        var result = SiteBuilder.Build(inputs, settings, sink: new SiteSink.Staged(staging));
        Reporter.Print(result.Diagnostics);
        if (result.Succeeded)
            Diagnostics.StageTimings.Time("commit", () => staging.Commit(result.Diagnostics));
        else
            staging.Abort();
        if (result.Diagnostics.HasErrors)
        {
            var printed = result.Diagnostics.Sorted().Where(d => d.Code is "BIB501" or "BIB502");
            foreach (var d in printed) Console.Error.WriteLine(d);
            Console.Error.WriteLine($"Build failed: {Count(result.Diagnostics.ErrorCount, "error")}, {Count(result.Diagnostics.WarningCount, "warning")}; {output} was left as it was.");
            return 1;
        }
        Console.WriteLine(Summary(result, output));
        return 0;
    }

    /// <summary>"1 error", "2 errors".</summary>
    public static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    public static string Summary(BuildResult result, string output)
    {
        var bib = result.Bibliography!;
        var withoutFragment = bib.Papers.Where(p => !p.HasFragment).Sum(p => p.Listings.Count);
        var missingEn = bib.Papers.Count(p => p.Writing.Annotation.Html().En is null);
        var missingZh = bib.Papers.Count(p => p.Writing.Annotation.Html().Zh is null);
        var bytes = result.Bytes;
        return string.Create(CultureInfo.InvariantCulture,
            $"Built {result.Pages} pages, {result.FileCount} files ({bytes / 1024.0:0} KiB) for {bib.Papers.Count} papers in {bib.Parts.Count} parts " +
            $"into {Paths.Display(output)} in {result.Elapsed.TotalSeconds:0.00} s: {Count(result.Diagnostics.ErrorCount, "error")}, {Count(result.Diagnostics.WarningCount, "warning")}; " +
            $"seed items without a fragment: {withoutFragment}; papers without an annotation: en {missingEn}, zh {missingZh}.");
    }
}
