namespace Bibliography.Seed;

/// <summary>
/// Compares two exports of the list entry by entry. An entry of the current list is the same paper as an entry of the
/// new one when they share a title key (<see cref="SeedKeys"/>: the cleaned title, the line as written, an arXiv id or
/// URL); a paper listed twice is paired with the listing nearest its old place. Entries left over are paired by
/// position: those between the same matched neighbours, in order, when both sides have as many and stay in their
/// part, else those with the same ref; such a pair is one entry whose title changed. The rest were removed or added.
/// Pure: two documents in, a <see cref="SeedDiff"/> out.
/// </summary>
public static class SeedComparer
{
    public static SeedDiff Compare(SeedDocument current, SeedDocument next)
    {
        var olds = current.Entries.ToList();
        var news = next.Entries.ToList();
        var match = new int?[olds.Count];
        var taken = new bool[news.Count];
        var byTitle = new bool[olds.Count];

        // 1. By title: every pair sharing a key, nearest first (same ref, then same part, then fewest places apart).
        var newByKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < news.Count; j++)
            foreach (var key in SeedKeys.Of(news[j]))
            {
                if (!newByKey.TryGetValue(key, out var list)) newByKey[key] = list = [];
                list.Add(j);
            }
        var pairs = new List<(int Old, int New)>();
        for (var i = 0; i < olds.Count; i++)
            pairs.AddRange(SeedKeys.Of(olds[i]).SelectMany(k => newByKey.GetValueOrDefault(k) ?? []).Distinct().Select(j => (i, j)));
        foreach (var (i, j) in pairs
            .OrderBy(p => olds[p.Old].Ref == news[p.New].Ref ? 0 : 1)
            .ThenBy(p => olds[p.Old].Part == news[p.New].Part ? 0 : 1)
            .ThenBy(p => Math.Abs(p.Old - p.New))
            .ThenBy(p => p.Old).ThenBy(p => p.New))
        {
            if (match[i] is not null || taken[j]) continue;
            (match[i], taken[j], byTitle[i]) = (j, true, true);
        }

        // 2. By position: each run of unmatched entries against the unmatched entries between the same neighbours.
        for (var start = 0; start < olds.Count; start++)
        {
            if (match[start] is not null) continue;
            var end = start;
            while (end + 1 < olds.Count && match[end + 1] is null) end++;
            var from = start > 0 ? match[start - 1]!.Value : -1;
            var to = end + 1 < olds.Count ? match[end + 1]!.Value : news.Count;
            var gap = Enumerable.Range(from + 1, Math.Max(0, to - from - 1)).Where(j => !taken[j]).ToList();
            var run = Enumerable.Range(start, end - start + 1).ToList();
            if (gap.Count == run.Count && run.Zip(gap).All(p => olds[p.First].Part == news[p.Second].Part))
                foreach (var (i, j) in run.Zip(gap)) (match[i], taken[j]) = (j, true);
            start = end;
        }
        for (var i = 0; i < olds.Count; i++)
        {
            if (match[i] is not null) continue;
            var j = news.FindIndex(n => n.Ref == olds[i].Ref);
            if (j >= 0 && !taken[j]) (match[i], taken[j]) = (j, true);
        }

        var matches = Enumerable.Range(0, olds.Count).Where(i => match[i] is not null)
            .Select(i => new EntryMatch(olds[i], news[match[i]!.Value], byTitle[i])).ToList();
        var added = Enumerable.Range(0, news.Count).Where(j => !taken[j]).Select(j => news[j]).ToList();
        var removed = Enumerable.Range(0, olds.Count).Where(i => match[i] is null).Select(i => olds[i]).ToList();
        return new SeedDiff(matches, added, removed, Parts(current, next));
    }

    /// <summary>The parts whose heading changed (title or declared count), or that only one export has, by number.</summary>
    static List<PartChange> Parts(SeedDocument current, SeedDocument next)
    {
        var count = Math.Max(current.Parts.Count, next.Parts.Count);
        return Enumerable.Range(1, count)
            .Select(n => new PartChange(n, current.Parts.ElementAtOrDefault(n - 1), next.Parts.ElementAtOrDefault(n - 1)))
            .Where(p => p.Old is null || p.New is null || p.IsRenamed || p.IsCountChanged)
            .ToList();
    }

    /// <summary>Entries in the order a reader meets them: part, item, then the item's papers a, b, ….</summary>
    public static IComparer<SeedEntry> ReadingOrder { get; } = Comparer<SeedEntry>.Create(static (a, b) =>
    {
        var c = a.Part.CompareTo(b.Part);
        if (c == 0) c = a.Number.CompareTo(b.Number);
        return c != 0 ? c : string.CompareOrdinal(a.Suffix ?? "", b.Suffix ?? "");
    });
}
