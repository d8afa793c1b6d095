namespace Bibliography.Tests.Browser;

/// <summary>
/// Numbers the CI log should show (vnu errors, axe violations, Lighthouse scores): each test writes its line to
/// <c>test-results/summary/NAME.txt</c>, and <c>.ci/run</c> prints them after the test run.
/// </summary>
public static class CiSummary
{
    public static string Folder => Path.Combine(Tab.ResultsFolder, "summary");

    public static void Record(string name, string text)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, name + ".txt"), text.TrimEnd() + "\n");
    }
}
