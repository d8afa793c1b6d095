using Bibliography.Text;

namespace Bibliography.Content;

/// <summary>One tag of the controlled vocabulary in <c>content/tags.yml</c>.</summary>
public sealed record Tag(string Id, Bilingual<string> Label);
