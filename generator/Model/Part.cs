namespace Bibliography.Model;

/// <summary>A part of the list with its title in both languages and its entries in the list's order.</summary>
public sealed record Part(int Number, Text.Bilingual<string> Title, int? DeclaredCount, IReadOnlyList<PartEntry> Entries)
{
    /// <summary>How many numbered items the part has (an item listing two papers counts once; mentions not at all).</summary>
    public int ItemCount { get; } = Entries.Where(e => !e.Listing.IsMention).Select(e => e.Listing.Number).Distinct().Count();
}

/// <summary>One numbered slot of a part: which paper it lists, through which listing.</summary>
public sealed record PartEntry(Listing Listing, string PaperId);
