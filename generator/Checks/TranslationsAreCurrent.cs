using Bibliography.Diagnostics;
using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Checks;

/// <summary>
/// Rule <c>TranslationsAreCurrent</c>: a fragment whose <c>translated_from</c> fingerprint no longer matches its source
/// annotation has a translation older than its source (a warning, so <c>check --strict</c> fails); a malformed value is
/// an error. Each points at the <c>translated_from</c> line and says the value to write once the translation is updated.
/// </summary>
public static class TranslationsAreCurrent
{
    public static IEnumerable<Diagnostic> Check(IReadOnlyList<PaperTranslation> status)
    {
        foreach (var s in status.Where(s => s.Freshness is Freshness.Stale or Freshness.Malformed))
        {
            var path = s.Paper.SourcePath!;
            var (line, column) = s.Paper.Source!.PosOf("translated_from");
            if (s.Freshness == Freshness.Malformed)
            {
                yield return Diagnostic.Error(Codes.TranslatedFromMalformed,
                    $"translated_from `{s.Paper.TranslatedFrom}` must be \"LANG@FINGERPRINT\", e.g. \"{TranslationStatus.Mark(s.Paper, Lang.En) ?? "en@0123abcd"}\" for a zh annotation translated from the current en one",
                    path, line, column);
                continue;
            }
            var source = s.Source!.Value;
            var now = TranslationStatus.Mark(s.Paper, source);
            yield return Diagnostic.Warning(Codes.TranslationStale,
                now is null
                    ? $"the `::: {s.Target!.Value.Code()}` annotation is marked as translated from the `::: {source.Code()}` annotation, which is gone"
                    : $"the `::: {s.Target!.Value.Code()}` annotation was translated from an older `::: {source.Code()}` annotation ({s.Recorded}, now {s.Current}); update the translation, then set translated_from: \"{now}\"",
                path, line, column);
        }
    }
}
