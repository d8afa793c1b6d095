using System.CommandLine;
using Bibliography.Cli;

// The composition root: parse the command line, run one command, return its exit code
// (0 ok, 1 errors in the input, 2 bad command line, 70 internal error).
var root = new RootCommand("Bibliography: builds the bilingual annotated bibliography site from the seed list and content fragments.")
{
    BuildCommand.Create(),
    PdfCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    UpdateSeedCommand.Create(),
    ServeCommand.Create(),
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var e in parsed.Errors) Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine("Run with --help to see the commands and options.");
    return 2;
}
try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    Console.Error.WriteLine($"internal error: {e.Message}");
    if (args.Contains("--verbose")) Console.Error.WriteLine(e);
    else Console.Error.WriteLine("This is a bug in the generator, not in your input. Run again with --verbose for the stack trace and report it.");
    return 70;
}
