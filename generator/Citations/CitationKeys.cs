using Bibliography.Model;

namespace Bibliography.Citations;

/// <summary>
/// BibTeX keys for the whole bibliography: first author's family name, year and first significant title word,
/// folded to ASCII (<c>vaswani2017attention</c>). Keys that collide are told apart by a letter (<c>b</c>, <c>c</c>, …)
/// given in order of paper id, so a key never depends on reading order and stays the same from build to build.
/// </summary>
public static class CitationKeys
{
    static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
        { "a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "from", "by", "is", "are", "what", "why", "how", "towards", "toward" };

    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<Paper> papers)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in papers.OrderBy(p => p.Id, StringComparer.Ordinal).GroupBy(BaseKey, StringComparer.Ordinal))
        {
            var suffix = 'a';
            foreach (var p in group)
            {
                var key = group.Key;
                while (!taken.Add(key)) key = group.Key + ++suffix;
                keys[p.Id] = key;
            }
        }
        return keys;
    }

    /// <summary>The key before collisions are resolved: <c>vaswani2017attention</c>; <c>anon</c> and <c>nd</c> stand in for a missing author or year.</summary>
    // A paper's base key depends on its facts alone (its id only where the title has no word), and facts are immutable:
    // remembered while they live, so the preview's rebuilds do not parse every author's name again.
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Content.PaperFacts, string> BaseKeys = new();

    public static string BaseKey(Paper p) => BaseKeys.GetValue(p.Facts, _ => MakeBaseKey(p));

    static string MakeBaseKey(Paper p)
    {
        var author = p.Facts.Authors.FirstOrDefault(a => a != "others") is { } first ? PersonName.Parse(first).KeyPart : "";
        var venueYear = p.Facts.Venue is null ? null : Venue.Parse(p.Facts.Venue).Year;
        var year = (venueYear ?? p.Facts.Year)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nd";
        var word = p.Facts.Title.Split([' ', ':', '-', ',', '?'], StringSplitOptions.RemoveEmptyEntries)
            .Select(PersonName.AsciiFold).FirstOrDefault(w => w.Length > 0 && !StopWords.Contains(w)) ?? PersonName.AsciiFold(p.Id);
        return (author.Length > 0 ? author : "anon") + year + word;
    }
}
