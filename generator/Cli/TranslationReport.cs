using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Cli;

/// <summary>The translation section of <c>check</c>'s output: totals, then one line per paper with something to do.</summary>
public static class TranslationReport
{
    public static void Print(IReadOnlyList<PaperTranslation> status, TextWriter output)
    {
        var open = status.Where(s => !s.IsComplete).ToList();
        output.WriteLine(
            $"Translations: {status.Count} papers with a fragment; annotation zh {status.Count(s => s.AnnotationZh)}, en {status.Count(s => s.AnnotationEn)}; " +
            $"title_zh {status.Count(s => s.TitleZh)}; curator notes in English {status.Sum(s => s.CuratorNotesTranslated)}/{status.Sum(s => s.CuratorNotes)}; " +
            $"tracked by translated_from {status.Count(s => s.Freshness != Freshness.NotTracked)}, stale {status.Count(s => s.Freshness == Freshness.Stale)}");
        foreach (var s in open)
            output.WriteLine($"  {s.Paper.SourcePath}: {string.Join("; ", Missing(s))}");
    }

    static IEnumerable<string> Missing(PaperTranslation s)
    {
        if (!s.AnnotationZh) yield return "no zh annotation";
        if (!s.AnnotationEn) yield return "no en annotation";
        if (!s.TitleZh) yield return "no title_zh";
        if (s.CuratorNotesTranslated < s.CuratorNotes) yield return $"curator notes in English {s.CuratorNotesTranslated}/{s.CuratorNotes}";
        if (s.Freshness == Freshness.Stale) yield return $"{s.Target!.Value.Code()} translation older than its {s.Source!.Value.Code()} source";
        if (s.Freshness == Freshness.Malformed) yield return "translated_from malformed";
    }
}
