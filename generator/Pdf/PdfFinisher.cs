using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Bibliography.Pdf;

/// <summary>
/// Chromium's PDF made ready to publish, with PDFsharp: its bookmarks worded exactly as the headings, its dates the
/// content date (or none), its file identifier derived from its content, so that the same input gives the same bytes.
/// Chromium writes bookmarks only into a tagged PDF; its structure tree, uncompressed, would double the Chinese
/// edition's size and is dropped (the text's order in the file is the reading order without it).
/// </summary>
public static class PdfFinisher
{
    /// <summary>The finished PDF, or null (with the reason) when PDFsharp cannot read Chromium's file.</summary>
    /// <param name="headings">The print page's headings in document order, as a reader sees them.</param>
    /// <param name="contentDate">YYYY-MM-DD from SOURCE_DATE_EPOCH, or null for a PDF without dates.</param>
    public static byte[]? Finish(byte[] pdf, IReadOnlyList<string> headings, string? contentDate, out string? problem)
    {
        try
        {
            using var doc = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Modify);
            Reword(doc.Outlines, headings);
            DropStructure(doc);

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
    /// Chromium titles each bookmark with its heading as laid out: it loses the space where a long heading wraps
    /// ("OpenAI andGoogle") or meets an inline block, and a heading right after a forced page break comes with its first
    /// line twice ("ContentsContents"). Each bookmark that is the next heading but for whitespace and such a repeated
    /// first line gets that heading's text. Bookmarks are matched in order; at the first that matches no heading further
    /// on, the rest are left as Chromium wrote them.
    /// </summary>
    static void Reword(PdfOutlineCollection outlines, IReadOnlyList<string> headings)
    {
        var next = 0;
        foreach (var item in All(outlines))
        {
            var title = item.Title;
            var at = next;
            while (at < headings.Count && !SameText(Squeeze(title), Squeeze(headings[at]))) at++;
            if (at == headings.Count) return;
            next = at + 1;
            if (title != headings[at]) item.Title = headings[at];
        }
    }

    /// <summary>Every bookmark, depth first (each, then its children).</summary>
    static IEnumerable<PdfOutline> All(PdfOutlineCollection level, int depth = 0)
    {
        if (depth > 16) yield break;
        foreach (var item in level)
        {
            yield return item;
            if (item.HasChildren) foreach (var child in All(item.Outlines, depth + 1)) yield return child;
        }
    }

    static void DropStructure(PdfDocument doc)
    {
        doc.Internals.Catalog.Elements.Remove("/StructTreeRoot");
        doc.Internals.Catalog.Elements.Remove("/MarkInfo");
        foreach (var page in doc.Pages) page.Elements.Remove("/StructParents");
        foreach (var item in All(doc.Outlines)) item.Elements.Remove("/SE"); // a bookmark's structure element
    }

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

    /// <summary>The heading's text, or that text after a repeat of its own beginning.</summary>
    static bool SameText(string title, string heading) =>
        title == heading || (title.Length > heading.Length && title.EndsWith(heading, StringComparison.Ordinal) && heading.StartsWith(title[..^heading.Length], StringComparison.Ordinal));

    static string Squeeze(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

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
