using Bibliography.Diagnostics;

namespace Bibliography.Content;

/// <summary>
/// Rule <c>NoFillMarkersLeft</c>: a skeleton written by <c>new</c> marks every place to fill with <see cref="Marker"/>;
/// each marker left is one error at its line, and the other errors on that line (a placeholder is not a valid
/// seed ref or tag) are dropped so the contributor sees one message per place to fill.
/// </summary>
public static class FillMarkers
{
    public const string Marker = "FILL-ME";

    /// <summary>Where the markers are in a fragment's text, one diagnostic per marked line.</summary>
    public static IReadOnlyList<Diagnostic> Find(string path, string text)
    {
        if (!text.Contains(Marker, StringComparison.Ordinal)) return [];
        var found = new List<Diagnostic>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0) continue;
            var hint = lines[i][(at + Marker.Length)..].TrimStart(':', '：', ' ').TrimEnd('"', ']', ' ', '\r');
            found.Add(Diagnostic.Error(Codes.FillMe,
                $"placeholder left by `new`: replace `{Marker}`" + (hint.Length > 0 ? $" ({hint})" : ""), path, i + 1, at + 1));
        }
        return found;
    }

    /// <summary>The diagnostics with those on a marked line replaced by the marker's own.</summary>
    public static IReadOnlyList<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics, IReadOnlyList<Diagnostic> markers)
    {
        var marked = markers.Select(m => (m.File, m.Line)).ToHashSet();
        return diagnostics.Where(d => !marked.Contains((d.File, d.Line))).Concat(markers).ToList();
    }
}
