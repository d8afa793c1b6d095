namespace Bibliography.Pages;

/// <summary>The changes page: the edition's dated entries, newest first.</summary>
public sealed record ChangesView(string Intro, IReadOnlyList<ChangeEntryView> Entries);

/// <summary>One dated entry: the editors' note, what the list changed, which papers were annotated.</summary>
public sealed record ChangeEntryView(string Date, string Anchor, string? Note, string? NoteHtmlLang, IReadOnlyList<ChangeLineView> List,
    IReadOnlyList<LinkView> Annotated, string? AnnotatedLabel);

/// <summary>One change to the list, in words, with a link to the paper it concerns where the site has its page.</summary>
public sealed record ChangeLineView(string Kind, string Label, string Text, string? Href, string? Title);
