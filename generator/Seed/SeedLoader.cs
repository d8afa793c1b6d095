using Bibliography.Diagnostics;
using Bibliography.Text;

namespace Bibliography.Seed;

/// <summary>Reads the seed file (UTF-8 required) and hands the text to <see cref="SeedParser"/>.</summary>
public static class SeedLoader
{
    public static SeedDocument? Load(string file, DiagnosticBag diagnostics)
    {
        var display = Paths.Display(file);
        if (!File.Exists(file) && !Directory.Exists(file))
        {
            diagnostics.Error(Codes.SeedUnreadable, "the seed list does not exist; pass --seed FILE or restore seeds/", display);
            return null;
        }
        var text = SourceFile.ReadUtf8(file, display, diagnostics, Codes.SeedNotUtf8, Codes.SeedUnreadable);
        return text is null ? null : SeedParser.Parse(display, text, diagnostics);
    }
}
