namespace Bibliography.Citations;

/// <summary>What a citation points at, which decides the BibTeX entry type, the RIS type and the GB/T 7714 type code.</summary>
public enum CitationKind
{
    /// <summary>A journal article: <c>@article</c>, RIS <c>JOUR</c>, GB/T <c>[J]</c>.</summary>
    Article,
    /// <summary>A paper in conference proceedings: <c>@inproceedings</c>, RIS <c>CONF</c>, GB/T <c>[C]</c>.</summary>
    Proceedings,
    /// <summary>An arXiv preprint with no venue: <c>@misc</c> with eprint fields, RIS <c>UNPB</c>, GB/T <c>[EB/OL]</c>.</summary>
    Preprint,
    /// <summary>A paper published only as a PDF on its authors' site (GPT-1, GPT-2): <c>@misc</c> (a <c>@techreport</c> would need an institution the list does not give), RIS <c>RPRT</c>, GB/T <c>[R/OL]</c>.</summary>
    Report,
    /// <summary>A blog post, a repository or any other web page: <c>@misc</c>, RIS <c>ELEC</c>, GB/T <c>[EB/OL]</c>.</summary>
    Web,
}
