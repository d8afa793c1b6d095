using System.Text.RegularExpressions;

namespace Bibliography.Tests.Architecture;

/// <summary>
/// The generator's folders are stages that depend one way: shared helpers at the bottom, then
/// Seed → Content → Model → Citations → Pages → Rendering → Checks → Output → Pdf → the build → Server → Cli.
/// A file may use its own layer and the layers below it, never one above: this test reads every source file's
/// <c>using</c> directives, namespace-qualified names and uses of the build's own types, and names each edge that points up.
/// </summary>
public partial class StageDirectionTests
{
    /// <summary>Bottom first. Folders on one line are one layer (they may use each other).</summary>
    static readonly string[][] Layers =
    [
        ["Diagnostics", "Text"],
        ["Markup"],
        ["Seed"],
        ["Content"],
        ["Model"],
        ["Citations"],
        ["Pages"],
        ["Rendering"],
        ["Checks"],
        ["Output"],
        ["Pdf"],
        [""], // the build itself: SiteBuilder, InputCache, LoadedSite (the root namespace)
        ["Server"],
        ["Cli"],
    ];

    /// <summary>Types of the root namespace, which every namespace of the generator sees without a using.</summary>
    static readonly string[] RootTypes = ["SiteBuilder", "BuildInputs", "BuildResult", "LoadedSite", "InputCache"];

    static int LayerOf(string folder) => Array.FindIndex(Layers, l => l.Contains(folder));

    static string Generator => Path.Combine(TestPaths.Repo, "generator");

    static IEnumerable<(string File, string Folder)> SourceFiles() =>
        Directory.EnumerateFiles(Generator, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (f, Path.GetRelativePath(Generator, f).Replace('\\', '/')))
            .Select(x => (x.f, x.Item2.Contains('/') ? x.Item2[..x.Item2.IndexOf('/')] : ""))
            .Where(x => Path.GetFileName(x.f) != "Program.cs" || x.Item2.Length > 0);

    [Fact]
    public void EveryFolderOfTheGeneratorIsALayer()
    {
        var unknown = SourceFiles().Select(f => f.Folder).Distinct().Where(f => LayerOf(f) < 0).ToList();
        Assert.True(unknown.Count == 0, "folders not placed in a layer: " + string.Join(", ", unknown));
    }

    [Fact]
    public void StagesImportOnlyDownwards()
    {
        var folders = Layers.SelectMany(l => l).Where(f => f.Length > 0).ToList();
        var qualified = new Regex(@"(?<![\w.])(?:Bibliography\.)?(" + string.Join('|', folders) + @")\.[A-Z]\w*");
        var usingLine = new Regex(@"^using (?:static )?Bibliography\.(\w+)", RegexOptions.Multiline);
        var rootType = new Regex(@"\b(" + string.Join('|', RootTypes) + @")\b");
        var upward = new List<string>();
        foreach (var (file, folder) in SourceFiles())
        {
            var layer = LayerOf(folder);
            var code = StripCommentsAndStrings(File.ReadAllText(file));
            var used = usingLine.Matches(code).Select(m => m.Groups[1].Value)
                .Concat(qualified.Matches(code).Select(m => m.Groups[1].Value))
                .Where(u => LayerOf(u) > layer).Distinct();
            if (folder.Length > 0 && LayerOf("") > layer && rootType.Match(code) is { Success: true } root)
                used = used.Append($"the build ({root.Value})");
            foreach (var u in used)
                upward.Add($"{Path.GetRelativePath(Generator, file)} ({(folder.Length == 0 ? "the build" : folder)}) uses {u}");
        }
        Assert.True(upward.Count == 0, "edges that point up:\n" + string.Join("\n", upward.Order(StringComparer.Ordinal)));
    }

    /// <summary>Comments, strings and XML docs name stages freely ("the Pages stage"); only code counts.</summary>
    static string StripCommentsAndStrings(string code) =>
        CommentOrString().Replace(code, m => m.Value.StartsWith("//", StringComparison.Ordinal) || m.Value.StartsWith("/*", StringComparison.Ordinal) ? "" : "\"\"");

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|\$?""(?:[^""\\\n]|\\.)*""", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();
}
