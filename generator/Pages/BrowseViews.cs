using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>The tag index: every tag with its paper count.</summary>
public sealed record TagIndexView(IReadOnlyList<TagCountView> Tags);
public sealed record TagCountView(string Id, string Label, string Href, int Count);

/// <summary>One tag's page: its papers in reading order, and where they are in the list.</summary>
public sealed record TagView(string Id, string Label, string? OtherLabel, IReadOnlyList<PaperRowView> Papers, string IndexHref, Html? Chart);

/// <summary>The timeline: a chart of papers per year by part, then the papers grouped by year, newest first.</summary>
public sealed record YearsView(Html Chart, IReadOnlyList<YearGroupView> Years, IReadOnlyList<PaperRowView> Undated);
public sealed record YearGroupView(int Year, string Anchor, IReadOnlyList<PaperRowView> Papers);

/// <summary>The table of all papers: filterable by part, tag, year, kind, reading state and text (state in the URL).</summary>
public sealed record AllPapersView(IReadOnlyList<PaperRowView> Papers, IReadOnlyList<FilterOptionView> Parts, IReadOnlyList<FilterOptionView> Tags,
    IReadOnlyList<FilterOptionView> Years, IReadOnlyList<FilterOptionView> Kinds, string CountFormat);

/// <summary>One value a filter can take.</summary>
public sealed record FilterOptionView(string Value, string Label);

/// <summary>One paper as a row of a list or table; the data attributes drive the filters.</summary>
public sealed record PaperRowView(string Id, string Href, string Title, string? OtherTitle, string? OtherHtmlLang, string? Byline, int? Year,
    string? Refs, string SortKey, int Order, IReadOnlyList<LinkView> Tags, string? KindLabel, string Kind, string TagIds, string Parts, string SearchText,
    string? StatusLabel);

/// <summary>The map of the list: every paper a node (year across, part down), every relation an edge.</summary>
public sealed record MapView(Html Map, string Intro, IReadOnlyList<MapLegendView> Legend, IReadOnlyList<RelationListView> Relations);
public sealed record MapLegendView(string Kind, string Label);

/// <summary>The relations as a list, for readers who do not use the picture.</summary>
public sealed record RelationListView(string From, string FromHref, string Label, string To, string ToHref);
