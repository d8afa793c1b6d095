using System.CommandLine;
using System.Globalization;
using Bibliography.Model;
using Bibliography.Pages;
using Bibliography.Pdf;
using Bibliography.Text;

namespace Bibliography.Cli;

/// <summary>
/// <c>pdf</c>: builds the site with the print editions printed to <c>pdf/bibliography.en.pdf</c> and
/// <c>pdf/bibliography.zh.pdf</c> by headless Chromium (the same as <c>build --pdf</c>).
/// </summary>
public static class PdfCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var chrome = ChromeOption();
        var command = new Command("pdf", "Build the site with PDFs of the print editions in output/pdf/, printed by headless Chromium");
        options.AddTo(command);
        command.Options.Add(chrome);
        command.SetAction(r => Run(options.Inputs(r), options.Settings(r), options.OutputDir(r), r.GetValue(chrome)));
        return command;
    }

    public static Option<string?> ChromeOption() =>
        new("--chrome") { Description = "The Chromium or Chrome that prints the PDFs (default: CHROME_PATH, then the usual install paths)" };

    public static int Run(BuildInputs inputs, BuildSettings settings, string output, string? chrome)
    {
        var (browser, problem) = ChromeLocator.Find(chrome);
        if (browser is null)
        {
            Console.Error.WriteLine($"error {Diagnostics.Codes.PdfBrowserMissing}: cannot print the PDFs: {problem}.");
            Console.Error.WriteLine($"To print them, {ChromeLocator.InstallHint}.");
            return 1;
        }
        var status = BuildCommand.Run(inputs, settings with { PdfChrome = browser }, output);
        if (status == 0)
            foreach (var lang in LangCodes.All)
            {
                var file = new FileInfo(Path.Combine(output, PagePlanner.PdfPath(lang)));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"PDF {Paths.Display(file.FullName)}: {file.Length / 1024.0:0} KiB"));
            }
        return status;
    }
}
