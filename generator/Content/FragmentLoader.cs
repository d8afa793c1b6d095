using Bibliography.Diagnostics;
using Bibliography.Text;

namespace Bibliography.Content;

/// <summary>Reads every <c>papers/*.md</c> under the content folder (in ordinal file-name order) and parses each.</summary>
public static class FragmentLoader
{
    public static IReadOnlyList<Fragment> Load(string contentDir, IReadOnlySet<string>? tagIds, DiagnosticBag diagnostics, int currentYear, ParallelOptions? parallel = null)
    {
        parallel ??= new ParallelOptions();
        var dir = Path.Combine(contentDir, "papers");
        if (!Directory.Exists(dir)) return [];
        var files = Directory.EnumerateFiles(dir, "*.md").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var fileIds = files.Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        var results = new Fragment?[files.Count];
        var found = new DiagnosticBag[files.Count];
        Parallel.For(0, files.Count, parallel, i =>
        {
            // Each file reports into its own bag; the bags are merged in file order below.
            var mine = found[i] = new DiagnosticBag();
            var display = Paths.Display(files[i]);
            if (SourceFile.ReadUtf8(files[i], display, mine, Codes.FragmentNotUtf8) is { } text)
                results[i] = FragmentParser.Parse(display, text, tagIds, mine, currentYear, fileIds);
        });
        foreach (var bag in found) diagnostics.AddRange(bag.Sorted());
        return results.OfType<Fragment>().ToList();
    }
}
