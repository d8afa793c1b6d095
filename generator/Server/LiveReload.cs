using System.Text;
using Bibliography.Content;

namespace Bibliography.Server;

/// <summary>
/// Live reload for the preview server only (the built site has none of it): a same-origin script, injected into every
/// HTML page the server sends, listens to a Server-Sent Events stream and reloads the tab when the site version changes.
/// Both are served from this origin, so the pages' Content-Security-Policy (script-src and connect-src 'self') allows them.
/// </summary>
public static class LiveReload
{
    public const string ScriptPath = "/__bib/livereload.js";
    public const string EventsPath = "/__bib/events";
    public const string StylePath = "/__bib/preview.css";

    public const string Script = """
        // Preview server only: reload this tab when the site is rebuilt.
        (() => {
          let seen = null;
          const events = new EventSource("/__bib/events");
          events.onmessage = (e) => {
            if (seen === null) seen = e.data;
            else if (e.data !== seen) location.reload();
          };
        })();
        """;

    static readonly byte[] Tag = Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\" defer></script>\n");

    /// <summary>The page with <paramref name="extra"/> markup and the script tag before <c>&lt;/body&gt;</c> (or at the end when there is none).</summary>
    public static byte[] Inject(byte[] html, string extra = "")
    {
        var at = html.AsSpan().LastIndexOf(BodyEnd);
        if (at < 0) at = html.Length;
        var insert = Encoding.UTF8.GetBytes(extra);
        var result = new byte[html.Length + insert.Length + Tag.Length];
        html.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result, at);
        Tag.CopyTo(result, at + insert.Length);
        html.AsSpan(at).CopyTo(result.AsSpan(at + insert.Length + Tag.Length));
        return result;
    }

    static readonly byte[] BodyEnd = "</body>"u8.ToArray();
}
