using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Bibliography.Pdf;

/// <summary>
/// Chromium's PDF made ready to publish, with PDFsharp: bookmarks made from the page's headings (each opening where its
/// heading is), its dates the content date (or none), its file identifier derived from what its pages show, so that the
/// same input gives the same bytes.
/// </summary>
public static class PdfFinisher
{
    /// <summary>A heading of the printed page: its level (1–6), its text as a reader sees it and its element's id.</summary>
    public sealed record Heading(int Level, string Text, string Id);

    /// <summary>
    /// The finished PDF, or null (with the reason) when PDFsharp cannot read Chromium's file. <paramref name="type3Fonts"/>
    /// counts the fonts Chromium could embed only as Type 3 glyphs (a face with CFF outlines: the TrueType faces missing).
    /// </summary>
    /// <param name="headings">The printed page's headings in document order; Chromium wrote a named destination for each id.</param>
    /// <param name="contentDate">YYYY-MM-DD from SOURCE_DATE_EPOCH, or null for a PDF without dates.</param>
    /// <param name="language">The document's language (<c>zh-Hans</c>), for readers and screen readers; Chromium writes it only into a tagged PDF.</param>
    public static byte[]? Finish(byte[] pdf, IReadOnlyList<Heading> headings, string? contentDate, string? language, out string? problem)
        => Finish(pdf, headings, contentDate, language, out problem, out _);

    public static byte[]? Finish(byte[] pdf, IReadOnlyList<Heading> headings, string? contentDate, string? language, out string? problem, out int type3Fonts)
    {
        type3Fonts = 0;
        try
        {
            using var doc = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Modify);
            Bookmark(doc, headings);
            type3Fonts = Type3Fonts(doc);
            if (language is not null) doc.Language = language;

            var info = doc.Info;
            if (DateTime.TryParseExact(contentDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            {
                info.CreationDate = date;
                info.ModificationDate = date;
            }
            else
            {
                info.Elements.Remove("/CreationDate");
                info.Elements.Remove("/ModDate");
            }
            var id = Encoding.Latin1.GetString(ContentHash(doc), 0, 16);
            doc.Internals.FirstDocumentID = id;
            doc.Internals.SecondDocumentID = id;

            var output = new MemoryStream(pdf.Length + 65536);
            doc.Save(output, false);
            problem = null;
            return Xmp.Rewrite(output.ToArray(), info.Title, contentDate, info.Producer);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem = $"{e.GetType().Name}: {e.Message}";
            return null;
        }
    }

    /// <summary>
    /// The document's outline, made anew: one bookmark per heading that has a destination, worded exactly as the
    /// heading, nested by heading level (a part's entries under the part), the first level open. Chromium's own outline
    /// needs a tagged PDF (an uncompressed structure tree that would double the Chinese edition) and loses spaces where
    /// a heading wraps ("OpenAI andGoogle").
    /// </summary>
    static void Bookmark(PdfDocument doc, IReadOnlyList<Heading> headings)
    {
        var pages = new Dictionary<PdfObjectID, PdfPage>();
        foreach (var page in doc.Pages)
            if (page.Reference is { } r) pages[r.ObjectID] = page;
        var dests = Deref(doc.Internals.Catalog.Elements["/Dests"]) as PdfDictionary;
        doc.Outlines.Clear();
        var open = new Stack<(int Level, PdfOutlineCollection Children)>();
        open.Push((0, doc.Outlines));
        foreach (var h in headings)
        {
            if (Deref(dests?.Elements["/" + h.Id]) is not PdfArray { Elements.Count: >= 2 } dest
                || dest.Elements[0] is not PdfReference target || !pages.TryGetValue(target.ObjectID, out var page)) continue;
            while (open.Peek().Level >= h.Level) open.Pop();
            var item = open.Peek().Children.Add(h.Text, page, opened: open.Count == 1);
            if (dest.Elements[1] is PdfName { Value: "/XYZ" } && dest.Elements.Count >= 4)
            {
                item.PageDestinationType = PdfPageDestinationType.Xyz;
                item.Left = Number(dest.Elements[2]);
                item.Top = Number(dest.Elements[3]);
            }
            open.Push((h.Level, item.Outlines));
        }
    }

    static int Type3Fonts(PdfDocument doc)
    {
        var seen = new HashSet<PdfObjectID>();
        foreach (var page in doc.Pages)
            if (Deref(page.Resources.Elements["/Font"]) is PdfDictionary fonts)
                foreach (var key in fonts.Elements.Keys)
                    if (fonts.Elements[key] is PdfReference r && Deref(r) is PdfDictionary font && font.Elements.GetName("/Subtype") == "/Type3")
                        seen.Add(r.ObjectID);
        return seen.Count;
    }

    static double? Number(PdfItem item) => item switch { PdfReal r => r.Value, PdfInteger i => i.Value, _ => null };

    static PdfItem? Deref(PdfItem? item) => item is PdfReference r ? r.Value : item;

    /// <summary>
    /// A hash of what the pages draw (their content streams, in page order) and the title: the file identifier of a
    /// PDF that looks the same is the same. Chromium's own file differs from printing to printing (its dates).
    /// </summary>
    static byte[] ContentHash(PdfDocument doc)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(doc.Info.Title));
        foreach (var page in doc.Pages)
            for (var i = 0; i < page.Contents.Elements.Count; i++)
                if (page.Contents.Elements.GetDictionary(i)?.Stream?.Value is { } bytes) hash.AppendData(bytes);
        return hash.GetHashAndReset();
    }

    /// <summary>
    /// PDFsharp 6.2.4 always writes an XMP metadata packet of its own when it saves, with two random ids
    /// (<c>PdfDocument.PrepareForSave</c>; there is no option). Its packet is overwritten in place with one of the same
    /// length, padded with spaces as XMP allows, that says what the document information says: so no byte offset moves.
    /// </summary>
    static class Xmp
    {
        const string Begin = "<?xpacket begin=", End = "<?xpacket end=\"w\"?>";

        public static byte[] Rewrite(byte[] pdf, string title, string? contentDate, string producer)
        {
            var text = Encoding.Latin1.GetString(pdf); // one char per byte: indexes are byte offsets
            var start = text.IndexOf(Begin, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf(End, start, StringComparison.Ordinal);
            if (end < 0) return pdf;
            var length = end - start;
            var packet = Packet(title, contentDate, producer);
            if (packet.Length > length) packet = Packet(null, contentDate, null);
            if (packet.Length > length) return pdf;
            Array.Copy(packet, 0, pdf, start, packet.Length);
            Array.Fill(pdf, (byte)' ', start + packet.Length, length - packet.Length);
            if (length > packet.Length) pdf[start + length - 1] = (byte)'\n';
            return pdf;
        }

        static byte[] Packet(string? title, string? contentDate, string? producer)
        {
            var sb = new StringBuilder();
            sb.Append(Begin).Append("\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
            sb.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
            sb.Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
            if (title is { Length: > 0 }) sb.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
            if (contentDate is { Length: 10 })
                sb.Append("<xmp:CreateDate>").Append(contentDate).Append("T00:00:00Z</xmp:CreateDate><xmp:ModifyDate>").Append(contentDate).Append("T00:00:00Z</xmp:ModifyDate>\n");
            if (producer is { Length: > 0 }) sb.Append("<pdf:Producer>").Append(Escape(producer)).Append("</pdf:Producer>\n");
            sb.Append("</rdf:Description></rdf:RDF></x:xmpmeta>\n");
            return Encoding.UTF8.GetBytes(sb.ToString());
        }

        static string Escape(string s) => System.Security.SecurityElement.Escape(s) ?? "";
    }
}
