using Bibliography.Rendering;

namespace Bibliography;

/// <summary>
/// A build up to its model: the bibliography, the theme and the UI strings, no page planned or rendered yet. The build
/// plans and renders every page from it; the preview server plans and renders a page when it is asked for.
/// </summary>
public sealed record LoadedSite(Model.Bibliography Bibliography, Theme Theme, UiStrings Strings);
