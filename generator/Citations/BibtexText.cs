using System.Text;

namespace Bibliography.Citations;

/// <summary>
/// Text made safe for a brace-delimited BibTeX field. The characters TeX gives a meaning to are escaped
/// (<c>&amp; % $ # _ { } ~ ^ \ &lt; &gt;</c>); letters outside ASCII are kept as UTF-8, which biber/biblatex and
/// LaTeX since 2018 read as they are. In titles, words written with inner capitals (<c>GPT-4</c>, <c>LLaMA</c>)
/// are braced so a style that lowers titles keeps them.
/// </summary>
public static class BibtexText
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => @"\&", '%' => @"\%", '$' => @"\$", '#' => @"\#", '_' => @"\_", '{' => @"\{", '}' => @"\}",
                '~' => @"\textasciitilde{}", '^' => @"\textasciicircum{}", '\\' => @"\textbackslash{}",
                '<' => @"\textless{}", '>' => @"\textgreater{}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>A title escaped, with each word that has a capital after its first letter protected by braces.</summary>
    public static string Title(string title) =>
        string.Join(' ', title.Split(' ').Select(word => NeedsProtection(word) ? "{" + Escape(word) + "}" : Escape(word)));

    // "GPT-4", "LLaMA", "V2" need braces; and so do names ("Wasserstein"); "Pre-Training" and "Text-to-Text" are plain title case and do not.
    static bool NeedsProtection(string word) => word.Split('-').Any(piece =>
    {
        var letters = piece.Where(char.IsLetter).ToList();
        return SentenceCase.IsProperNoun(new string(letters.ToArray())) || letters.Skip(1).Any(char.IsUpper) || letters.Count == 1 && char.IsUpper(letters[0]) && piece != "A";
    });
}
