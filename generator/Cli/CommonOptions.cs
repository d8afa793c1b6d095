using System.CommandLine;

namespace Bibliography.Cli;

/// <summary>The options every command that reads the inputs shares.</summary>
public sealed class CommonOptions
{
    public Option<string?> Seed { get; } = new("--seed") { Description = "The reading list to build from (default: seeds/llm-multimodal-reading-list.txt)" };
    public Option<string?> Content { get; } = new("--content") { Description = "The content folder: papers/*.md, tags.yml, site.yml (default: content/)" };
    public Option<string?> Theme { get; } = new("--theme") { Description = "The theme folder (default: themes/default/)" };
    public Option<string?> Output { get; } = new("--output") { Description = "Where to write the site (default: output/)" };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "The URL the site is served from, e.g. https://example.org/repo/ (default: /)" };
    public Option<string?> RepoUrl { get; } = new("--repo-url") { Description = "The GitHub repository URL for 'edit this page' links (default: repository in content/site.yml)" };
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Show stack traces of internal errors" };
    public Option<int?> Parallel { get; } = new("--parallel") { Description = "How many threads to use (default: one per core); the output is the same for any number" };

    public CommonOptions()
    {
        Parallel.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1) r.AddError("--parallel takes a whole number of threads, 1 or more");
        });
    }

    public void AddTo(Command command, bool output = true, bool urls = true)
    {
        command.Options.Add(Seed);
        command.Options.Add(Content);
        command.Options.Add(Theme);
        if (output) command.Options.Add(Output);
        if (urls) { command.Options.Add(BaseUrl); command.Options.Add(RepoUrl); }
        command.Options.Add(Parallel);
        command.Options.Add(Verbose);
    }

    public BuildInputs Inputs(ParseResult r)
    {
        var defaults = BuildInputs.Default(RepoRoot.Find());
        return new BuildInputs(r.GetValue(Seed) ?? defaults.Seed, r.GetValue(Content) ?? defaults.Content, r.GetValue(Theme) ?? defaults.Theme);
    }

    public string OutputDir(ParseResult r) => r.GetValue(Output) ?? Path.Combine(RepoRoot.Find(), "output");

    public Pages.BuildSettings Settings(ParseResult r) =>
        new(r.GetValue(BaseUrl), r.GetValue(RepoUrl), ContentDate.Resolve()) { Parallelism = r.GetValue(Parallel) };
}
