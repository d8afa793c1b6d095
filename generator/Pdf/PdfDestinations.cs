using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Bibliography.Pdf;

/// <summary>
/// On which page each named destination of a PDF lies. Chromium writes one for every element an internal link points
/// to (<c>#part-2</c>, <c>#item-2-3</c>) into the catalog's <c>/Dests</c>; a name tree (<c>/Names /Dests</c>) is read
/// as well. Read with PDFsharp. Null when the file cannot be read or has no destinations.
/// </summary>
public static class PdfDestinations
{
    public static IReadOnlyDictionary<string, int>? Read(byte[] pdf)
    {
        try
        {
            using var doc = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
            return Read(doc);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // not a PDF PDFsharp can read: the caller says what that costs
        }
    }

    /// <summary>The destinations of an open document (page numbers from 1).</summary>
    public static IReadOnlyDictionary<string, int>? Read(PdfDocument doc)
    {
        var pages = new Dictionary<PdfObjectID, int>();
        for (var i = 0; i < doc.PageCount; i++)
            if (doc.Pages[i].Reference is { } r) pages[r.ObjectID] = i + 1;

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string name, PdfItem? value)
        {
            if (Deref(value) is PdfDictionary d) value = d.Elements["/D"]; // { /D [page …] }
            if (Deref(value) is PdfArray { Elements.Count: > 0 } array && array.Elements[0] is PdfReference page && pages.TryGetValue(page.ObjectID, out var n))
                result.TryAdd(name.TrimStart('/'), n);
        }
        var catalog = doc.Internals.Catalog;
        if (Deref(catalog.Elements["/Dests"]) is PdfDictionary dests)
            foreach (var key in dests.Elements.Keys) Add(key, dests.Elements[key]);
        if (Deref(catalog.Elements["/Names"]) is PdfDictionary names && Deref(names.Elements["/Dests"]) is PdfDictionary tree)
            WalkTree(tree, Add, 0);
        return result.Count == 0 ? null : result;
    }

    static void WalkTree(PdfDictionary node, Action<string, PdfItem?> add, int depth)
    {
        if (depth > 32) return;
        if (Deref(node.Elements["/Names"]) is PdfArray names)
            for (var i = 0; i + 1 < names.Elements.Count; i += 2)
                if (Deref(names.Elements[i]) is PdfString key) add(key.Value, names.Elements[i + 1]);
        if (Deref(node.Elements["/Kids"]) is PdfArray kids)
            foreach (var kid in kids.Elements)
                if (Deref(kid) is PdfDictionary child) WalkTree(child, add, depth + 1);
    }

    static PdfItem? Deref(PdfItem? item) => item is PdfReference r ? r.Value : item;
}
