using System.Text.RegularExpressions;
using Bibliography.Rendering;
using Bibliography.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Bibliography.Tests.Print;

/// <summary>What the tests need to know about a printed edition: where its sections start, which pages are body pages, where its links go.</summary>
static class Book
{
    /// <summary>The printed contents (page 2): each line's page, in order (the parts, the indexes, the colophon).</summary>
    public static IReadOnlyList<(string Line, int Page)> SectionStarts(PdfBuild build, string code) =>
        PdfTools.LayoutPages(build.Pdf(code), bodyOnly: true)[1].Split('\n')
            .Select(l => Regex.Match(l, @"^(.*\S)\s+(\d+)\s*$")).Where(m => m.Success)
            .Select(m => (m.Groups[1].Value.Trim(), int.Parse(m.Groups[2].Value))).ToList();

    /// <summary>A run of body pages and the running head its pages should carry.</summary>
    public sealed record Section(string Head, int First, int Last);

    /// <summary>The parts (and the editor's additions) and the two indexes, from the contents: all pages but the front matter and the colophon.</summary>
    public static IReadOnlyList<Section> BodySections(PdfBuild build, string code, Lang lang, Theme theme)
    {
        var starts = SectionStarts(build, code);
        var heads = build.Site.Parts.Select(p => string.Format(theme.Strings[code]["part_heading"], lang.PartNumber(p.Number), p.Title[lang])).ToList();
        if (build.Site.Additions.Count > 0) heads.Add(theme.Strings[code]["print_additions"]);
        heads.Add(theme.Strings[code]["print_index_authors"]);
        heads.Add(theme.Strings[code]["print_index_tags"]);
        return heads.Select((h, i) => new Section(h, starts[i].Page, starts[i + 1].Page - 1)).ToList();
    }

    /// <summary>Every web address the PDF's link annotations point to.</summary>
    public static IReadOnlySet<string> LinkTargets(string pdf)
    {
        using var doc = PdfReader.Open(pdf, PdfDocumentOpenMode.Import);
        var uris = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in doc.Pages)
            if (Deref(page.Elements["/Annots"]) is PdfArray annots)
                foreach (var a in annots.Elements)
                    if (Deref(a) is PdfDictionary annot && Deref(annot.Elements["/A"]) is PdfDictionary action && action.Elements.GetString("/URI") is { Length: > 0 } uri)
                        uris.Add(uri);
        return uris;
    }

    static PdfItem? Deref(PdfItem? item) => item is PdfReference r ? r.Value : item;
}
