using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Text;
using Bibliography.Content;

namespace Bibliography.Model;

/// <summary>Whether a translated annotation still matches the source text it was translated from.</summary>
public enum Freshness { NotTracked, UpToDate, Stale, Malformed }

/// <summary>
/// The translation state of one paper: which languages have an annotation, whether the Chinese title and the English
/// renderings of the curator's notes exist, and whether the translated annotation is older than its source.
/// </summary>
public sealed record PaperTranslation(
    Paper Paper,
    bool AnnotationZh,
    bool AnnotationEn,
    bool TitleZh,
    int CuratorNotes,
    int CuratorNotesTranslated,
    Lang? Source,
    string? Recorded,
    string? Current,
    Freshness Freshness)
{
    /// <summary>Everything there and nothing stale.</summary>
    public bool IsComplete => AnnotationZh && AnnotationEn && TitleZh && CuratorNotesTranslated == CuratorNotes && Freshness is not (Freshness.Stale or Freshness.Malformed);

    /// <summary>The language the translated annotation is in: the one that is not the source.</summary>
    public Lang? Target => Source?.Other();
}

/// <summary>
/// Decides, once, the translation state of every paper with a fragment. A fragment's <c>translated_from</c> is
/// <c>"LANG@FINGERPRINT"</c>: the other annotation was translated from the <c>::: LANG</c> annotation when its text had
/// that fingerprint. The fingerprint is computed from the text alone, so staleness is checked without git.
/// </summary>
public static partial class TranslationStatus
{
    public static IReadOnlyList<PaperTranslation> Of(Bibliography bib) =>
        bib.Papers.Where(p => p.HasFragment).Select(Of).ToList();

    public static PaperTranslation Of(Paper p)
    {
        // A note needs an English rendering when it has Chinese in it; a note the curator wrote in English (2.33) does not.
        var chineseNotes = p.Listings.Where(l => l.NoteLines.Any(TextKeys.HasCjk)).ToList();
        var notes = chineseNotes.Count;
        var translated = chineseNotes.Count(l => !string.IsNullOrWhiteSpace(l.NoteEn));
        Lang? source = null;
        string? recorded = null, current = null;
        var freshness = Freshness.NotTracked;
        if (p.TranslatedFrom is { } tf)
        {
            var m = TranslatedFromPattern().Match(tf.Trim());
            if (!m.Success) freshness = Freshness.Malformed;
            else
            {
                source = LangCodes.Parse(m.Groups[1].Value);
                recorded = m.Groups[2].Value;
                current = p.Fingerprints[source!.Value];
                freshness = current == recorded ? Freshness.UpToDate : Freshness.Stale;
            }
        }
        return new PaperTranslation(p, p.Writing.Annotation.Html().Zh is not null, p.Writing.Annotation.Html().En is not null, p.Facts.TitleZh is not null,
            notes, translated, source, recorded, current, freshness);
    }

    /// <summary>Eight hex digits of SHA-256 over the annotation's plain text with runs of whitespace made one space.</summary>
    public static string Fingerprint(string text)
    {
        var normalised = Whitespace().Replace(text, " ").Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..8];
    }

    /// <summary>The value to write in <c>translated_from</c> for the current source text.</summary>
    public static string? Mark(Paper p, Lang source) =>
        p.Fingerprints[source] is { } print ? $"{source.Code()}@{print}" : null;

    [GeneratedRegex(@"^(en|zh)@([0-9a-f]{8})$")]
    private static partial Regex TranslatedFromPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
