using System.Text;
using Bibliography.Diagnostics;
using Bibliography.Rendering;
using Bibliography.Text;

namespace Bibliography.Server;

/// <summary>What the preview server shows instead of a page while the site has errors: the errors, located.</summary>
public static class ErrorPage
{
    public static byte[] Render(IReadOnlyList<Diagnostic> diagnostics, string title = "Build failed")
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Html.Escape(title)).Append("</title>\n");
        sb.Append("<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #c00;padding:.8rem 1rem}</style>\n");
        sb.Append("</head>\n<body>\n<h1>").Append(Html.Escape(title)).Append("</h1>\n");
        if (errors.Count == 0) sb.Append("<p>No errors.</p>\n</body>\n</html>\n");
        else
        {
            sb.Append("<p>Fix the problems below and save; this page reloads by itself.</p>\n<pre>");
            foreach (var d in errors) sb.Append(Html.Escape(d.ToColonForm())).Append('\n');
            sb.Append("</pre>\n</body>\n</html>\n");
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>The site check's errors as a box at the foot of a served page (styled by <see cref="BannerStyle"/>, from this origin for the CSP).</summary>
    public static string Banner(IReadOnlyList<Diagnostic> errors)
    {
        var sb = new StringBuilder();
        sb.Append($"<link rel=\"stylesheet\" href=\"{LiveReload.StylePath}\">\n<aside class=\"bib-preview-problems\" lang=\"en\"><strong>Site check: ")
            .Append(errors.Count).Append(errors.Count == 1 ? " error" : " errors").Append("</strong> (the page is served anyway; <code>build</code> would fail)<pre>");
        foreach (var d in errors.Take(50)) sb.Append(Html.Escape(d.ToColonForm())).Append('\n');
        if (errors.Count > 50) sb.Append("… and ").Append(errors.Count - 50).Append(" more\n");
        return sb.Append("</pre></aside>\n").ToString();
    }

    public const string BannerStyle = """
        .bib-preview-problems{position:fixed;inset:auto 1rem 1rem 1rem;max-height:40vh;overflow:auto;z-index:10000;font:14px/1.4 system-ui,sans-serif;
          background:#fff4f4;color:#400;border-left:4px solid #c00;padding:.6rem 1rem;box-shadow:0 2px 12px rgba(0,0,0,.25)}
        .bib-preview-problems pre{white-space:pre-wrap;margin:.4rem 0 0}
        """;
}
