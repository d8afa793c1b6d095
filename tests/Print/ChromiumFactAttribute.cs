using Bibliography.Pdf;

namespace Bibliography.Tests.Print;

/// <summary>
/// A test that needs Chromium and poppler-utils (pdftotext, pdffonts). Skipped with the reason where they are missing
/// on a developer's machine; in CI (CI=true), where .ci/run installs them, it runs and fails instead of skipping.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") == "true") return;
        if (ChromeLocator.Find(null).Path is null)
            Skip = "Chromium is not installed (apt-get install chromium fonts-noto-cjk fonts-sil-charis python3-fonttools poppler-utils, then tools/fonts/install.sh); CI installs it and runs this test";
        else if (PdfTools.Missing() is { } tool)
            Skip = $"{tool} is not installed (apt-get install poppler-utils); CI installs it and runs this test";
    }
}
