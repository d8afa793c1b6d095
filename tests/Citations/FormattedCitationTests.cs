using Bibliography.Citations;

namespace Bibliography.Tests.Citations;

public class FormattedCitationTests
{
    static readonly Lazy<CitationSet> Set = new(() => new CitationSet(RealSite.Bibliography));

    [Theory]
    [InlineData("transformer", "VASWANI A, SHAZEER N, PARMAR N, et al. Attention is all you need[C]//Advances in Neural Information Processing Systems. 2017.")]
    [InlineData("llama", "TOUVRON H, LAVRIL T, IZACARD G, et al. LLaMA: open and efficient foundation language models[EB/OL]. arXiv, 2023. https://arxiv.org/abs/2302.13971.")]
    [InlineData("med-palm-2", "SINGHAL K, TU T, GOTTWEIS J, et al. Towards expert-level medical question answering with large language models[J]. Nature Medicine, 2025. DOI:10.1038/s41591-024-03423-7.")]
    [InlineData("ddpm", "HO J, JAIN A, ABBEEL P. Denoising diffusion probabilistic models[C]//Advances in Neural Information Processing Systems. 2020.")]
    [InlineData("gpt-1", "RADFORD A, NARASIMHAN K, SALIMANS T, et al. Improving language understanding by generative pre-training[R/OL]. 2018. https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf.")]
    [InlineData("gpt-4", "OpenAI. GPT-4 technical report[EB/OL]. arXiv, 2023. https://arxiv.org/abs/2303.08774.")]
    [InlineData("bloom", "LE SCAO T, FAN A, AKIKI C, et al. BLOOM: a 176B-parameter open-access multilingual language model[EB/OL]. arXiv, 2022. https://arxiv.org/abs/2211.05100.")]
    public void ChinesePagesCiteInGbt7714(string id, string expected)
    {
        Assert.Equal(expected, GbtFormatter.Format(Set.Value[id]));
    }

    [Theory]
    [InlineData("transformer", "Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., Jones, L., Gomez, A. N., Kaiser, Ł., &amp; Polosukhin, I. (2017). Attention is all you need. In <i>Advances in Neural Information Processing Systems</i>. https://arxiv.org/abs/1706.03762")]
    [InlineData("ddpm", "Ho, J., Jain, A., &amp; Abbeel, P. (2020). Denoising diffusion probabilistic models. In <i>Advances in Neural Information Processing Systems</i>. https://arxiv.org/abs/2006.11239")]
    [InlineData("med-palm-2", "Singhal, K., Tu, T., Gottweis, J., Sayres, R., Wulczyn, E., Hou, L., Clark, K., Pfohl, S., Cole-Lewis, H., Neal, D., et al. (2025). Towards expert-level medical question answering with large language models. <i>Nature Medicine</i>. https://doi.org/10.1038/s41591-024-03423-7")]
    [InlineData("gpt-4", "OpenAI. (2023). <i>GPT-4 technical report</i> (arXiv:2303.08774). arXiv. https://doi.org/10.48550/arXiv.2303.08774")]
    [InlineData("rethinking-demonstrations", "Min, S., Lyu, X., Holtzman, A., Artetxe, M., Lewis, M., Hajishirzi, H., &amp; Zettlemoyer, L. (2022). Rethinking the role of demonstrations: What makes in-context learning work? In <i>Proceedings of the Conference on Empirical Methods in Natural Language Processing</i>. https://doi.org/10.18653/v1/2022.emnlp-main.759")]
    public void EnglishPagesCiteInApa7(string id, string expected)
    {
        Assert.Equal(expected, ApaFormatter.Format(Set.Value[id]).Value);
    }

    [Fact]
    public void ChineseTitleEndsTheAuthorListWithDeng()
    {
        var e = CitationEntry.From(TestPapers.Make("zh", "大模型综述", ["San Zhang", "Si Li", "Wu Wang", "Liu Zhao"]), "k");
        Assert.StartsWith("ZHANG S, LI S, WANG W, 等. 大模型综述[EB/OL].", GbtFormatter.Format(e));
    }

    [Theory]
    [InlineData("Attention Is All You Need", "Attention is all you need")]
    [InlineData("Swin Transformer V2: Scaling Up Capacity and Resolution", "Swin transformer V2: Scaling up capacity and resolution")]
    [InlineData("Why Can GPT Learn In-Context? Language Models Secretly Perform Gradient Descent as Meta-Optimizers", "Why can GPT learn in-context? Language models secretly perform gradient descent as meta-optimizers")]
    [InlineData("Flamingo: a Visual Language Model for Few-Shot Learning", "Flamingo: A visual language model for few-shot learning")]
    [InlineData("word2vec Explained: deriving Mikolov et al.'s negative-sampling word-embedding method", "word2vec explained: Deriving Mikolov et al.'s negative-sampling word-embedding method")]
    public void TitlesBecomeSentenceCaseKeepingAcronymsAndNames(string title, string expected)
    {
        Assert.Equal(expected, SentenceCase.Convert(title, capitalizeSubtitle: true));
    }
}
