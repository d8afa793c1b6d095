using System.Text.RegularExpressions;

namespace Bibliography.Tests.Robustness;

/// <summary>What one run of the command line did: exit code, standard output and standard error.</summary>
public sealed record CliRun(int ExitCode, string Out, string Err)
{
    /// <summary>The error lines (<c>file(line,col): error BIBnnn: message</c>) in the order they were printed.</summary>
    public IReadOnlyList<string> Errors => Lines(Err).Where(l => Cli.DiagnosticLine.Match(l) is { Success: true } m && m.Groups["kind"].Value == "error").ToList();

    public IReadOnlyList<string> Warnings => Lines(Err).Where(l => Cli.DiagnosticLine.Match(l) is { Success: true } m && m.Groups["kind"].Value == "warning").ToList();

    /// <summary>True when anything printed looks like a .NET stack trace.</summary>
    public bool HasStackTrace => Regex.IsMatch(Out + Err, @"^\s+at \S+\(.*\)", RegexOptions.Multiline) || (Out + Err).Contains("Exception:");

    /// <summary>Both streams with a folder's path removed, so messages read as they would from inside it.</summary>
    public CliRun RelativeTo(string root) =>
        this with { Out = Out.Replace(root.TrimEnd('/') + "/", ""), Err = Err.Replace(root.TrimEnd('/') + "/", "") };

    static IEnumerable<string> Lines(string s) => s.Split('\n').Select(l => l.TrimEnd('\r'));
}

/// <summary>
/// Runs the real command line (the generator's <c>Main</c>, argument parsing and exit codes included) in this process,
/// capturing what it prints. Runs are serialised because the console is one per process.
/// </summary>
public static partial class Cli
{
    static readonly Lock Gate = new();

    public static readonly Regex DiagnosticLine = DiagnosticPattern();

    public static CliRun Run(params string[] args)
    {
        var entry = typeof(SiteBuilder).Assembly.EntryPoint ?? throw new InvalidOperationException("the generator has no entry point");
        lock (Gate)
        {
            var (stdout, stderr) = (Console.Out, Console.Error);
            var (o, e) = (new StringWriter(), new StringWriter());
            Console.SetOut(o);
            Console.SetError(e);
            try
            {
                var code = (int)entry.Invoke(null, [args])!;
                return new CliRun(code, o.ToString(), e.ToString());
            }
            finally
            {
                Console.SetOut(stdout);
                Console.SetError(stderr);
            }
        }
    }

    /// <summary><c>build</c> with explicit inputs and output, as a user would type it.</summary>
    public static CliRun Build(BuildInputs inputs, string output, params string[] more) =>
        Run(["build", "--seed", inputs.Seed, "--content", inputs.Content, "--theme", inputs.Theme, "--output", output, .. more]);

    [GeneratedRegex(@"^(?<file>.+?)(\((?<line>\d+),(?<col>\d+)\))?: (?<kind>error|warning) (?<code>BIB\d{3}): (?<message>.*)$")]
    private static partial Regex DiagnosticPattern();
}
