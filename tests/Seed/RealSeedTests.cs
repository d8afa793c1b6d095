using Bibliography.Diagnostics;
using Bibliography.Seed;

namespace Bibliography.Tests.Seed;

/// <summary>The real exported list parses into the structure a reader sees on the blog.</summary>
public class RealSeedTests
{
    static readonly DiagnosticBag Diagnostics = new();
    static readonly SeedDocument Doc = SeedParser.Parse("seed.txt", File.ReadAllText(TestPaths.RealSeed), Diagnostics)!;

    static SeedEntry Entry(string reference) => Doc.Entries.Single(e => e.Ref == reference);

    [Fact]
    public void SevenPartsWithTheirChineseTitlesFromTheBody()
    {
        Assert.Equal(7, Doc.Parts.Count);
        Assert.Equal("OpenAI/Google的基础语言大模型", Doc.Parts[0].Title);
        Assert.Equal("LLM的关键技术:ICL/CoT/RLHF/词嵌入/位置编码/加速/与KG结合等", Doc.Parts[1].Title);
        Assert.Equal("垂域版类ChatGPT(比如医疗GPT)和其它", Doc.Parts[6].Title);
    }

    [Fact]
    public void EachPartHasAsManyItemsAsItLists()
    {
        Assert.Equal([11, 38, 7, 11, 21, 3, 11], Doc.Parts.Select(p => p.Items.Count));
        Assert.Equal(102, Doc.Items.Count());
    }

    [Fact]
    public void HeadingCountsThatDisagreeWithTheListAreWarningsNotErrors()
    {
        Assert.False(Diagnostics.HasErrors);
        var warnings = Diagnostics.Sorted().Where(d => d.Code == Codes.SeedCountMismatch).ToList();
        Assert.Contains(warnings, w => w.Line == 9 && w.Message.Contains("34") && w.Message.Contains("38"));
        Assert.Contains(warnings, w => w.Line == 345 && w.Message.Contains("10") && w.Message.Contains("11"));
    }

    [Fact]
    public void ItemsHoldingTwoPapersBecomeTwoEntries()
    {
        Assert.Equal(["2.23a", "2.23b"], Doc.Items.Single(i => i.Ref == "2.23").Entries.Select(e => e.Ref));
        Assert.Equal(["2.24a", "2.24b"], Doc.Items.Single(i => i.Ref == "2.24").Entries.Select(e => e.Ref));
        Assert.Equal("Distributed Representations of Sentences and Documents", Entry("2.23a").Title);
        Assert.Equal("Efficient estimation of word representations in vector space", Entry("2.23b").Title);
        Assert.Equal(148, Entry("2.23b").Line);
        Assert.Equal("word2vec Parameter Learning Explained", Entry("2.24b").Title);
        Assert.Equal(["Xin Rong关于word2vec的论文,非常不错"], Entry("2.24b").NoteLines);
        Assert.Equal(104, Doc.Entries.Count());
    }

    [Theory]
    [InlineData("2.33", "Training Deep Nets with Sublinear Memory Cost")]
    [InlineData("2.14", "TRPO论文")]
    [InlineData("2.16", "RLHF原始论文")]
    [InlineData("5.21", "MobileSAM")]
    [InlineData("5.13", "BLIP: Bootstrapping Language-Image Pre-training for Unified Vision-Language Understanding and Generation")]
    [InlineData("5.14", "BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models")]
    [InlineData("5.10", "CLIP: Connecting Text and Images - OpenAI")]
    [InlineData("2.28", "The Natural Language Decathlon:Multitask Learning as Question Answering")]
    [InlineData("2.29", "Large language models are zero-shot reasoners")]
    [InlineData("4.9", "Tensor programs v: Tuning large neural networks via zero-shot hyperparameter transfer")]
    [InlineData("4.10", "Language models are unsupervised multitask learners")]
    [InlineData("4.11", "Improving language understanding by generative pre-training")]
    [InlineData("2.5", "Noisy Channel Language Model Prompting for Few-Shot Text Classification")]
    [InlineData("2.6", "MetaICL: Learning to Learn In Context")]
    [InlineData("4.5", "PaLM-E: An Embodied Multimodal Language Model")]
    [InlineData("3.7", "GLM-130B: AN OPEN BILINGUAL PRE-TRAINED MODEL")]
    [InlineData("5.3", "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows")]
    [InlineData("5.9", "Aligning Text-to-Image Models using Human Feedback")]
    [InlineData("6.1", "A Comprehensive Survey on Pretrained Foundation Models: A History from BERT to ChatGPT")]
    public void TitlesAreCleanedOfTheExportsTails(string reference, string title)
    {
        Assert.Equal(title, Entry(reference).Title);
    }

    [Theory]
    [InlineData("2.29", "2205.11916", 2022)]
    [InlineData("3.4", "2205.01068", 2022)]
    [InlineData("4.9", "2203.03466", 2022)]
    [InlineData("2.5", "2108.04106", null)]
    [InlineData("2.6", "2110.15943", null)]
    [InlineData("6.1", "2302.09419", null)]
    public void CitationTailsKeepTheirArxivIdsAndYears(string reference, string arxiv, int? year)
    {
        Assert.Equal(arxiv, Entry(reference).Arxiv);
        Assert.Equal(year, Entry(reference).Year);
    }

    [Fact]
    public void UrlsInTitlesAndNotesAreKept()
    {
        Assert.Contains("https://arxiv.org/pdf/2108.04106.pdf", Entry("2.5").Urls);
        Assert.Contains("https://github.com/dqxiu/ICL_PaperList", Entry("2.7").Urls);
        Assert.Contains("https://github.com/salesforce/LAVIS", Entry("5.16").Urls);
    }

    [Fact]
    public void NoteLinesAreKeptInOrderWithTheirBreaks()
    {
        var palm = Entry("1.8").NoteLines;
        Assert.Equal("22年3月,Google的Barham等人发布了Pathways系统,用于更高效地训练大型模型", palm[0]);
        Assert.Equal("", palm[3]);
        Assert.Equal(["GPT原始论文"], Entry("1.1").NoteLines);
        Assert.Empty(Entry("2.2").NoteLines);
    }

    [Fact]
    public void LatexArrowsAreShownAsArrows()
    {
        var lines = Entry("1.8").NoteLines.Concat(Entry("5.1").NoteLines).ToList();
        Assert.DoesNotContain(lines, l => l.Contains(@"\rightarrow"));
        Assert.Contains(lines, l => l.StartsWith("→ 要么是在单个TPU系统上训练的"));
    }

    [Fact]
    public void NonBreakingSpacesAreNormalised()
    {
        Assert.DoesNotContain(Doc.Entries.SelectMany(e => e.NoteLines.Append(e.TitleLine)), l => l.Contains('\u00A0'));
        Assert.Equal("Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", Entry("1.5").Title);
    }

    [Fact]
    public void PageChromeAfterTheLastItemIsDropped()
    {
        var last = Entry("7.11");
        Assert.Equal("Offsite-Tuning: Transfer Learning without Full Model", last.Title);
        Assert.Empty(last.NoteLines);
        var all = string.Join("\n", Doc.Entries.SelectMany(e => e.NoteLines));
        foreach (var chrome in new[] { "点赞", "收藏", "打赏", "红包", "余额", "扫码支付" })
            Assert.DoesNotContain(chrome, all);
    }

    [Fact]
    public void ThePrefaceIsKeptAsTheIntroduction()
    {
        Assert.StartsWith("按上篇文章《ChatGPT技术原理解析", Doc.PrefaceLines[0]);
        Assert.EndsWith("故把这100篇(后增至150篇)论文的清单抽取出来独立成本文", Doc.PrefaceLines[^1]);
        Assert.DoesNotContain(Doc.PrefaceLines, l => l.StartsWith("第一部分"));
        Assert.Equal("LLM/ChatGPT与多模态必读论文150篇(已更至第101篇)", Doc.Title);
    }
}
