using System.Text;
using Bibliography.Diagnostics;
using Bibliography.Rendering;

namespace Bibliography.Server;

/// <summary>What the preview server shows instead of a page while the last build has errors: the errors, located.</summary>
public static class ErrorPage
{
    public static byte[] Render(IReadOnlyList<Diagnostic> diagnostics)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Build failed</title>\n");
        sb.Append("<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #c00;padding:.8rem 1rem}</style>\n");
        sb.Append("</head>\n<body>\n<h1>Build failed</h1>\n<p>Fix the problems below and save; this page reloads by itself.</p>\n<pre>");
        foreach (var d in diagnostics.Where(d => d.IsError)) sb.Append(Html.Escape(d.ToColonForm())).Append('\n');
        sb.Append("</pre>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
