using System.Collections.Concurrent;
using Bibliography.Diagnostics;
using Bibliography.Pages;

namespace Bibliography.Checks;

/// <summary>
/// Checks the rendered site, as rules over each page's <see cref="HtmlScan"/>: <c>InternalLinksResolve</c> (every
/// relative link and anchor lands on a file and an id), <c>EveryPageHasLang</c>, <c>NothingLoadsFromOtherHosts</c> and
/// <c>ExternalLinksHaveNoopener</c>. Files are added as they are made, from any thread (<see cref="Add"/>); a page is
/// read once and only what the rules need is kept (its ids, its internal links), so the site need not be held in memory.
/// <see cref="Finish"/> reports once every file is in.
/// </summary>
public sealed class SiteChecker
{
    /// <summary>What the link rule keeps of one page: its ids and its internal links (interned: pages share most of them).</summary>
    sealed record PageLinks(string Path, HashSet<string> Ids, (string Href, string? Target, string? Fragment)[] Links);

    readonly ConcurrentBag<string> paths = [];
    readonly ConcurrentBag<PageLinks> pages = [];
    readonly DiagnosticBag found = new();
    readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, (string? Target, string? Fragment)> resolved = new(StringComparer.Ordinal);

    string Intern(string s) => strings.GetOrAdd(s, s);

    string Intern(ReadOnlySpan<char> s)
    {
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(s, out var known)) return known;
        var made = s.ToString();
        return strings.GetOrAdd(made, made);
    }

    /// <summary>
    /// <see cref="Resolve"/> (target and fragment interned), remembered: a link climbs <c>k</c> folders and then names a path, so its target depends
    /// only on the page's folder <c>k</c> levels up and the rest of the link, which most pages share (the sidebar,
    /// the header, the assets).
    /// </summary>
    (string? Target, string? Fragment) ResolveShared(string fromFile, string href)
    {
        if (href.Length == 0 || href[0] is '#' or '?' or '/') return Interned(Resolve(fromFile, href));
        var rest = href.AsSpan();
        var up = 0;
        while (rest.StartsWith("../")) { rest = rest[3..]; up++; }
        if (rest.StartsWith("./") || rest.Contains("/./".AsSpan(), StringComparison.Ordinal) || rest.Contains("/../".AsSpan(), StringComparison.Ordinal) || rest.StartsWith("..")) return Interned(Resolve(fromFile, href));
        var dir = fromFile.AsSpan(0, Math.Max(0, fromFile.LastIndexOf('/')));
        for (var k = 0; k < up; k++)
        {
            if (dir.Length == 0) return Interned(Resolve(fromFile, href));
            var slash = dir.LastIndexOf('/');
            dir = slash < 0 ? [] : dir[..slash];
        }
        // The key (folder, NUL, rest) is made on the stack; a string only for a link not seen before.
        var length = dir.Length + 1 + rest.Length;
        Span<char> key = length <= 1024 ? stackalloc char[length] : new char[length];
        dir.CopyTo(key);
        key[dir.Length] = '\0';
        rest.CopyTo(key[(dir.Length + 1)..]);
        if (resolved.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var known)) return known;
        return resolved.GetOrAdd(key.ToString(), Interned(Resolve(fromFile, href)));
    }

    (string? Target, string? Fragment) Interned((string? Target, string? Fragment) r) =>
        (r.Target is null ? null : Intern(r.Target), r.Fragment is null ? null : Intern(r.Fragment));

    /// <summary>Reads one file of the site (pages are scanned; every path is recorded).</summary>
    public void Add(GeneratedFile file)
    {
        if (file.Path.EndsWith(".html", StringComparison.Ordinal)) Add(file.Path, System.Text.Encoding.UTF8.GetString(file.Content).AsSpan());
        else paths.Add(Intern(file.Path));
    }

    /// <summary>Reads one page of the site by its path and HTML (the text the renderer made, not decoded again).</summary>
    public void Add(string path, ReadOnlySpan<char> html)
    {
        paths.Add(Intern(path));
        if (!path.EndsWith(".html", StringComparison.Ordinal)) return;
        // One pass over the page's tags (not a full DOM per page: at 10 000 papers the DOMs cost more than the build).
        var scan = HtmlScan.Read(html, Intern);
        EveryPageHasLang(path, scan, found);
        NothingLoadsFromOtherHosts(path, scan, found);
        ExternalLinksHaveNoopener(path, scan, found);
        var links = new List<(string, string?, string?)>();
        if (path != SiteUrls.NotFound) // served at any depth; its links are rooted under the base path
            foreach (var link in scan.Links)
            {
                var href = link.Value;
                if (IsExternal(href) || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("data:", StringComparison.Ordinal)) continue;
                if (link.Element == "link" && (link.Rel ?? "") is "canonical" or "alternate") continue;
                var (target, fragment) = ResolveShared(path, href);
                links.Add((href, target, fragment));
            }
        pages.Add(new PageLinks(Intern(path), scan.Ids, [.. links]));
    }

    /// <param name="drawnBy">
    /// The template that drew a page (site path → theme file), so a problem on a page also names the template to look in;
    /// null where it is not known.
    /// </param>
    /// <param name="writtenAt">
    /// Where a link of a page was written by hand (page file, href → the fragment, line and column), so a broken link in
    /// an annotation is reported in the fragment a contributor edits; null where it is not known.
    /// </param>
    /// <param name="parallel">How many threads may check the links (output never depends on it).</param>
    public void Finish(DiagnosticBag diagnostics, Func<string, string?>? drawnBy = null, Func<string, string, (string File, int Line, int Column)?>? writtenAt = null,
        ParallelOptions? parallel = null)
    {
        var all = paths.ToHashSet(StringComparer.Ordinal);
        var ids = pages.ToDictionary(p => p.Path, p => p.Ids, StringComparer.Ordinal);
        // Pages in any order, on every core: what is found is reported sorted.
        Parallel.ForEach(pages, parallel ?? new ParallelOptions(), page => InternalLinksResolve(page, all, ids, found, writtenAt));
        foreach (var d in found.Sorted())
            diagnostics.Add(drawnBy is not null && d.File is { } f && f.StartsWith("output/", StringComparison.Ordinal) && drawnBy(f["output/".Length..]) is { } template
                ? d with { Message = $"{d.Message} (the page comes from {template}, its partials and layouts/base.html)" }
                : d);
    }

    /// <summary>Checks files made in memory, all at once.</summary>
    public static void Check(IReadOnlyList<GeneratedFile> files, DiagnosticBag diagnostics, Func<string, string?>? drawnBy = null, ParallelOptions? parallel = null,
        Func<string, string, (string File, int Line, int Column)?>? writtenAt = null)
    {
        var checker = new SiteChecker();
        Parallel.ForEach(files, parallel ?? new ParallelOptions(), checker.Add);
        checker.Finish(diagnostics, drawnBy, writtenAt, parallel);
    }

    static void EveryPageHasLang(string path, HtmlScan page, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(page.Lang))
            diagnostics.Error(Codes.MissingLang, "the page has no <html lang>", "output/" + path);
    }

    static void InternalLinksResolve(PageLinks page, HashSet<string> paths, Dictionary<string, HashSet<string>> ids, DiagnosticBag diagnostics,
        Func<string, string, (string File, int Line, int Column)?>? writtenAt)
    {
        var path = page.Path;
        // A broken link a contributor wrote is reported in their fragment, the page named in the message.
        void Broken(string code, string href, string message)
        {
            if (writtenAt?.Invoke(path, href) is { } at)
                diagnostics.Error(code, $"{message} (on the page output/{path})", at.File, at.Line, at.Column);
            else
                diagnostics.Error(code, message, "output/" + path);
        }
        foreach (var (href, target, fragment) in page.Links)
        {
            if (target is null)
            {
                Broken(Codes.BrokenLink, href, $"link `{href}` leaves the site root");
                continue;
            }
            var file = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
            if (!paths.Contains(file) && paths.Contains(file + "/index.html")) file += "/index.html";
            if (!paths.Contains(file))
            {
                Broken(Codes.BrokenLink, href, $"link `{href}` points to {file}, which the build does not write");
                continue;
            }
            if (fragment is { Length: > 0 } && ids.TryGetValue(file, out var targetIds) && !targetIds.Contains(Uri.UnescapeDataString(fragment)))
                Broken(Codes.BrokenAnchor, href, $"link `{href}` points to #{fragment}, which {file} does not have");
        }
    }

    /// <summary>A link to another site must not hand it <c>window.opener</c>; a template that forgets fails the build.</summary>
    static void ExternalLinksHaveNoopener(string path, HtmlScan page, DiagnosticBag diagnostics)
    {
        foreach (var a in page.Links.Where(l => l.Element == "a"))
            if (IsExternal(a.Value) && !(a.Rel ?? "").Split(' ').Contains("noopener"))
                diagnostics.Error(Codes.ExternalLinkWithoutNoopener, $"<a href=\"{a.Value}\"> leads to another site without rel=\"noopener\"; add it in the template", "output/" + path);
    }

    static void NothingLoadsFromOtherHosts(string path, HtmlScan page, DiagnosticBag diagnostics)
    {
        foreach (var link in page.Links)
        {
            if (link.Element == "a") continue;
            if (link.Element == "link" && (link.Rel ?? "") is "canonical" or "alternate") continue;
            var value = link.Value;
            if (IsExternal(value) || value.StartsWith("//", StringComparison.Ordinal))
                diagnostics.Error(Codes.ExternalResource, $"<{link.Element} {link.Attr}=\"{value}\"> loads from another host; serve it from the site", "output/" + path);
        }
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
