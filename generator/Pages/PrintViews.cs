using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>
/// The print edition (<c>/L/print/</c>, and <c>/L/print/both/</c> with both languages): a title page, the contents,
/// then every entry in reading order. Drawn by <c>layouts/print.html</c> and printed to PDF by the <c>pdf</c> command.
/// </summary>
public sealed record PrintView(
    string Title,
    string? OtherTitle,
    string? OtherHtmlLang,
    string? Description,
    string? ContentDate,
    string? SiteUrl,
    bool Both,
    IReadOnlyList<PrintPartView> Parts,
    IReadOnlyList<LinkView> Controls);

/// <summary>One part of the print edition with its entries.</summary>
public sealed record PrintPartView(int Number, string Title, string? OtherTitle, string? OtherHtmlLang, string Anchor, IReadOnlyList<PrintEntryView> Entries);

/// <summary>
/// One numbered entry of the print edition. A paper listed more than once is printed in full at its first listing;
/// later listings show the curator's note and point back (<see cref="SeeRef"/>). The citation is the paper page's
/// formatted one (APA on English pages, GB/T 7714 on Chinese ones).
/// </summary>
public sealed record PrintEntryView(
    string Ref,
    string Anchor,
    string Title,
    string? OtherTitle,
    string? OtherHtmlLang,
    string? KindLabel,
    bool IsMention,
    string? SeeRef,
    string? SeeHref,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<PrintLinkView> Links,
    Html SeedLine,
    Html? NotesHtml,
    Html? NoteEnHtml,
    IReadOnlyList<PrintTextView> Annotations,
    Html? Citation);

/// <summary>A labelled fact of an entry (authors, year, venue).</summary>
public sealed record FactView(string Label, string Value);

/// <summary>
/// An external link of the print edition. <see cref="LabelIsTarget"/> marks links whose text already names the target
/// (<c>arXiv:2005.14165</c>), so the print stylesheet does not print the URL after it.
/// </summary>
public sealed record PrintLinkView(string Href, string Label, bool LabelIsTarget);

/// <summary>An annotation in one language, with its heading (the language's name in the both-languages edition).</summary>
public sealed record PrintTextView(string? Heading, TextView Text);
