using System.Text;

namespace Bibliography.Citations;

/// <summary>
/// Title case to sentence case, as APA and GB/T 7714 print article titles: <c>Attention Is All You Need</c> →
/// <c>Attention is all you need</c>. Only plainly capitalised words are lowered; acronyms and names written with
/// inner capitals (<c>GPT-4</c>, <c>LLaMA</c>, <c>BEiT</c>) and a few proper nouns are kept as written.
/// </summary>
public static class SentenceCase
{
    static readonly HashSet<string> ProperNouns = new(StringComparer.Ordinal)
        { "English", "Chinese", "German", "French", "Bayes", "Bayesian", "Gaussian", "Wasserstein", "Mikolov", "Meta-AI", "Megatron", "Flan", "Pathways", "Swin" };

    /// <summary>Whether a capitalised word is a name that stays capitalised in any title.</summary>
    public static bool IsProperNoun(string word) => ProperNouns.Contains(word);

    /// <summary>Lowers every plainly capitalised word but the first. After a colon or question mark the next word
    /// starts a new sentence: APA capitalises it (<paramref name="capitalizeSubtitle"/>), GB/T usage does not.</summary>
    public static string Convert(string title, bool capitalizeSubtitle)
    {
        var words = title.Split(' ');
        var sb = new StringBuilder(title.Length);
        var sentenceStart = true;
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0) sb.Append(' ');
            var word = words[w];
            // A hyphenated name on the list ("Meta-AI") is kept whole; otherwise each part of a compound is cased alone.
            var pieces = IsProperNoun(word.Trim('(', ')', ',', ':', '?', '.')) ? [word] : word.Split('-');
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0) sb.Append('-');
                var piece = pieces[i];
                if (sentenceStart && i == 0)
                    sb.Append(w == 0 || capitalizeSubtitle ? Capitalize(piece) : Lower(piece));
                else sb.Append(Lower(piece));
            }
            sentenceStart = word.Length > 0 && word[^1] is ':' or '?' or '.' or '!' && !word.EndsWith("al.", StringComparison.Ordinal);
        }
        return sb.ToString();
    }

    static string Lower(string piece)
    {
        var (lead, core, trail) = Split(piece);
        if (core.Length == 0 || ProperNouns.Contains(core)) return piece;
        var plain = core == "A" || core.Length >= 2 && char.IsUpper(core[0]) && core.Skip(1).All(c => char.IsLower(c) || c == '\'');
        return plain ? lead + core.ToLowerInvariant() + trail : piece;
    }

    static string Capitalize(string piece)
    {
        var (lead, core, trail) = Split(piece);
        return core.Length > 0 && char.IsLower(core[0]) && core.All(char.IsLower) && core.Length > 0 && !core.Any(char.IsDigit)
            ? lead + char.ToUpperInvariant(core[0]) + core[1..] + trail
            : piece;
    }

    // Punctuation around a word ("(LLaMA)", "Learners:") is kept apart from the word itself.
    static (string Lead, string Core, string Trail) Split(string piece)
    {
        var start = 0;
        while (start < piece.Length && !char.IsLetterOrDigit(piece[start])) start++;
        var end = piece.Length;
        while (end > start && !char.IsLetterOrDigit(piece[end - 1])) end--;
        return (piece[..start], piece[start..end], piece[end..]);
    }
}
