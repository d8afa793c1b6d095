using System.Globalization;
using System.Text;

namespace Bibliography.Citations;

/// <summary>
/// One BibTeX entry per paper: <c>@article</c> in a journal, <c>@inproceedings</c> in a conference, <c>@misc</c>
/// for an arXiv preprint (with <c>eprint</c>/<c>archiveprefix</c>), a report or a web page. Authors are written
/// <c>Family, Given</c> so particles parse (<c>de Jong, Michiel</c>); a truncated list ends with BibTeX's own <c>and others</c>.
/// </summary>
public static class BibtexWriter
{
    public static string Write(CitationEntry e)
    {
        var type = e.Kind switch { CitationKind.Article => "article", CitationKind.Proceedings => "inproceedings", _ => "misc" };
        var fields = new List<(string Name, string Value)>();
        if (e.Authors.Count > 0) fields.Add(("author", Authors(e)));
        fields.Add(("title", BibtexText.Title(e.Title)));
        if (e.Venue is { } v) fields.Add((e.Kind == CitationKind.Article ? "journal" : "booktitle", BibtexText.Escape(v.Name)));
        if (e.Year is { } y) fields.Add(("year", y.ToString(CultureInfo.InvariantCulture)));
        if (e.Doi is not null) fields.Add(("doi", BibtexText.Escape(e.Doi)));
        if (e.Arxiv is not null)
        {
            if (e.Kind == CitationKind.Preprint) fields.Add(("howpublished", "arXiv preprint arXiv:" + BibtexText.Escape(e.Arxiv)));
            fields.Add(("eprint", BibtexText.Escape(e.Arxiv)));
            fields.Add(("archiveprefix", "arXiv"));
        }
        if (e.Kind is CitationKind.Report or CitationKind.Web && e.Url is not null) fields.Add(("howpublished", @"\url{" + UrlText(e.Url) + "}"));
        if ((e.Kind is CitationKind.Report or CitationKind.Web ? e.Url : e.Link) is { } url) fields.Add(("url", UrlText(url)));

        var sb = new StringBuilder();
        sb.Append('@').Append(type).Append('{').Append(e.Key).Append(",\n");
        for (var i = 0; i < fields.Count; i++)
            sb.Append("  ").Append(fields[i].Name).Append(" = {").Append(fields[i].Value).Append('}').Append(i + 1 < fields.Count ? ",\n" : "\n");
        return sb.Append("}\n").ToString();
    }

    static string Authors(CitationEntry e)
    {
        var names = e.Authors.Select(a => a.IsOrganization ? "{" + BibtexText.Escape(a.Family) + "}" : BibtexText.Escape(a.Family) + ", " + BibtexText.Escape(a.Given));
        return string.Join(" and ", e.MoreAuthors ? names.Append("others") : names);
    }

    // biblatex and \url read a URL verbatim; only a brace or a space (never in a well-formed URL) could break the field.
    static string UrlText(string url) => url.Replace("{", "%7B").Replace("}", "%7D").Replace(" ", "%20");
}
