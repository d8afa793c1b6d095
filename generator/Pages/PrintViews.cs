using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>
/// The print edition (<c>/L/print/</c>, and <c>/L/print/both/</c> with both languages), laid out as a book: a title
/// page, the contents, every entry in reading order part by part, the editor's additions, an index of authors and
/// one of tags, and a colophon. Drawn by <c>layouts/print.html</c> and printed to PDF by the <c>pdf</c> command,
/// which fills in the page numbers of the contents and the indexes.
/// </summary>
public sealed record PrintView(
    string Title,
    string? OtherTitle,
    string? OtherHtmlLang,
    string? Description,
    PrintTitlePageView TitlePage,
    bool Both,
    IReadOnlyList<PrintPartView> Parts,
    PrintPartView? Additions,
    IReadOnlyList<PrintIndexView> Indexes,
    IReadOnlyList<PrintTocLineView> Contents,
    IReadOnlyList<LinkView> Controls);

/// <summary>
/// The facts of the title page, each from the content or the build (never invented): the edition date
/// (SOURCE_DATE_EPOCH), the list it is made from and its curator, the site's address and the annotations' licence.
/// </summary>
public sealed record PrintTitlePageView(
    string? ContentDate,
    string SourceTitle,
    string? Curator,
    string? SiteUrl,
    Html? SiteUrlText,
    string? Licence);

/// <summary>One line of the printed contents: a section and, in the PDF, the page it starts on.</summary>
public sealed record PrintTocLineView(string Anchor, string Title, string? OtherTitle, string? OtherHtmlLang);

/// <summary>
/// One part of the print edition with its entries; also the editor's additions (no number, <see cref="Note"/> saying
/// they are not from the curator's list). <see cref="RunningHead"/> is what the running heads of its pages say.
/// </summary>
public sealed record PrintPartView(int Number, string Title, string? OtherTitle, string? OtherHtmlLang, string Anchor,
    string? Note, IReadOnlyList<PrintEntryView> Entries);

/// <summary>
/// One entry of the print edition. A paper listed more than once is printed in full at its first listing; later
/// listings show the curator's note and point back (<see cref="SeeRef"/>). An editor's addition has no
/// <see cref="Ref"/>. The citation is the paper page's formatted one (APA in English, GB/T 7714 in Chinese).
/// </summary>
public sealed record PrintEntryView(
    string? Ref,
    string Anchor,
    string Title,
    string? OtherTitle,
    string? OtherHtmlLang,
    string? KindLabel,
    bool IsMention,
    string? SeeRef,
    string? SeeHref,
    string? Authors,
    string? Published,
    IReadOnlyList<PrintLinkView> Links,
    IReadOnlyList<string> Tags,
    Html? SeedLine,
    Html? NotesHtml,
    Html? NoteEnHtml,
    IReadOnlyList<PrintTextView> Annotations,
    IReadOnlyList<PrintTextView> Context,
    PrintTextView? EditorNote,
    Html? Citation);

/// <summary>
/// An external link of the print edition: the full address is the link (a PDF link annotation), the text is short
/// (<c>arXiv:2005.14165</c>, <c>github.com/openai/gpt-2</c>) and breaks only after a slash or before a dot.
/// <see cref="Label"/> names what it is where the text does not (<c>Code</c>).
/// </summary>
public sealed record PrintLinkView(string Href, string? Label, Html Text);

/// <summary>Prose in one language (an annotation, the later context, an editor's note), with its heading in the both-languages edition.</summary>
public sealed record PrintTextView(string? Heading, TextView Text);

/// <summary>An index at the end of the book (authors, tags): its entries in groups (by initial for authors).</summary>
public sealed record PrintIndexView(string Anchor, string Title, string? Note, IReadOnlyList<PrintIndexGroupView> Groups);

/// <summary>A group of index entries under a heading letter (none for the tags).</summary>
public sealed record PrintIndexGroupView(string? Letter, IReadOnlyList<PrintIndexEntryView> Entries);

/// <summary>
/// One index entry: the term and where it occurs. Each place is a link to the entry, labelled with the item number on
/// the web; in the PDF the printer writes the page number instead (and drops repeats).
/// </summary>
public sealed record PrintIndexEntryView(string Term, string? TermHtmlLang, string? Detail, IReadOnlyList<PrintIndexRefView> Refs);

/// <summary>A place an index term occurs: the entry's anchor and its label before page numbers are known.</summary>
public sealed record PrintIndexRefView(string Anchor, string Label);
