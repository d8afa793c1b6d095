using Bibliography.Cli;
using Bibliography.Pages;

namespace Bibliography.Tests.Print;

/// <summary>Runs the real <c>pdf</c> command on the real site once, into a temp folder, for all the PDF tests.</summary>
public sealed class PdfBuild : IDisposable
{
    public PdfBuild()
    {
        Output = Path.Combine(TestPaths.TempDir(), "site");
        ExitCode = PdfCommand.Run(TestPaths.RealInputs, Settings, Output, null);
        Site = SiteBuilder.Build(TestPaths.RealInputs, BuildSettings.Default).Bibliography!;
    }

    /// <summary>The settings of the PDF build: a base URL (so the title page shows the site's address) and a content date.</summary>
    public static BuildSettings Settings { get; } = new("https://example.org/bibliography/", null, "2026-01-01");

    public string Output { get; }
    public int ExitCode { get; }
    public global::Bibliography.Model.Bibliography Site { get; }

    public string Pdf(string lang) => Path.Combine(Output, "pdf", $"bibliography.{lang}.pdf");

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(Output)!, true); } catch (IOException) { }
    }
}
