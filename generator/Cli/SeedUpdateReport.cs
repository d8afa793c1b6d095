using Bibliography.Model;
using Bibliography.Seed;
using Bibliography.Text;

namespace Bibliography.Cli;

/// <summary>
/// What <c>update-seed</c> prints: a heading naming both lists, one line per change (added, removed, moved, retitled,
/// parts renamed, headings' counts changed, each in the list's order) and a summary line with the counts.
/// </summary>
public static class SeedUpdateReport
{
    public static void Print(SeedDocument current, SeedDocument next, SeedUpdate update, TextWriter output)
    {
        var diff = update.Diff;
        output.WriteLine($"Comparing {current.Path} ({Size(current)}) with {next.Path} ({Size(next)}):");
        foreach (var e in diff.Added)
            Line(output, "added", e.Ref, Quote(e.Title) + (update.TitledAdded.GetValueOrDefault(e.Ref) is { } has
                ? $" ({has.Path} has this title: add \"{e.Ref}\" to its `seed`)"
                : $" (no fragment yet: once the list is taken, `new \"<title>\" --seed {e.Ref}` starts one)"));
        foreach (var e in diff.Removed)
            Line(output, "removed", e.Ref, Quote(e.Title) + Removed(update, e.Ref));
        foreach (var m in diff.Moved)
            Line(output, "moved", $"{m.Old.Ref} → {m.New.Ref}", Quote(m.New.Title) + Fragment(update, m.Old.Ref, ""));
        foreach (var m in diff.Retitled)
            Line(output, "retitled", m.IsMoved ? $"{m.Old.Ref} → {m.New.Ref}" : m.New.Ref,
                $"{Quote(m.Old.Title)} → {Quote(m.New.Title)}" + Fragment(update, m.Old.Ref, ": check its title and aliases"));
        foreach (var p in diff.RenamedParts)
            Line(output, "part", p.Number.ToString(), p.Old is null ? $"added: {Quote(p.New!.Title)}"
                : p.New is null ? $"removed: {Quote(p.Old.Title)}"
                : $"{Quote(p.Old.Title)} → {Quote(p.New.Title)}");
        foreach (var p in diff.CountChanges)
            Line(output, "count", p.Number.ToString(),
                $"heading says {Count(p.New!.DeclaredCount)}, was {Count(p.Old!.DeclaredCount)} (the part has {p.New.Items.Count} items)");
        if (diff.IsEmpty) output.WriteLine("  no changes");
        output.WriteLine(
            $"Summary: added {diff.Added.Count}, removed {diff.Removed.Count}, moved {diff.Moved.Count()}, retitled {diff.Retitled.Count()}, " +
            $"parts renamed {diff.RenamedParts.Count()}, heading counts changed {diff.CountChanges.Count()}; " +
            $"fragments whose refs move: {update.Moves.Count}.");
    }

    static void Line(TextWriter output, string kind, string refs, string text) =>
        output.WriteLine($"  {kind,-9} {refs,-13} {text}");

    /// <summary>A removed item's fragment stays: under "No longer in the list", or at the paper's other listings.</summary>
    static string Removed(SeedUpdate update, string oldRef)
    {
        if (update.FragmentOf(oldRef) is not { } f) return " (no fragment)";
        var others = update.NewRefsOf(f);
        if (others.Count == 0) return $" ({f.Path} stays, under \"No longer in the list\", unless you delete it)";
        var declared = update.DeclaredRef(f, oldRef) ?? oldRef;
        var where = f.CuratorNoteEn.ContainsKey(declared) ? "its `seed` and `curator_note_en`" : "its `seed`";
        return $" ({f.Path} stays at {string.Join(", ", others)}: remove \"{declared}\" from {where})";
    }

    static string Fragment(SeedUpdate update, string oldRef, string advice) =>
        update.FragmentOf(oldRef) is { } f ? $" ({f.Path}{advice})" : " (no fragment)";

    static string Size(SeedDocument doc) => $"{doc.Parts.Count} parts, {doc.Items.Count()} items";

    static string Count(int? n) => n is { } v ? $"{v} items" : "no count";

    static string Quote(string title) => $"\"{title}\"";
}
