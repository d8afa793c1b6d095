using YamlDotNet.RepresentationModel;

namespace Bibliography.Tests.Cli;

/// <summary>The GitHub workflows and issue forms parse as YAML and publish with the actions and least permissions the README promises.</summary>
public class WorkflowTests
{
    static YamlMappingNode Load(string relative)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.Repo, relative))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    static YamlNode At(YamlNode node, params string[] keys) =>
        keys.Aggregate(node, (n, k) => ((YamlMappingNode)n).Children[new YamlScalarNode(k)]);

    static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)At(workflow, "jobs")).Children.Values.SelectMany(job => ((YamlSequenceNode)At(job, "steps")).Cast<YamlMappingNode>());

    static string UsesOf(YamlMappingNode step) =>
        step.Children.TryGetValue(new YamlScalarNode("uses"), out var uses) ? uses.ToString() : "";

    static List<string> Uses(YamlMappingNode workflow) =>
        Steps(workflow).Select(UsesOf).Where(u => u.Length > 0).Select(u => u.Split('@')[0]).ToList();

    static List<string> Runs(YamlMappingNode workflow) =>
        Steps(workflow).Where(s => s.Children.ContainsKey(new YamlScalarNode("run"))).Select(s => At(s, "run").ToString()).ToList();

    [Fact]
    public void PagesWorkflowPublishesMainWithLeastPermissions()
    {
        var wf = Load(".github/workflows/pages.yml");

        Assert.Contains("main", ((YamlSequenceNode)At(wf, "on", "push", "branches")).Select(n => n.ToString()));
        var permissions = ((YamlMappingNode)At(wf, "permissions")).Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString());
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["pages"] = "write", ["id-token"] = "write" }, permissions);
        Assert.Equal("pages", At(wf, "concurrency", "group").ToString());
        Assert.Equal(
            ["actions/checkout", "actions/setup-dotnet", "actions/setup-node", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"],
            Uses(wf));
        Assert.Equal("10.0.x", At(Steps(wf).Single(s => UsesOf(s).StartsWith("actions/setup-dotnet")), "with", "dotnet-version").ToString());
        var runs = Runs(wf);
        Assert.Contains("bash .ci/run", runs);
        Assert.Contains(runs, r => r.StartsWith("dotnet run --project generator -- build --pdf --output output") && r.Contains("${{ steps.pages.outputs.base_url }}"));
        Assert.Contains(runs, r => r.Contains("apt-get install") && r.Contains("chromium") && r.Contains("fonts-noto-cjk"));
        Assert.Equal("output", At(Steps(wf).Single(s => UsesOf(s).StartsWith("actions/upload-pages-artifact")), "with", "path").ToString());
    }

    [Fact]
    public void PullRequestWorkflowRunsTheTestsAndStrictCheck()
    {
        var wf = Load(".github/workflows/pr.yml");

        Assert.True(((YamlMappingNode)At(wf, "on")).Children.ContainsKey(new YamlScalarNode("pull_request")));
        Assert.Equal("read", At(wf, "permissions", "contents").ToString());
        Assert.Equal(["actions/checkout", "actions/setup-dotnet", "actions/setup-node"], Uses(wf));
        Assert.Equal(["bash .ci/run", "dotnet run --project generator -- check --strict"], Runs(wf).Where(r => !r.StartsWith("apt-get") && !r.StartsWith("git config")));
    }

    /// <summary>
    /// .ci/run installs Debian's packages (chromium, fonts-noto-cjk): on Ubuntu's runners `chromium` is a snap stub,
    /// so every job that runs it runs in a Debian 12 container, with git, ICU and Node 20 set up first.
    /// </summary>
    [Theory]
    [InlineData(".github/workflows/pages.yml", "build")]
    [InlineData(".github/workflows/pr.yml", "check")]
    public void JobsThatRunCiRunInTheDebianItIsWrittenFor(string file, string job)
    {
        var wf = Load(file);
        Assert.Equal("debian:bookworm", At(wf, "jobs", job, "container", "image").ToString());
        Assert.Contains("--shm-size", At(wf, "jobs", job, "container", "options").ToString());
        var runs = Runs(wf);
        var prepare = runs.FindIndex(r => r.Contains("apt-get install") && r.Contains("git") && r.Contains("libicu72"));
        Assert.True(prepare >= 0 && prepare < runs.IndexOf("bash .ci/run"), "git and ICU are installed before the tests run");
        Assert.Equal("20", At(Steps(wf).Single(s => UsesOf(s).StartsWith("actions/setup-node")), "with", "node-version").ToString());
    }

    [Fact]
    public void WorkflowsRunTheTestsTheWayCiAndTheReadmeDo()
    {
        Assert.True(File.Exists(Path.Combine(TestPaths.Repo, ".ci", "run")));
        var readme = File.ReadAllText(Path.Combine(TestPaths.Repo, "README.md"));
        Assert.Contains("dotnet run --project generator -- check --strict", readme);
        Assert.Contains("dotnet test Bibliography.sln", File.ReadAllText(Path.Combine(TestPaths.Repo, ".ci", "run")));
    }

    [Theory]
    [InlineData("add-paper.yml")]
    [InlineData("fix-fact.yml")]
    [InlineData("add-translation.yml")]
    public void IssueFormsAreFormsWithRequiredFields(string file)
    {
        var form = Load(".github/ISSUE_TEMPLATE/" + file);

        Assert.False(string.IsNullOrWhiteSpace(At(form, "name").ToString()));
        Assert.False(string.IsNullOrWhiteSpace(At(form, "description").ToString()));
        var body = ((YamlSequenceNode)At(form, "body")).Cast<YamlMappingNode>().ToList();
        Assert.All(body, b => Assert.Contains(At(b, "type").ToString(), new[] { "markdown", "input", "textarea", "dropdown", "checkboxes" }));
        Assert.Contains(body, b => b.Children.ContainsKey(new YamlScalarNode("validations")) && At(b, "validations", "required").ToString() == "true");
    }
}
