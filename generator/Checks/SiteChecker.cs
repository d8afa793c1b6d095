using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Bibliography.Diagnostics;
using Bibliography.Pages;

namespace Bibliography.Checks;

/// <summary>
/// Checks the rendered site before anything is written, as rules over AngleSharp DOMs:
/// <c>InternalLinksResolve</c> (every relative link and anchor lands on a file and an id),
/// <c>EveryPageHasLang</c>, <c>NothingLoadsFromOtherHosts</c> and <c>ExternalLinksHaveNoopener</c>.
/// </summary>
public static class SiteChecker
{
    public static void Check(IReadOnlyList<GeneratedFile> files, DiagnosticBag diagnostics)
    {
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var parser = new HtmlParser();
        var docs = new Dictionary<string, IHtmlDocument>(StringComparer.Ordinal);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var parsed = new (string Path, IHtmlDocument Doc)[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var doc = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(pages[i].Content));
            parsed[i] = (pages[i].Path, doc);
        });
        foreach (var (path, doc) in parsed)
        {
            docs[path] = doc;
            ids[path] = doc.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToHashSet(StringComparer.Ordinal)!;
        }

        foreach (var (path, doc) in parsed)
        {
            EveryPageHasLang(path, doc, diagnostics);
            NothingLoadsFromOtherHosts(path, doc, diagnostics);
            ExternalLinksHaveNoopener(path, doc, diagnostics);
            if (path == SiteUrls.NotFound) continue; // served at any depth; its links are rooted under the base path
            InternalLinksResolve(path, doc, paths, ids, diagnostics);
        }
    }

    static void EveryPageHasLang(string path, IHtmlDocument doc, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(doc.DocumentElement.GetAttribute("lang")))
            diagnostics.Error(Codes.MissingLang, "the page has no <html lang>", "output/" + path);
    }

    static void InternalLinksResolve(string path, IHtmlDocument doc, HashSet<string> paths, Dictionary<string, HashSet<string>> ids, DiagnosticBag diagnostics)
    {
        foreach (var (element, attr) in LinkAttributes(doc))
        {
            var href = element.GetAttribute(attr)!;
            if (IsExternal(href) || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("data:", StringComparison.Ordinal)) continue;
            if (element.LocalName == "link" && (element.GetAttribute("rel") ?? "") is "canonical" or "alternate") continue;
            var (target, fragment) = Resolve(path, href);
            if (target is null)
            {
                diagnostics.Error(Codes.BrokenLink, $"link `{href}` leaves the site root", "output/" + path);
                continue;
            }
            var file = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
            if (!paths.Contains(file) && paths.Contains(file + "/index.html")) file += "/index.html";
            if (!paths.Contains(file))
            {
                diagnostics.Error(Codes.BrokenLink, $"link `{href}` points to {file}, which the build does not write", "output/" + path);
                continue;
            }
            if (fragment is { Length: > 0 } && ids.TryGetValue(file, out var targetIds) && !targetIds.Contains(Uri.UnescapeDataString(fragment)))
                diagnostics.Error(Codes.BrokenAnchor, $"link `{href}` points to #{fragment}, which {file} does not have", "output/" + path);
        }
    }

    /// <summary>A link to another site must not hand it <c>window.opener</c>; a template that forgets fails the build.</summary>
    static void ExternalLinksHaveNoopener(string path, IHtmlDocument doc, DiagnosticBag diagnostics)
    {
        foreach (var a in doc.QuerySelectorAll("a[href]"))
            if (IsExternal(a.GetAttribute("href")!) && !(a.GetAttribute("rel") ?? "").Split(' ').Contains("noopener"))
                diagnostics.Error(Codes.ExternalLinkWithoutNoopener, $"<a href=\"{a.GetAttribute("href")}\"> leads to another site without rel=\"noopener\"; add it in the template", "output/" + path);
    }

    static void NothingLoadsFromOtherHosts(string path, IHtmlDocument doc, DiagnosticBag diagnostics)
    {
        foreach (var (element, attr) in LinkAttributes(doc))
        {
            if (element.LocalName == "a") continue;
            if (element.LocalName == "link" && (element.GetAttribute("rel") ?? "") is "canonical" or "alternate") continue;
            var value = element.GetAttribute(attr)!;
            if (IsExternal(value) || value.StartsWith("//", StringComparison.Ordinal))
                diagnostics.Error(Codes.ExternalResource, $"<{element.LocalName} {attr}=\"{value}\"> loads from another host; serve it from the site", "output/" + path);
        }
    }

    static IEnumerable<(AngleSharp.Dom.IElement Element, string Attr)> LinkAttributes(IHtmlDocument doc)
    {
        foreach (var e in doc.QuerySelectorAll("a[href], link[href]")) yield return (e, "href");
        foreach (var e in doc.QuerySelectorAll("script[src], img[src], iframe[src], source[src], video[src], audio[src]")) yield return (e, "src");
    }

    static bool IsExternal(string href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>A relative link from a page, as a site path and a fragment; null when it climbs above the root.</summary>
    public static (string? Target, string? Fragment) Resolve(string fromFile, string href)
    {
        string? fragment = null;
        var hash = href.IndexOf('#');
        if (hash >= 0) { fragment = href[(hash + 1)..]; href = href[..hash]; }
        var q = href.IndexOf('?');
        if (q >= 0) href = href[..q];
        if (href.Length == 0) return (fromFile, fragment);
        var stack = new List<string>();
        if (!href.StartsWith('/'))
            stack.AddRange(fromFile.Split('/')[..^1]);
        var trailing = href.EndsWith('/');
        foreach (var seg in href.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (seg == ".") continue;
            if (seg == "..")
            {
                if (stack.Count == 0) return (null, fragment);
                stack.RemoveAt(stack.Count - 1);
                continue;
            }
            stack.Add(Uri.UnescapeDataString(seg));
        }
        var joined = string.Join('/', stack);
        return (trailing && joined.Length > 0 ? joined + "/" : joined, fragment);
    }
}
