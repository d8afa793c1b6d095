namespace Bibliography.Citations;

/// <summary>Every paper of the bibliography as a citation entry, in reading order, with keys assigned once for all of them.</summary>
public sealed class CitationSet
{
    readonly Dictionary<string, CitationEntry> byId;

    public CitationSet(Model.Bibliography bib)
    {
        var keys = CitationKeys.Assign(bib.Papers);
        Entries = bib.Papers.Select(p => CitationEntry.From(p, keys[p.Id])).ToList();
        byId = Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<CitationEntry> Entries { get; }

    public CitationEntry this[string paperId] => byId[paperId];
}
