using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Text;

namespace Bibliography.Tests.Robustness;

/// <summary>Inputs that once crashed a parser (or would have killed the process), each now a located error.</summary>
public class CrashRegressionTests
{
    static (Fragment? Fragment, IReadOnlyList<Diagnostic> Errors) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var fragment = FragmentParser.Parse("content/papers/x.md", text, new HashSet<string> { "peft" }, diagnostics, 2100);
        return (fragment, diagnostics.Sorted().Where(d => d.IsError).ToList());
    }

    const string Body = "\n::: en\nA summary.\n:::\n";

    [Fact]
    public void DeeplyNestedFlowListIsAnErrorNotAStackOverflow()
    {
        var (fragment, errors) = Parse("---\nid: x\ntitle: \"T\"\nseed: [\"1.1\"]\ntags: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\n" + Body);
        Assert.Null(fragment);
        var error = Assert.Single(errors);
        Assert.Equal(("BIB103", 5), (error.Code, error.Line));
        Assert.StartsWith("invalid YAML: the YAML is nested more than 64 levels deep", error.Message);
    }

    [Fact]
    public void DeeplyNestedCompactSequenceIsAnErrorNotAStackOverflow()
    {
        var (fragment, errors) = Parse("---\nid: x\ntitle: \"T\"\nseed: [\"1.1\"]\ntags:\n" + string.Concat(Enumerable.Repeat("- ", 50_000)) + "peft\n---\n" + Body);
        Assert.Null(fragment);
        Assert.Equal(("BIB103", 6), (errors.Single().Code, errors.Single().Line));
    }

    [Fact]
    public void UnclosedFlowListIsAnErrorNotAnInvalidOperationException()
    {
        var (_, errors) = Parse("---\nid: x\ntitle: \"T\"\nseed: [\"1.1\"\ntags: [peft]\n---\n" + Body);
        Assert.Equal(("BIB103", 4, 7), (errors.Single().Code, errors.Single().Line, errors.Single().Column));
    }

    [Theory]
    [InlineData(">", "")]
    [InlineData("[", "](y)")]
    [InlineData("*", "*")]
    public void DeeplyNestedMarkdownIsAnErrorNotAnArgumentException(string open, string close)
    {
        var nested = string.Concat(Enumerable.Repeat(open, 100_000)) + "x" + string.Concat(Enumerable.Repeat(close, 100_000));
        var (fragment, errors) = Parse("---\nid: x\ntitle: \"T\"\nseed: [\"1.1\"]\ntags: [peft]\n---\n\n::: en\n" + nested + "\n:::\n");
        Assert.Null(fragment);
        Assert.Equal("BIB114", errors.Single().Code);
        Assert.Contains("nests too deeply", errors.Single().Message);
    }

    [Fact]
    public void PrefaceWithDeeplyNestedMarkdownFallsBackToText()
    {
        var html = Bibliography.Markup.MarkdownRenderer.ToHtml(new string('>', 100_000) + " <b>x</b>");
        Assert.StartsWith("<p>&gt;&gt;&gt;", html);
        Assert.DoesNotContain("<b>", html);
    }
}
