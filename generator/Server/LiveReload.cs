using System.Text;

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

    /// <summary>The page with the script tag before <c>&lt;/body&gt;</c> (or at the end when there is none).</summary>
    public static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var tag = Encoding.UTF8.GetString(Tag);
        return Encoding.UTF8.GetBytes(at < 0 ? text + tag : text.Insert(at, tag));
    }
}
