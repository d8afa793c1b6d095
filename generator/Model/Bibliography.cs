using Bibliography.Content;
using Bibliography.Text;

namespace Bibliography.Model;

/// <summary>The whole bibliography: what every page is planned from. Built once, never changed.</summary>
public sealed class Bibliography
{
    public Bibliography(SiteText site, string seedTitle, IReadOnlyList<string> prefaceZhLines, IReadOnlyList<Part> parts,
        IReadOnlyList<Paper> papers, IReadOnlyList<Tag> tags, IReadOnlyList<ChangeEntry>? changes = null)
    {
        Changes = changes ?? [];
        Site = site;
        SeedTitle = seedTitle;
        PrefaceZhLines = prefaceZhLines;
        Parts = parts;
        Papers = papers;
        Tags = tags;
        PaperById = papers.ToDictionary(p => p.Id, StringComparer.Ordinal);
        TagById = tags.ToDictionary(t => t.Id, StringComparer.Ordinal);
        Additions = papers.Where(p => p.Status == PaperStatus.Addition).ToList();
        LeftTheList = papers.Where(p => p.Status == PaperStatus.LeftTheList).ToList();
    }

    public SiteText Site { get; }
    public string SeedTitle { get; }
    public IReadOnlyList<string> PrefaceZhLines { get; }
    public IReadOnlyList<Part> Parts { get; }

    /// <summary>
    /// Every paper in reading order: the list's papers by their first listing, then those that left the list, then the
    /// editor's additions (each by id).
    /// </summary>
    public IReadOnlyList<Paper> Papers { get; }
    public IReadOnlyList<Tag> Tags { get; }
    public IReadOnlyDictionary<string, Paper> PaperById { get; }
    public IReadOnlyDictionary<string, Tag> TagById { get; }

    /// <summary>Papers the curator did not list, which this edition recommends.</summary>
    public IReadOnlyList<Paper> Additions { get; }

    /// <summary>Papers with a fragment whose list item is gone.</summary>
    public IReadOnlyList<Paper> LeftTheList { get; }

    /// <summary>The edition's record of what changed, oldest first, as <c>content/changes.yml</c> keeps it.</summary>
    public IReadOnlyList<ChangeEntry> Changes { get; }

    /// <summary>The same bibliography with other papers of the same ids in the same order (<see cref="ModelBuilder.Patch"/>):
    /// the parts, tags and text are shared, so what was worked out from the list's shape still fits.</summary>
    public Bibliography With(IReadOnlyList<Paper> papers) => new(Site, SeedTitle, PrefaceZhLines, Parts, papers, Tags, Changes);

    public string Title(Lang lang) => Site.Title[lang] ?? SeedTitle;

    /// <summary>The numbered items of the list (mentions in an item's notes are not items).</summary>
    public int ItemCount => Parts.Sum(p => p.ItemCount);
}
