using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>The search page: where the index and the all-papers table are, and example queries.</summary>
public sealed record SearchView(string IndexHref, string AllPapersHref, IReadOnlyList<LinkView> Examples);

/// <summary>The 404 page, in both languages at once: GitHub Pages serves it at any depth, so every link is rooted.</summary>
public sealed record NotFoundView(IReadOnlyList<NotFoundTextView> Languages, string ChooserHref);

/// <summary>The 404 message and its way out in one language.</summary>
public sealed record NotFoundTextView(string Lang, string HtmlLang, string Title, string Text, IReadOnlyList<LinkView> Links);
