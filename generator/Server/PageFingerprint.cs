using System.Security.Cryptography;
using System.Text.Json;
using Bibliography.Pages;

namespace Bibliography.Server;

/// <summary>
/// What a planned page's HTML depends on, besides the theme: its template and the views it sees, hashed. Two pages with
/// the same fingerprint under the same theme render to the same bytes (rendering is deterministic), so the preview
/// renders a page again only when its fingerprint changed.
/// </summary>
public static class PageFingerprint
{
    public static byte[] Of(PlannedPage page)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(page.Template);
            JsonSerializer.Serialize(json, page.View, page.View.GetType());
            JsonSerializer.Serialize(json, page.Layout);
            json.WriteEndArray();
        }
        return SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
