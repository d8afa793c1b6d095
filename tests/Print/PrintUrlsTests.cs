using Bibliography.Pages;

namespace Bibliography.Tests.Print;

/// <summary>How the print edition writes web addresses: short, breakable only after a slash or before a dot.</summary>
public class PrintUrlsTests
{
    [Theory]
    [InlineData("https://github.com/openai/gpt-2", "github.com/openai/gpt-2")]
    [InlineData("https://www.example.org/a/b/?q=1#x", "example.org/a/b")]
    [InlineData("http://example.org/", "example.org")]
    [InlineData("https://example.org/caf%C3%A9", "example.org/café")]
    [InlineData("not an address", "not an address")]
    [InlineData("javascript:alert(1)", "javascript:alert(1)")]
    public void AddressesAreShortenedToHostAndPath(string url, string expected) => Assert.Equal(expected, PrintUrls.Short(url));

    [Fact]
    public void ShortAddressesBreakOnlyAfterASlashOrBeforeADot() =>
        Assert.Equal("<span class=\"nobr\">cdn</span><wbr><span class=\"nobr\">.openai</span><wbr><span class=\"nobr\">.com/</span><wbr><span class=\"nobr\">language-unsupervised/</span><wbr><span class=\"nobr\">paper</span><wbr><span class=\"nobr\">.pdf</span>",
            PrintUrls.Breakable("cdn.openai.com/language-unsupervised/paper.pdf").Value);

    [Fact]
    public void TextIsEscapedInsideTheBreakableAddress() =>
        Assert.Equal("<span class=\"nobr\">a&lt;b&amp;c</span>", PrintUrls.Breakable("a<b&c").Value);

    [Fact]
    public void ProseLinksGetTheirShortAddressUnlessTheirTextNamesIt()
    {
        var html = "<p>See <a href=\"https://arxiv.org/abs/1810.04805\" rel=\"noopener\">arXiv:1810.04805</a> and <a href=\"https://example.org/paper?x=1&amp;y=2\" rel=\"noopener\">the paper</a>, and <a class=\"xref\" href=\"#item-1-2\">1.2</a>.</p>";
        Assert.Equal("<p>See <a class=\"shows-target\" href=\"https://arxiv.org/abs/1810.04805\" rel=\"noopener\">arXiv:1810.04805</a> and " +
                     "<a class=\"shows-target\" href=\"https://example.org/paper?x=1&amp;y=2\" rel=\"noopener\">the paper</a><span class=\"print-url\"> (<span class=\"nobr\">example</span><wbr><span class=\"nobr\">.org/</span><wbr><span class=\"nobr\">paper</span>)</span>, " +
                     "and <a class=\"xref\" href=\"#item-1-2\">1.2</a>.</p>", PrintUrls.ShowAddresses(html));
    }

    [Fact]
    public void AddressesSpelledOutInACuratorsLineGetBreakOpportunities() =>
        Assert.Equal("MetaICL ~ <span class=\"nobr\">https://</span><wbr><span class=\"nobr\">arxiv</span><wbr><span class=\"nobr\">.org/</span><wbr><span class=\"nobr\">pdf/</span><wbr><span class=\"nobr\">2110</span><wbr><span class=\"nobr\">.15943</span><wbr><span class=\"nobr\">.pdf</span>",
            PrintUrls.BreakAddresses(new Bibliography.Text.Html("MetaICL ~ https://arxiv.org/pdf/2110.15943.pdf")).Value);
}
