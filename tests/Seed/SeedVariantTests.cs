using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Diagnostics;
using Bibliography.Seed;

namespace Bibliography.Tests.Seed;

/// <summary>The parser is not tuned to one file: the same list exported differently gives the same structure.</summary>
public class SeedVariantTests
{
    static readonly string Real = File.ReadAllText(TestPaths.RealSeed);

    static SeedDocument Parse(string text, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        var doc = SeedParser.Parse("variant.txt", text, diagnostics);
        Assert.NotNull(doc);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return doc!;
    }

    /// <summary>What a reader would compare: per part, the refs and titles of every entry.</summary>
    static string Shape(SeedDocument doc) =>
        string.Join("\n", doc.Parts.Select(p => $"{p.Number} {p.Title}: " + string.Join(" | ", p.Items.SelectMany(i => i.Entries).Select(e => $"{e.Ref} {e.Title}"))));

    static readonly string Expected = Shape(Parse(Real, out _));

    public static TheoryData<string> Variants => new()
    {
        "crlf", "bom", "tabs", "full-width-headings", "half-width-headings", "extra-blank-lines", "no-blank-lines", "trailing-spaces", "cr-only",
    };

    static string Apply(string variant) => variant switch
    {
        "crlf" => Real.Replace("\n", "\r\n"),
        "cr-only" => Real.Replace("\n", "\r"),
        "bom" => "\uFEFF" + Real,
        "tabs" => Regex.Replace(Real, "^( +)", m => new string('\t', Math.Max(1, m.Length / 2)), RegexOptions.Multiline),
        "full-width-headings" => Regex.Replace(Real, @"^(第.部分.*)\((\d+)篇,总(\d+)篇\)$",
            m => $"{m.Groups[1].Value}（{FullWidth(m.Groups[2].Value)}篇，总{FullWidth(m.Groups[3].Value)}篇）", RegexOptions.Multiline),
        "half-width-headings" => Regex.Replace(Real, @"^第(.)部分", m => $"第{" 一二三四五六七".IndexOf(m.Groups[1].Value[0])}部分", RegexOptions.Multiline),
        "extra-blank-lines" => Regex.Replace(Real, "\n", "\n\n"),
        "no-blank-lines" => Regex.Replace(Real, "\n(\\s*\n)+", "\n"),
        "trailing-spaces" => Real.Replace("\n", "  \n"),
        _ => throw new ArgumentException(variant),
    };

    static string FullWidth(string digits) => new(digits.Select(c => (char)(c - '0' + '０')).ToArray());

    [Theory]
    [MemberData(nameof(Variants))]
    public void SameListExportedDifferentlyGivesTheSameStructure(string variant)
    {
        var doc = Parse(Apply(variant), out _);
        var shape = Shape(doc);
        if (variant == "no-blank-lines")
        {
            // Without blank lines nothing separates a second paper from a note, so 2.23 and 2.24 hold one paper each.
            Assert.Equal(100, doc.Items.Count() - 2);
            Assert.Equal(102, doc.Entries.Count());
            return;
        }
        Assert.Equal(Expected, shape);
    }

    [Fact]
    public void TableOfContentsWithFullWidthCountsStillWarnsAboutTheDisagreement()
    {
        Parse(Apply("full-width-headings"), out var diagnostics);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == Codes.SeedCountMismatch && d.Message.Contains("34"));
    }

    [Fact]
    public void AnItemInsertedEarlyRenumbersTheRestOfThePart()
    {
        var doc = Parse(SeedEdits.WithItemInsertedInPartTwo(Real), out _);
        Assert.Equal(39, doc.Parts[1].Items.Count);
        Assert.Equal("A Newly Inserted Paper on Prompting", doc.Entries.Single(e => e.Ref == "2.2").Title);
        Assert.Equal("Rethinking the Role of Demonstrations: What Makes In-Context Learning Work?", doc.Entries.Single(e => e.Ref == "2.3").Title);
        Assert.Equal(["2.24a", "2.24b"], doc.Items.Single(i => i.Ref == "2.24").Entries.Select(e => e.Ref));
    }

    [Fact]
    public void AnItemRemovedAndRenumberedShrinksThePart()
    {
        var text = SeedEdits.Renumber(Real.Replace("  2. Language Models are Unsupervised Multitask Learners\n    GPT2原始论文\n", ""), "第一部分");
        var doc = Parse(text, out var diagnostics);
        Assert.Equal(10, doc.Parts[0].Items.Count);
        Assert.Equal("Language Models are Few-Shot Learners", doc.Entries.Single(e => e.Ref == "1.2").Title);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == Codes.SeedCountMismatch && d.Message.Contains("part 1"));
    }

    [Fact]
    public void APartAddedAtTheEndIsParsedAsPartEight()
    {
        var chrome = Real.IndexOf("  • 39", StringComparison.Ordinal);
        var text = Real[..chrome] + "第八部分 新增部分(1篇,总102篇)\n\n  1. Direct Preference Optimization: Your Language Model is Secretly a Reward Model\n    DPO论文\n\n" + Real[chrome..];
        var doc = Parse(text, out _);
        Assert.Equal(8, doc.Parts.Count);
        Assert.Equal("新增部分", doc.Parts[7].Title);
        Assert.Equal("Direct Preference Optimization: Your Language Model is Secretly a Reward Model", doc.Entries.Single(e => e.Ref == "8.1").Title);
        Assert.Equal(11, doc.Parts[6].Items.Count);
    }

    [Fact]
    public void APartRemovedRenumbersTheFollowingParts()
    {
        var start = Real.IndexOf("\n第六部分 预训练模型的发展演变史(3篇,总91篇)", StringComparison.Ordinal);
        var end = Real.IndexOf("\n第七部分 垂域版类ChatGPT", start, StringComparison.Ordinal);
        var text = Real[..start] + Real[end..];
        var doc = Parse(text, out var diagnostics);
        Assert.Equal(6, doc.Parts.Count);
        Assert.Equal("垂域版类ChatGPT(比如医疗GPT)和其它", doc.Parts[5].Title);
        Assert.Equal("Large Language Models Encode Clinical Knowledge", doc.Entries.Single(e => e.Ref == "6.1").Title);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == Codes.SeedPartNumbering);
    }

    [Fact]
    public void EmptySeedIsOneLocatedError()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(SeedParser.Parse("empty.txt", "  \n\n", diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("empty.txt", 1, Codes.SeedEmpty), (error.File, error.Line, error.Code));
    }

    [Fact]
    public void SeedWithoutPartsIsOneLocatedError()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(SeedParser.Parse("flat.txt", "My list\n\n1. A paper\n2. Another\n", diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Codes.SeedNoParts, error.Code);
        Assert.Contains("第一部分", error.Message);
    }
}
