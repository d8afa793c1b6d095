using System.Globalization;
using System.Text;

namespace Bibliography.Bench;

/// <summary>
/// A synthetic bibliography for benchmarks: a seed-format list (seven parts headed 第N部分, numbered items, Chinese
/// notes) and one fragment per paper (both languages, Markdown lists, emphasis, links and code, 1–4 tags, years,
/// arXiv ids). Deterministic: the same number of papers gives byte-identical files.
/// </summary>
public static class SynthCorpus
{
    static readonly string[] Adjectives = ["Adaptive", "Sparse", "Robust", "Scalable", "Efficient", "Hierarchical", "Contrastive", "Generative",
        "Multilingual", "Recurrent", "Latent", "Modular", "Causal", "Federated", "Grounded", "Compositional"];
    static readonly string[] Nouns = ["Attention", "Retrieval", "Alignment", "Distillation", "Tokenization", "Reasoning", "Planning", "Memory",
        "Embeddings", "Diffusion", "Decoding", "Pretraining", "Routing", "Quantization", "Calibration", "Segmentation"];
    static readonly string[] Methods = ["Transformers", "Mixtures", "Adapters", "Agents", "Encoders", "Decoders", "Critics", "Priors",
        "Kernels", "Graphs", "Policies", "Prompts", "Tokenizers", "Verifiers", "Rankers", "Samplers"];
    static readonly string[] Tasks = ["Code Generation", "Question Answering", "Image Synthesis", "Dialogue", "Machine Translation", "Summarization",
        "Speech Recognition", "Theorem Proving", "Video Understanding", "Molecule Design", "Table Parsing", "Robot Control",
        "Medical Diagnosis", "Chart Reading", "Document Layout", "Open Domain Search"];
    static readonly string[] AdjectivesZh = ["自适应", "稀疏", "鲁棒", "可扩展", "高效", "分层", "对比", "生成式", "多语言", "循环", "潜在", "模块化", "因果", "联邦", "有依据的", "组合式"];
    static readonly string[] NounsZh = ["注意力", "检索", "对齐", "蒸馏", "分词", "推理", "规划", "记忆", "嵌入", "扩散", "解码", "预训练", "路由", "量化", "校准", "分割"];
    static readonly string[] TasksZh = ["代码生成", "问答", "图像合成", "对话", "机器翻译", "摘要", "语音识别", "定理证明", "视频理解", "分子设计", "表格解析", "机器人控制",
        "医疗诊断", "图表阅读", "文档版面", "开放域搜索"];
    static readonly string[] Surnames = ["Wang", "Li", "Zhang", "Smith", "Garcia", "Kim", "Müller", "Rossi", "Chen", "Liu", "Brown", "Tanaka", "Ivanova", "Dubois", "Singh", "Yang"];
    static readonly string[] Given = ["Wei", "Anna", "Jun", "Maria", "Omar", "Yuki", "Lena", "Carlos", "Mei", "David", "Priya", "Tom", "Sara", "Hao", "Ivan", "Noor"];
    static readonly string[] PartTitles = ["OpenAI/Google的基础语言大模型", "LLM的关键技术:ICL/CoT/RLHF/词嵌入/位置编码/加速等", "Meta等公司发布的类ChatGPT开源模型和各种微调",
        "具备多模态能力的大语言模型", "AI绘画与多模态能力背后的核心技术", "预训练模型的发展演变史", "垂域版类ChatGPT(比如医疗GPT)和其它"];
    static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七"];
    static readonly int[] PartWeights = [11, 34, 7, 11, 21, 3, 11];

    /// <summary>One synthetic paper: where it is listed and what its files say.</summary>
    public sealed record Paper(int Index, int Part, int Number, string? Suffix, string Id, string Title, string TitleZh, int Year, string Arxiv,
        IReadOnlyList<string> Authors, IReadOnlyList<string> Tags, IReadOnlyList<string> Notes, string NotesEn)
    {
        public string Ref => $"{Part}.{Number}{Suffix}";
    }

    /// <summary>Writes <c>seed.txt</c>, <c>papers/*.md</c>, and copies <c>tags.yml</c> and <c>site.yml</c> from <paramref name="contentDir"/>.</summary>
    /// <param name="uneven">Part sizes far from the real list's proportions: part 2 holds 1 200 items (item numbers past
    /// 999), part 6 three, the others the rest.</param>
    public static IReadOnlyList<Paper> Write(int count, string outDir, string contentDir, bool uneven = false)
    {
        var tags = File.ReadAllLines(Path.Combine(contentDir, "tags.yml"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains(':'))
            .Select(l => l[..l.IndexOf(':')].Trim()).ToList();
        var papers = Papers(count, tags, uneven);
        Directory.CreateDirectory(Path.Combine(outDir, "papers"));
        File.Copy(Path.Combine(contentDir, "tags.yml"), Path.Combine(outDir, "tags.yml"), true);
        // The frame of the site, without the real list's "start here" path (its papers are not in a synthetic corpus).
        var site = File.ReadAllLines(Path.Combine(contentDir, "site.yml"));
        var start = Array.FindIndex(site, l => l.StartsWith("start_here:", StringComparison.Ordinal));
        if (start >= 0)
        {
            var end = Array.FindIndex(site, start + 1, l => l.Length > 0 && !l.StartsWith(' ') && !l.StartsWith('#'));
            site = [.. site[..start], .. end < 0 ? [] : site[end..]];
        }
        File.WriteAllText(Path.Combine(outDir, "site.yml"), string.Join("\n", site).TrimEnd() + "\n");
        File.WriteAllText(Path.Combine(outDir, "seed.txt"), Seed(papers));
        foreach (var p in papers)
            File.WriteAllText(Path.Combine(outDir, "papers", p.Id + ".md"), Fragment(p));
        return papers;
    }

    public static IReadOnlyList<Paper> Papers(int count, IReadOnlyList<string> tagIds, bool uneven = false)
    {
        var rng = new SplitMix(0x5EED_B1B1_0000UL + (ulong)count + (uneven ? 1UL : 0UL));
        var perPart = uneven ? UnevenCounts(count) : PartCounts(count);
        var papers = new List<Paper>(count);
        var index = 0;
        for (var part = 1; part <= 7; part++)
        {
            for (var k = 0; k < perPart[part - 1]; k++, index++)
            {
                var number = 1 + k;
                string? suffix = null;
                // A bijection of 0..65535 (odd multiplier), so every title is different.
                var code = (int)((index * 40503L + 12345) % 65536);
                int a = code & 15, n = (code >> 4) & 15, m = (code >> 8) & 15, t = (code >> 12) & 15;
                var title = $"{Adjectives[a]} {Nouns[n]} {Methods[m]} for {Tasks[t]}";
                var titleZh = $"面向{TasksZh[t]}的{AdjectivesZh[a]}{NounsZh[n]}方法";
                var year = 2015 + rng.Next(10);
                var arxiv = string.Create(CultureInfo.InvariantCulture, $"{year % 100:00}{1 + rng.Next(12):00}.{10000 + index % 90000:00000}");
                var authors = Enumerable.Range(0, 1 + rng.Next(6)).Select(_ => $"{Given[rng.Next(16)]} {Surnames[rng.Next(16)]}").Distinct().ToList();
                var tagCount = 1 + rng.Next(4);
                var tags = new List<string>();
                while (tags.Count < tagCount) { var tag = tagIds[rng.Next(tagIds.Count)]; if (!tags.Contains(tag)) tags.Add(tag); }
                var notes = new List<string>();
                // A paper of a shared item has a note, so the blank line before the next paper's title survives.
                var noteCount = Math.Max(rng.Next(3), suffix is null ? 0 : 1);
                if (noteCount > 0) notes.Add($"{year % 100}年{1 + rng.Next(12)}月提出,研究{TasksZh[t]}中的{NounsZh[n]}问题,这是解读之一");
                if (noteCount > 1) notes.Add($"其核心是{AdjectivesZh[a]}{NounsZh[n]},在{1 + rng.Next(9)}个基准上取得了更好的结果");
                var notesEn = noteCount == 0 ? "" : noteCount == 1
                    ? $"Proposed in {year}; studies {Nouns[n].ToLowerInvariant()} in {Tasks[t].ToLowerInvariant()}; this is one commentary on it"
                    : $"Proposed in {year}; studies {Nouns[n].ToLowerInvariant()} in {Tasks[t].ToLowerInvariant()}; this is one commentary on it\nIts core is {Adjectives[a].ToLowerInvariant()} {Nouns[n].ToLowerInvariant()}, with better results on several benchmarks";
                var id = string.Create(CultureInfo.InvariantCulture, $"synth-{index + 1:00000}");
                papers.Add(new Paper(index, part, number, suffix, id, title, titleZh, year, arxiv, authors, tags, notes, notesEn));
            }
        }
        return papers;
    }

    /// <summary>Papers per part, in the proportions of the real list, at least one per part.</summary>
    static int[] PartCounts(int count)
    {
        var total = PartWeights.Sum();
        var counts = PartWeights.Select(w => Math.Max(1, count * w / total)).ToArray();
        counts[1] += count - counts.Sum();
        return counts;
    }

    /// <summary>Part 2 with 1 200 items (or half the papers of a small corpus), part 6 with three, the rest in the real list's proportions.</summary>
    static int[] UnevenCounts(int count)
    {
        var big = Math.Min(1200, count / 2);
        var small = Math.Min(3, Math.Max(1, (count - big) / 10));
        var rest = count - big - small;
        int[] others = [0, 2, 3, 4, 6];
        var weights = others.Sum(i => PartWeights[i]);
        var counts = new int[7];
        foreach (var i in others) counts[i] = Math.Max(1, rest * PartWeights[i] / weights);
        counts[1] = big;
        counts[5] = small;
        counts[0] += count - counts.Sum();
        return counts;
    }

    static string Seed(IReadOnlyList<Paper> papers)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"LLM/ChatGPT与多模态必读论文{papers.Count}篇(合成基准语料)\n\n目录\n\n前言\n\n");
        var counts = papers.GroupBy(p => p.Part).Select(g => g.Select(p => p.Number).Distinct().Count()).ToList();
        string Heading(int k) => $"第{Numerals[k]}部分 {PartTitles[k]}({counts[k]}篇,总{counts.Take(k + 1).Sum()}篇)";
        for (var k = 0; k < 7; k++) sb.Append(Heading(k)).Append("\n\n");
        sb.Append("\n前言\n\n这是一份为测量构建速度而合成的论文清单,条目与注释都是自动生成的\n\n");
        sb.Append("  1. 每个部分的条目数与真实清单的比例相同\n  2. 每篇论文都有中英文两种注释\n\n");
        foreach (var group in papers.GroupBy(p => p.Part))
        {
            sb.Append(Heading(group.Key - 1)).Append("\n\n");
            foreach (var p in group)
            {
                // A second paper of an item: after a blank line, its title on a note line.
                if (p.Suffix is null or "a") sb.Append(CultureInfo.InvariantCulture, $"  {p.Number}. {p.Title}\n");
                else sb.Append("\n    ").Append(p.Title).Append('\n');
                foreach (var note in p.Notes) sb.Append("    ").Append(note).Append('\n');
                if (p.Suffix is null && p.Number % 3 == 0) sb.Append('\n');
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    static string Fragment(Paper p)
    {
        static string Q(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("id: ").Append(p.Id).Append('\n');
        sb.Append("title: ").Append(Q(p.Title)).Append('\n');
        sb.Append("title_zh: ").Append(Q(p.TitleZh)).Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"seed: [\"{p.Ref}\"]\n");
        sb.Append("kind: paper\n");
        sb.Append("authors: [").Append(string.Join(", ", p.Authors.Select(Q))).Append("]\n");
        sb.Append(CultureInfo.InvariantCulture, $"year: {p.Year}\n");
        sb.Append("arxiv: ").Append(Q(p.Arxiv)).Append('\n');
        sb.Append("tags: [").Append(string.Join(", ", p.Tags)).Append("]\n");
        if (p.NotesEn.Length > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"curator_note_en:\n  \"{p.Ref}\": |-\n");
            foreach (var line in p.NotesEn.Split('\n')) sb.Append("    ").Append(line).Append('\n');
        }
        sb.Append("---\n\n");
        sb.Append("::: en\n");
        sb.Append(CultureInfo.InvariantCulture, $"This synthetic paper proposes *{p.Title.ToLowerInvariant()}*, a method that makes **{p.Title.Split(' ')[1].ToLowerInvariant()}** cheaper without losing accuracy. ");
        sb.Append(CultureInfo.InvariantCulture, $"Its reference implementation exposes `{p.Id.Replace('-', '_')}.train()` and is compared with [the baseline](https://arxiv.org/abs/{p.Arxiv}) on three benchmarks.\n\n");
        sb.Append("- a *simple* objective that needs no extra labels;\n");
        sb.Append("- a schedule that uses `fp16` throughout;\n");
        sb.Append(CultureInfo.InvariantCulture, $"- results that hold from 1 to {1 + p.Index % 64} GPUs.\n");
        sb.Append(":::\n\n");
        sb.Append("::: zh\n");
        sb.Append(CultureInfo.InvariantCulture, $"这篇合成论文提出了*{p.TitleZh}*,在不损失精度的前提下让**计算**更省。");
        sb.Append(CultureInfo.InvariantCulture, $"参考实现提供 `{p.Id.Replace('-', '_')}.train()`,并在三个基准上与[基线方法](https://arxiv.org/abs/{p.Arxiv})作了比较。\n\n");
        sb.Append("- 一个*简单*的目标函数,不需要额外标注;\n");
        sb.Append("- 全程使用 `fp16` 的训练日程;\n");
        sb.Append(CultureInfo.InvariantCulture, $"- 从 1 到 {1 + p.Index % 64} 块 GPU 结论都成立。\n");
        sb.Append(":::\n");
        return sb.ToString();
    }

    /// <summary>A tiny deterministic generator (SplitMix64), so the corpus never depends on the runtime's Random.</summary>
    sealed class SplitMix(ulong state)
    {
        public int Next(int max)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)max);
        }
    }
}
