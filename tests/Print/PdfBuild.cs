using Bibliography.Cli;
using Bibliography.Pages;

namespace Bibliography.Tests.Print;

/// <summary>Runs the real <c>pdf</c> command on the real site once, into a temp folder, for all the PDF tests.</summary>
public sealed class PdfBuild : IDisposable
{
    public PdfBuild()
    {
        Output = Path.Combine(TestPaths.TempDir(), "site");
        ExitCode = PdfCommand.Run(TestPaths.RealInputs, new BuildSettings("https://example.org/bibliography/", null, "2026-01-01"), Output, null);
        Site = SiteBuilder.Build(TestPaths.RealInputs, BuildSettings.Default).Bibliography!;
    }

    public string Output { get; }
    public int ExitCode { get; }
    public global::Bibliography.Model.Bibliography Site { get; }

    public string Pdf(string lang) => Path.Combine(Output, "pdf", $"bibliography.{lang}.pdf");

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(Output)!, true); } catch (IOException) { }
    }
}
