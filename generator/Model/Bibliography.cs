namespace Bibliography.Model;

/// <summary>The whole bibliography: what every page is planned from. Built once, never changed.</summary>
public sealed class Bibliography
{
    public Bibliography(SiteText site, string seedTitle, IReadOnlyList<string> prefaceZhLines, IReadOnlyList<Part> parts,
        IReadOnlyList<Paper> papers, IReadOnlyList<Tag> tags)
    {
        Site = site;
        SeedTitle = seedTitle;
        PrefaceZhLines = prefaceZhLines;
        Parts = parts;
        Papers = papers;
        Tags = tags;
        PaperById = papers.ToDictionary(p => p.Id, StringComparer.Ordinal);
        TagById = tags.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public SiteText Site { get; }
    public string SeedTitle { get; }
    public IReadOnlyList<string> PrefaceZhLines { get; }
    public IReadOnlyList<Part> Parts { get; }

    /// <summary>Papers in reading order: by their first listing.</summary>
    public IReadOnlyList<Paper> Papers { get; }
    public IReadOnlyList<Tag> Tags { get; }
    public IReadOnlyDictionary<string, Paper> PaperById { get; }
    public IReadOnlyDictionary<string, Tag> TagById { get; }

    public string Title(Lang lang) => Site.Title[lang] ?? SeedTitle;
}
