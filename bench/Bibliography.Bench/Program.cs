using System.CommandLine;
using Bibliography.Bench;

// The benchmark's own command line: `synth` writes synthetic corpora and Hugo twins (bench/run.sh).
var root = new RootCommand("Bibliography benchmark tools: synthetic corpora and their Hugo twins.") { SynthCommand.Create(), StagesCommand.Create() };
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var e in parsed.Errors) Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
return parsed.Invoke();
