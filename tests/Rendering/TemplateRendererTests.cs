using Bibliography.Diagnostics;
using Bibliography.Rendering;
using Scriban;

namespace Bibliography.Tests.Templates; // not .Rendering: that would hide Bibliography.Rendering from other tests

/// <summary>
/// The renderer keeps one Scriban context per thread and evaluates standalone includes straight into the page:
/// neither may change what a page shows.
/// </summary>
public class TemplateRendererTests
{
    static Theme TinyTheme(params (string Name, string Text)[] templates) => new()
    {
        Directory = "tiny-theme",
        Templates = templates.Append(("layouts/base.html", "[{{ content }}]"))
            .ToDictionary(t => t.Item1, t => Template.Parse(t.Item2, t.Item1), StringComparer.Ordinal),
        Strings = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = new Dictionary<string, string> { ["word"] = "a<b" },
            ["zh"] = new Dictionary<string, string> { ["word"] = "甲" },
        },
        Assets = [],
    };

    [Fact]
    public void APageDoesNotSeeAVariableThatAnEarlierPageOnTheSameThreadSet()
    {
        var renderer = new TemplateRenderer(TinyTheme(("layouts/sets.html", "{{ leak = 'x' }}set"), ("layouts/reads.html", "{{ leak }}")));
        var diagnostics = new DiagnosticBag();

        Assert.Equal("[set]", renderer.Render("layouts/sets.html", new object(), new object(), "en", diagnostics));
        Assert.Null(renderer.Render("layouts/reads.html", new object(), new object(), "en", diagnostics));
        Assert.Contains(diagnostics.Sorted(), d => d.Code == Codes.TemplateRuntime && d.Message.Contains("leak"));
    }

    [Fact]
    public void APageRendersTheSameAfterAFailedPageOnTheSameThread()
    {
        var renderer = new TemplateRenderer(TinyTheme(("layouts/fails.html", "{{ missing.member }}"), ("layouts/ok.html", "{{ t.word }}")));
        var diagnostics = new DiagnosticBag();

        Assert.Null(renderer.Render("layouts/fails.html", new object(), new object(), "en", diagnostics));
        Assert.Equal("[a&lt;b]", renderer.Render("layouts/ok.html", new object(), new object(), "en", new DiagnosticBag()));
        Assert.Equal("[甲]", renderer.Render("layouts/ok.html", new object(), new object(), "zh", new DiagnosticBag()));
    }

    [Fact]
    public void AnIncludedPartialPrintsInPlaceAsAStatementAndAsAValue()
    {
        var renderer = new TemplateRenderer(TinyTheme(
            ("partials/word.html", "<b>{{ t.word }}</b>"),
            ("layouts/page.html", "1{{ include 'partials/word.html' }}2|{{ x = include 'partials/word.html' }}{{ x }}|{{ for i in 1..2 }}{{ include 'partials/word.html' }}{{ end }}")));

        var html = renderer.Render("layouts/page.html", new object(), new object(), "en", new DiagnosticBag());

        Assert.Equal("[1<b>a&lt;b</b>2|<b>a&lt;b</b>|<b>a&lt;b</b><b>a&lt;b</b>]", html);
    }

    [Fact]
    public void APageDrawnIntoABufferThatHeldALargerPageShowsOnlyItself()
    {
        // The build draws page after page into one buffer per thread, which keeps the memory of its largest page.
        var renderer = new TemplateRenderer(TinyTheme(("layouts/large.html", "{{ for i in 1..20000 }}<p>{{ i }} 中文</p>{{ end }}"), ("layouts/small.html", "{{ t.word }}")));
        var buffer = new PageBuffer(capacity: 16);

        Assert.True(renderer.Draw("layouts/large.html", new object(), new object(), "zh", new DiagnosticBag(), buffer));
        var large = buffer.ToString();
        Assert.True(renderer.Draw("layouts/small.html", new object(), new object(), "en", new DiagnosticBag(), buffer));

        Assert.Equal("[a&lt;b]", buffer.ToString());
        Assert.StartsWith("[<p>1 中文</p><p>2 中文</p>", large);
        Assert.EndsWith("<p>20000 中文</p>]", large);
        Assert.Equal(renderer.Render("layouts/large.html", new object(), new object(), "zh", new DiagnosticBag()), large);
    }

    [Fact]
    public void AFailedPageLeavesNothingInTheBufferForTheNextPage()
    {
        var renderer = new TemplateRenderer(TinyTheme(("layouts/half.html", "written {{ missing.member }}"), ("layouts/ok.html", "{{ t.word }}")));
        var buffer = new PageBuffer();
        var diagnostics = new DiagnosticBag();

        Assert.False(renderer.Draw("layouts/half.html", new object(), new object(), "en", diagnostics, buffer));
        Assert.Equal(0, buffer.Length);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == Codes.TemplateRuntime);
        Assert.True(renderer.Draw("layouts/ok.html", new object(), new object(), "zh", new DiagnosticBag(), buffer));
        Assert.Equal("[甲]", buffer.ToString());
    }

    [Fact]
    public void EveryValueATemplatePrintsIsEscapedAndMarkupIsNot()
    {
        var renderer = new TemplateRenderer(TinyTheme(("layouts/values.html", "{{ page.text }}|{{ page.markup }}|{{ page.number }}")));
        var view = new EscapeView("Tom & \"Jerry\" <3 'x' & 中文 😀", new Bibliography.Text.Html("<em>kept</em>"), 42);

        Assert.Equal("[Tom &amp; &quot;Jerry&quot; &lt;3 &#39;x&#39; &amp; 中文 😀|<em>kept</em>|42]", renderer.Render("layouts/values.html", view, new object(), "en", new DiagnosticBag()));
        Assert.Equal("Tom &amp; &quot;Jerry&quot; &lt;3 &#39;x&#39; &amp; 中文 😀", Bibliography.Text.Html.Escape(view.Text));
    }

    public sealed record EscapeView(string Text, Bibliography.Text.Html Markup, int Number);
}
