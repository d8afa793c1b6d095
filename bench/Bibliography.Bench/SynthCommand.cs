using System.CommandLine;
using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Model;
using Bibliography.Seed;
using Bibliography.Text;
using Bibliography.Cli;

namespace Bibliography.Bench;

/// <summary>
/// <c>synth</c>: writes a synthetic corpus of N papers for benchmarks (<c>--papers N --out DIR</c>), and/or converts
/// a seed and content folder into an equivalent Hugo site (<c>--hugo DIR</c>), so both tools build the same pages.
/// </summary>
public static class SynthCommand
{
    public static Command Create()
    {
        var papers = new Option<int?>("--papers") { Description = "How many synthetic papers to write (needs --out)" };
        var output = new Option<string?>("--out") { Description = "Where to write the synthetic corpus: seed.txt, papers/, tags.yml, site.yml" };
        var hugo = new Option<string?>("--hugo") { Description = "Also write the inputs (default: the corpus just written, else --seed/--content) as a Hugo site into this folder" };
        var uneven = new Option<bool>("--uneven") { Description = "Uneven parts: part 2 holds 1 200 items, part 6 three, the others the rest" };
        var common = new CommonOptions();
        var command = new Command("synth", "Write a deterministic synthetic corpus for benchmarks, and/or convert inputs into an equivalent Hugo site") { papers, output, hugo, uneven };
        common.AddTo(command, output: false, urls: false);
        command.SetAction(r =>
        {
            var inputs = common.Inputs(r);
            if (r.GetValue(papers) is { } n)
            {
                if (r.GetValue(output) is not { } dir || n < 1)
                {
                    Console.Error.WriteLine("error: synth --papers N needs N ≥ 1 and --out DIR");
                    return 2;
                }
                // The corpus borrows the tag vocabulary and the site frame of a real content folder (--content, else the repository's).
                if (!File.Exists(Path.Combine(inputs.Content, "tags.yml")) || !File.Exists(Path.Combine(inputs.Content, "site.yml")))
                {
                    Console.Error.WriteLine($"error: synth copies tags.yml and site.yml from a content folder, and {Paths.Display(inputs.Content)} has none: run it inside the repository or pass --content DIR");
                    return 2;
                }
                SynthCorpus.Write(n, dir, inputs.Content, r.GetValue(uneven));
                Console.WriteLine($"Wrote {n} synthetic papers to {Paths.Display(dir)}: build them with `build --seed {Path.Combine(dir, "seed.txt")} --content {dir}`");
                if (r.GetValue(common.Seed) is null) inputs = inputs with { Seed = Path.Combine(dir, "seed.txt"), Content = dir };
            }
            if (r.GetValue(hugo) is not { } hugoDir) return 0;
            return ToHugo(inputs, hugoDir);
        });
        return command;
    }

    static int ToHugo(BuildInputs inputs, string hugoDir)
    {
        var diagnostics = new DiagnosticBag();
        var seed = SeedLoader.Load(inputs.Seed, diagnostics);
        var tags = SiteLoader.LoadTags(inputs.Content, diagnostics);
        var site = SiteLoader.LoadSite(inputs.Content, diagnostics);
        var fragments = FragmentLoader.Load(inputs.Content, tags.Select(t => t.Id).ToHashSet(StringComparer.Ordinal), diagnostics, DateTime.UtcNow.Year);
        Model.Bibliography? bib = seed is null || diagnostics.HasErrors ? null : ModelBuilder.Build(seed, fragments, tags, site, diagnostics);
        if (bib is null || diagnostics.HasErrors)
        {
            Reporter.Print(diagnostics);
            return 1;
        }
        HugoSite.Write(bib, inputs.Content, hugoDir);
        Console.WriteLine($"Wrote a Hugo site of {bib.Papers.Count} papers to {Paths.Display(hugoDir)}: build it with `hugo -s {hugoDir}`");
        return 0;
    }
}
