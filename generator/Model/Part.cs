namespace Bibliography.Model;

/// <summary>A part of the list with its title in both languages and its entries in the list's order.</summary>
public sealed record Part(int Number, Bilingual<string> Title, int? DeclaredCount, IReadOnlyList<PartEntry> Entries);

/// <summary>One numbered slot of a part: which paper it lists, through which listing.</summary>
public sealed record PartEntry(Listing Listing, string PaperId);
