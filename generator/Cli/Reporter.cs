using Bibliography.Diagnostics;

namespace Bibliography.Cli;

/// <summary>Prints diagnostics to stderr (and GitHub's annotation form under Actions) and the one-line summary.</summary>
public static class Reporter
{
    public static bool InGitHubActions => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";

    public static void Print(DiagnosticBag diagnostics, TextWriter? to = null, bool colonForm = false)
    {
        to ??= Console.Error;
        foreach (var d in diagnostics.Sorted())
        {
            to.WriteLine(colonForm ? d.ToColonForm() : d.ToString());
            if (InGitHubActions) Console.Out.WriteLine(d.ToGitHubForm());
        }
    }
}
