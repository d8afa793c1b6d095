using System.Globalization;
using System.Text;

namespace Bibliography.Citations;

/// <summary>
/// An author's name split the way citation styles need it: given names and family name (with its particles:
/// <c>de Jong</c>, <c>Le Scao</c>), or one literal name for an organisation (<c>OpenAI</c>).
/// </summary>
public sealed record PersonName(string Given, string Family, bool IsOrganization)
{
    // Lower-case and capitalised particles that belong to the family name when they stand before its last word.
    static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
        { "de", "De", "del", "della", "der", "den", "di", "du", "da", "dos", "la", "La", "las", "Las", "le", "Le", "van", "Van", "von", "Von", "ter", "bin" };

    /// <summary>Splits "Given Middle Family": the family name is the last word with the particles before it.</summary>
    public static PersonName Parse(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return new PersonName("", name.Trim(), true);
        var start = words.Length - 1;
        while (start > 1 && Particles.Contains(words[start - 1])) start--;
        return new PersonName(string.Join(' ', words[..start]), string.Join(' ', words[start..]), false);
    }

    /// <summary>The initials of the given names, each with <paramref name="dot"/> after it, joined by <paramref name="space"/>:
    /// APA writes <c>M.-A. C.</c>, GB/T 7714 writes <c>M A C</c>.</summary>
    public string Initials(string dot, string space, bool keepHyphen)
    {
        var parts = new List<string>();
        foreach (var word in Given.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLower(word[0])) continue; // a particle inside the given names ("Ponde de Oliveira") has no initial
            // "C.H." is two initials; "Marie-Anne" is one hyphenated given name.
            var pieces = word.Split('.', StringSplitOptions.RemoveEmptyEntries);
            foreach (var piece in pieces)
            {
                var hyphenated = piece.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(h => FirstLetter(h) + dot).ToList();
                if (keepHyphen) parts.Add(string.Join("-", hyphenated));
                else parts.AddRange(hyphenated);
            }
        }
        return string.Join(space, parts);
    }

    static string FirstLetter(string word) => StringInfo.GetNextTextElementLength(word) is var n and > 0 ? word[..n] : word;

    /// <summary>The family name folded to lower-case ASCII letters, for citation keys: <c>Le Scao</c> → <c>lescao</c>.</summary>
    public string KeyPart => AsciiFold(Family);

    /// <summary>Lower-case ASCII letters and digits only: accents dropped (<c>é</c> → <c>e</c>, <c>Ł</c> → <c>l</c>), other characters removed.</summary>
    public static string AsciiFold(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var folded = c switch { 'Ł' or 'ł' => 'l', 'Ø' or 'ø' => 'o', 'Đ' or 'đ' => 'd', 'ß' => 's', _ => c };
            if (folded < 128 && char.IsLetterOrDigit(folded)) sb.Append(char.ToLowerInvariant(folded));
        }
        return sb.ToString();
    }
}
