using Bibliography.Text;

namespace Bibliography.Seed;

/// <summary>
/// What identifies a paper named by the list: its cleaned title, the line as written, the arXiv id and the URLs the
/// line carries. The model matches fragments to entries by these keys, and <see cref="SeedComparer"/> matches the
/// entries of two exports by them.
/// </summary>
public static class SeedKeys
{
    public static HashSet<string> Of(SeedEntry e)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { TextKeys.TitleKey(e.Title), TextKeys.TitleKey(e.TitleLine) };
        if (e.Arxiv is not null) keys.Add("arxiv:" + e.Arxiv);
        foreach (var url in TitleCleaner.Urls(e.TitleLine)) keys.Add(Url(url));
        keys.Remove("");
        return keys;
    }

    /// <summary>A URL as a key: scheme, <c>www.</c>, case and a trailing slash aside; an arXiv link is its id.</summary>
    public static string Url(string url)
    {
        var u = url.Trim().TrimEnd('/').ToLowerInvariant();
        u = u.Replace("https://", "").Replace("http://", "").Replace("www.", "");
        return TitleCleaner.ArxivFromUrl(url) is { } id ? "arxiv:" + id : "url:" + u;
    }
}
