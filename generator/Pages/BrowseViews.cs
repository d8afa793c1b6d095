namespace Bibliography.Pages;

/// <summary>The tag index: every tag with its paper count.</summary>
public sealed record TagIndexView(IReadOnlyList<TagCountView> Tags);
public sealed record TagCountView(string Id, string Label, string Href, int Count);

/// <summary>One tag's page: its papers in reading order.</summary>
public sealed record TagView(string Id, string Label, string? OtherLabel, IReadOnlyList<PaperRowView> Papers, string IndexHref);

/// <summary>The timeline: papers grouped by year of first release, newest first; undated at the end.</summary>
public sealed record YearsView(IReadOnlyList<YearGroupView> Years, IReadOnlyList<PaperRowView> Undated);
public sealed record YearGroupView(int Year, string Anchor, IReadOnlyList<PaperRowView> Papers);

/// <summary>The table of all papers, sortable in the browser.</summary>
public sealed record AllPapersView(IReadOnlyList<PaperRowView> Papers);

/// <summary>One paper as a row of a list or table.</summary>
public sealed record PaperRowView(string Id, string Href, string Title, string? OtherTitle, string? OtherHtmlLang, string? Byline, int? Year,
    string Refs, string SortKey, int Order, IReadOnlyList<LinkView> Tags, string? KindLabel);
