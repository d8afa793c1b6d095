using Bibliography.Content;
using Bibliography.Diagnostics;
using Bibliography.Seed;
using Bibliography.Text;

namespace Bibliography.Model;

/// <summary>
/// Joins the seed and the fragments into one immutable <see cref="Bibliography"/>. A fragment is matched to its seed
/// items by title first (its <c>title</c> or <c>aliases</c>, normalised), and by ref only where no title decides, so a
/// renumbered list still finds every paper; a ref claimed by a title wins over the same ref claimed by number alone.
/// Items no fragment claims become papers from the seed alone; the same title listed twice becomes one paper with two
/// listings; a fragment whose item is gone is kept as having left the list; a fragment without <c>seed</c> is an
/// editor's addition. Relations get their reverse, and cross-references their labels.
/// </summary>
public static class ModelBuilder
{
    // What depends on one immutable input alone is remembered for as long as that input lives: the preview's cache hands
    // the same seed and the same unedited fragments to every rebuild, which then need not index or hash them again.
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SeedDocument, SeedMatcher> Matchers = new();
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Fragment, Bilingual<string?>> Fingerprints = new();

    /// <summary>A fragment's claim on a seed entry, and whether its title decided it (else only the number did).</summary>
    sealed record Claim(Fragment Fragment, FragmentRef Declared, SeedEntry Entry, bool IsMention, string Ref, bool ByTitle);

    /// <param name="changes">The edition's record of what changed (<c>content/changes.yml</c>); its paper ids are checked here.</param>
    public static Bibliography Build(SeedDocument seed, IReadOnlyList<Fragment> fragments, IReadOnlyList<Tag> tags, SiteText site, DiagnosticBag diagnostics,
        IReadOnlyList<ChangeEntry>? changes = null, StageTimings? timings = null)
    {
        var matcher = Matchers.GetValue(seed, static s => new SeedMatcher(s));
        fragments = DistinctIds(fragments, diagnostics);

        // 1. Each fragment's refs become claims on seed entries: title first, number second.
        var claims = new List<Claim>();
        var unresolved = new List<(Fragment Fragment, FragmentRef Declared)>();
        foreach (var f in fragments)
        {
            var assigned = new HashSet<string>(StringComparer.Ordinal);
            foreach (var declared in f.Seed)
            {
                var claim = Resolve(matcher, f, declared, assigned);
                if (claim is null) { unresolved.Add((f, declared)); continue; }
                if (claim.Ref != declared.Ref)
                    diagnostics.Warning(Codes.RefMovedByTitle,
                        $"`{f.Id}` lists {declared.Ref}, but its title is found at {claim.Ref}; using {claim.Ref} (the list was renumbered? update `seed`, or run update-seed --write)",
                        f.Path, declared.Pos.Line, declared.Pos.Column);
                if (assigned.Add(claim.Ref)) claims.Add(claim);
            }
        }

        timings?.Lap("model: claims");
        // 2. Each ref belongs to one fragment. A title match beats a claim by number alone (the list moved a paper into
        //    the slot of one it removed); two claims of equal strength are an error.
        var claimByRef = new Dictionary<string, Claim>(StringComparer.Ordinal);
        var lost = new List<Claim>();
        foreach (var c in claims.OrderBy(c => c.ByTitle ? 0 : 1))
        {
            if (!claimByRef.TryGetValue(c.Ref, out var first)) { claimByRef[c.Ref] = c; continue; }
            if (first.ByTitle && !c.ByTitle) { lost.Add(c); continue; }
            diagnostics.Error(Codes.RefClaimedTwice,
                $"seed ref {c.Ref} is claimed by `{c.Fragment.Id}` and by `{first.Fragment.Id}` ({first.Fragment.Path}:{first.Declared.Pos.Line}); a ref belongs to one paper",
                c.Fragment.Path, c.Declared.Pos.Line, c.Declared.Pos.Column);
        }

        // 3. Papers: one per fragment with its claims, one per unclaimed title from the seed alone, and the fragments the
        //    list no longer has (kept, with a warning) or never had (the editor's additions).
        var papers = new List<Paper>();
        var claimsOf = claimByRef.Values.ToLookup(c => c.Fragment, (IEqualityComparer<Fragment>)ReferenceEqualityComparer.Instance);
        var lostOf = lost.Select(c => (c.Fragment, c.Declared)).Concat(unresolved)
            .ToLookup(x => x.Fragment, x => x.Declared, (IEqualityComparer<Fragment>)ReferenceEqualityComparer.Instance);
        foreach (var f in fragments)
        {
            var mine = claimsOf[f].ToList();
            var gone = lostOf[f].ToList();
            if (f.IsAddition)
            {
                papers.Add(FromFragment(f, [], PaperStatus.Addition, diagnostics));
                continue;
            }
            if (mine.Count == 0)
            {
                var pos = gone.Count > 0 ? gone[0].Pos : f.PosOf("seed");
                diagnostics.Warning(Codes.ItemLeftTheList,
                    $"`{f.Id}` claims {string.Join(", ", f.Seed.Select(s => s.Ref))}, but the list no longer has its title there or anywhere; its page stays, under \"No longer in the list\" (delete {f.Path} if the paper should go, or fix `title`/`aliases` if the list renamed it)",
                    f.Path, pos.Line, pos.Column);
                papers.Add(FromFragment(f, [], PaperStatus.LeftTheList, diagnostics));
                continue;
            }
            foreach (var d in gone)
                diagnostics.Warning(Codes.ItemLeftTheList,
                    $"`{f.Id}` lists {d.Ref}, which no longer names this paper (the list removed or renumbered it); remove {d.Ref} from `seed`",
                    f.Path, d.Pos.Line, d.Pos.Column);
            papers.Add(FromFragment(f, mine, PaperStatus.Listed, diagnostics));
        }
        var usedIds = fragments.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var group in seed.Entries.Where(e => !claimByRef.ContainsKey(e.Ref)).GroupBy(e => TextKeys.TitleKey(e.Title)))
        {
            var list = group.ToList();
            foreach (var e in list)
                diagnostics.Warning(Codes.ItemWithoutFragment,
                    $"seed item {e.Ref} \"{Shorten(e.Title)}\" has no fragment; its page shows the seed alone, marked \"annotation wanted\" (run `new --seed {e.Ref}` to start one)",
                    seed.Path, e.Line, 1);
            papers.Add(FromSeed(list, usedIds));
        }
        papers.Sort(CompareReadingOrder);
        timings?.Lap("model: papers");

        // 4. Parts list every listing in order, mentions after the item they are mentioned in.
        var paperByRef = PaperByRef(papers);
        var listingsByPart = papers.SelectMany(p => p.Listings).ToLookup(l => l.Part);
        var parts = seed.Parts.Select(sp =>
        {
            var entries = listingsByPart[sp.Number].Order(Comparer<Listing>.Create(CompareListings))
                .Select(l => new PartEntry(l, paperByRef[l.Ref])).ToList();
            var en = site.PartTitlesEn.GetValueOrDefault(sp.Number) ?? sp.Title;
            return new Part(sp.Number, new Bilingual<string>(sp.Title, en), sp.DeclaredCount, entries);
        }).ToList();

        timings?.Lap("model: parts");
        // 5. Relations in both directions, and cross-references labelled, once every paper and part is known.
        var byId = papers.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var relations = Relations(fragments, byId, diagnostics);
        var body = new BodyContext(matcher, paperByRef, byId, parts.Select(p => p.Number).ToHashSet());
        foreach (var f in fragments) BodyChecks(f, body, diagnostics);
        foreach (var step in site.StartHere.Where(s => !byId.ContainsKey(s.PaperId)))
        {
            var hint = Suggestions.Closest(step.PaperId, byId.Keys.Order(StringComparer.Ordinal)) is { } s ? $"; did you mean `{s}`?" : "";
            diagnostics.Error(Codes.UnknownStartPaper, $"`start_here` names `{step.PaperId}`, which is no paper of the list{hint}", step.File, step.Pos.Line, step.Pos.Column);
        }
        timings?.Lap("model: relations, xrefs");
        papers = papers.Select(p => p with
        {
            Relations = relations.GetValueOrDefault(p.Id) ?? [],
            Writing = p.Writing.Map((prose, lang) => Label(prose, lang, byId)),
        }).ToList();

        timings?.Lap("model: labels");
        changes ??= [];
        foreach (var entry in changes)
            foreach (var id in entry.Annotated.Where(id => !byId.ContainsKey(id)).Distinct())
            {
                var hint = Suggestions.Closest(id, byId.Keys.Order(StringComparer.Ordinal)) is { } s ? $"; did you mean `{s}`?" : "";
                diagnostics.Warning(Codes.ChangesFile, $"the entry of {entry.Date:yyyy-MM-dd} lists `{id}` as annotated, which is no paper of the list{hint}",
                    entry.File, entry.Pos.Line, entry.Pos.Column);
            }

        return new Bibliography(site, seed.Title, seed.PrefaceLines, parts, papers, tags, changes);
    }

    /// <summary>A fragment's ref as a claim: its title at that ref; its title elsewhere; the ref by number; a mention.</summary>
    static Claim? Resolve(SeedMatcher seed, Fragment f, FragmentRef declared, HashSet<string> taken)
    {
        var keys = seed.KeysOf(f);
        var exact = seed.Entry(declared.Ref);
        if (exact is not null && seed.TitleMatches(exact, keys)) return new Claim(f, declared, exact, false, exact.Ref, true);

        var elsewhere = seed.EntriesWith(keys).Where(e => !taken.Contains(e.Ref) && !f.Seed.Any(s => s.Ref == e.Ref)).ToList();
        if (elsewhere.Count > 0) return new Claim(f, declared, elsewhere[0], false, elsewhere[0].Ref, true);
        if (exact is not null) return new Claim(f, declared, exact, false, exact.Ref, false);

        // A paper an item's notes only mention: "6.3b" where item 6.3 holds one paper.
        if (declared.Suffix is not null)
        {
            var mentioning = seed.ItemsMentioning(keys);
            var item = seed.Item($"{declared.Part}.{declared.Number}");
            if (item is not null && (mentioning.Count == 0 || mentioning.Contains(item)) && declared.Suffix[0] - 'a' >= item.Entries.Count)
                return new Claim(f, declared, item.Entries[^1], true, declared.Ref, mentioning.Contains(item));
            if (mentioning.Count > 0)
            {
                var m = mentioning[0];
                var suffix = (char)('a' + m.Entries.Count);
                return new Claim(f, declared, m.Entries[^1], true, $"{m.Ref}{suffix}", true);
            }
        }
        return null;
    }

    static IReadOnlyList<Fragment> DistinctIds(IReadOnlyList<Fragment> fragments, DiagnosticBag diagnostics)
    {
        var result = new List<Fragment>();
        var byId = new Dictionary<string, Fragment>(StringComparer.Ordinal);
        foreach (var f in fragments)
        {
            if (byId.TryGetValue(f.Id, out var first))
            {
                var pos = f.PosOf("id");
                diagnostics.Error(Codes.DuplicateId, $"id `{f.Id}` is already used by {first.Path}:{first.PosOf("id").Line}; ids are permalinks and must be unique", f.Path, pos.Line, pos.Column);
                continue;
            }
            byId[f.Id] = f;
            result.Add(f);
        }
        return result;
    }

    static Paper FromFragment(Fragment f, List<Claim> claims, PaperStatus status, DiagnosticBag diagnostics)
    {
        var listings = claims.Select(c =>
        {
            var e = c.Entry;
            var note = f.CuratorNoteEn.GetValueOrDefault(c.Declared.Ref);
            if (!c.IsMention)
                return new Listing(e.Part, e.Number, c.Ref, e.TitleLine, e.NoteLines, note, false, e.Line);
            // A mention shows the note line that names the paper and the lines after it, up to a blank line.
            var (shown, after) = SeedMatcher.MentionLines(e, f);
            var number = int.Parse(c.Ref.Split('.')[1].TrimEnd("abcdefghijklmnopqrstuvwxyz".ToCharArray()));
            return new Listing(e.Part, number, c.Ref, shown, after, note, true, e.Line);
        }).Order(Comparer<Listing>.Create(CompareListings)).ToList();

        if (f.Facts.TitleZh is null)
            diagnostics.Warning(Codes.MissingTranslation, $"`{f.Id}` has no `title_zh`; the Chinese pages show the English title", f.Path, 1, 1);

        // The list's line may carry the arXiv id the fragment leaves out.
        var facts = f.Facts.Arxiv is null && f.Facts.Url is null && claims.Select(c => c.Entry.Arxiv).FirstOrDefault(a => a is not null) is { } seedArxiv
            ? f.Facts with { Arxiv = seedArxiv }
            : f.Facts;
        return new Paper(f.Id, facts, status, listings, f.Writing, [], f.Source, f.TranslatedFrom, FingerprintsOf(f));
    }

    /// <summary>Fingerprints for translation tracking: of the text as written, so renumbering the list does not make a translation stale.</summary>
    static Bilingual<string?> FingerprintsOf(Fragment f)
    {
        static string? Fingerprint(Prose? p) => p is null ? null : TranslationStatus.Fingerprint(Markup.Xrefs.Label(p.Text, false, t => t.ToString()));
        return Fingerprints.GetValue(f, static f => new Bilingual<string?>(Fingerprint(f.Writing.Annotation.Zh), Fingerprint(f.Writing.Annotation.En)));
    }

    static Paper FromSeed(List<SeedEntry> entries, HashSet<string> usedIds)
    {
        var first = entries[0];
        var id = TextKeys.Slug(first.Title);
        if (id.Length == 0) id = "item-" + first.Ref.Replace('.', '-');
        var unique = id;
        for (var n = 2; !usedIds.Add(unique); n++) unique = $"{id}-{n}";
        var listings = entries.Select(e => new Listing(e.Part, e.Number, e.Ref, e.TitleLine, e.NoteLines, null, false, e.Line)).ToList();
        var url = entries.SelectMany(e => e.Urls).FirstOrDefault(u => TitleCleaner.ArxivFromUrl(u) is null);
        var facts = PaperFacts.FromTitle(first.Title, entries.Select(e => e.Year).FirstOrDefault(y => y is not null),
            entries.Select(e => e.Arxiv).FirstOrDefault(a => a is not null), url);
        return new Paper(unique, facts, PaperStatus.Listed, listings, Writing.None, [], null, null, new Bilingual<string?>(null, null));
    }

    /// <summary>
    /// Every declared relation, checked (the paper it names exists), with its reverse on the other paper. A relation
    /// declared from both sides is kept once on each.
    /// </summary>
    static Dictionary<string, IReadOnlyList<Relation>> Relations(IReadOnlyList<Fragment> fragments, Dictionary<string, Paper> byId, DiagnosticBag diagnostics)
    {
        var all = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        void Add(string on, Relation r)
        {
            if (!all.TryGetValue(on, out var list)) all[on] = list = [];
            if (!list.Any(x => x.Type == r.Type && x.PaperId == r.PaperId && (x.Reverse == r.Reverse || r.Type.IsSymmetric()))) list.Add(r);
        }
        foreach (var f in fragments)
            foreach (var r in f.Relations)
            {
                if (!byId.ContainsKey(r.Target))
                {
                    var hint = Suggestions.Closest(r.Target, byId.Keys.Order(StringComparer.Ordinal)) is { } s ? $"; did you mean `{s}`?" : "";
                    diagnostics.Error(Codes.UnknownRelationTarget, $"`{r.Type.Key()}` names `{r.Target}`, which is no paper of the list{hint} (ids are the fragments' file names)",
                        f.Path, r.Pos.Line, r.Pos.Column);
                    continue;
                }
                Add(f.Id, new Relation(r.Type, r.Target, false));
                Add(r.Target, new Relation(r.Type, f.Id, !r.Type.IsSymmetric()));
            }
        return all.ToDictionary(x => x.Key, x => (IReadOnlyList<Relation>)x.Value
            .OrderBy(r => r.Type).ThenBy(r => r.Reverse).ThenBy(r => r.PaperId, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    /// <summary>Which paper each listing's ref (<c>2.20</c>, <c>6.3b</c>) belongs to.</summary>
    static Dictionary<string, string> PaperByRef(IEnumerable<Paper> papers) =>
        papers.SelectMany(p => p.Listings.Select(l => (l.Ref, p.Id))).ToDictionary(x => x.Ref, x => x.Id, StringComparer.Ordinal);

    /// <summary>What the checks of a fragment's prose look up: the list, which paper each ref is, the papers and the parts.</summary>
    sealed record BodyContext(SeedMatcher Matcher, IReadOnlyDictionary<string, string> PaperByRef, IReadOnlyDictionary<string, Paper> ById, IReadOnlySet<int> Parts);

    /// <summary>
    /// The checks of what a fragment's prose (after the front matter) writes: an annotation in each language,
    /// cross-references to papers and parts that exist, item numbers written bare. They depend on the prose and on the
    /// list's shape alone, so <see cref="Patch"/> runs them again for an edited fragment and nothing else.
    /// </summary>
    static void BodyChecks(Fragment f, BodyContext context, DiagnosticBag diagnostics)
    {
        var annotation = f.Writing.Annotation;
        if (annotation.Zh is null || annotation.En is null)
        {
            var missing = annotation.Zh is null ? "zh" : "en";
            diagnostics.Warning(Codes.MissingTranslation,
                $"`{f.Id}` has no `::: {missing}` annotation; its {missing} page shows the other language, marked as such", f.Path, 1, 1);
        }
        foreach (var x in f.Xrefs)
        {
            if (x.Target.PaperId is { } id && !context.ById.ContainsKey(id))
            {
                var hint = Suggestions.Closest(id, context.ById.Keys.Order(StringComparer.Ordinal)) is { } s ? $"; did you mean `[[{s}]]`?" : "";
                diagnostics.Error(Codes.UnknownXrefTarget, $"cross-reference `[[{id}]]` names no paper of the list{hint}", f.Path, x.Pos.Line, x.Pos.Column);
            }
            else if (x.Target.Part is { } n && !context.Parts.Contains(n))
                diagnostics.Error(Codes.UnknownXrefTarget, $"cross-reference `[[part:{n}]]` names no part: the list has parts 1 to {context.Parts.Count}", f.Path, x.Pos.Line, x.Pos.Column);
        }
        foreach (var n in f.BareNumbers.Where(n => context.Matcher.Entry(n.Ref) is not null || context.Matcher.Item(n.Ref) is not null))
        {
            var named = context.PaperByRef.TryGetValue(n.Ref, out var pid) ? pid : context.PaperByRef.GetValueOrDefault(n.Ref + "a");
            diagnostics.Warning(Codes.BareItemNumber,
                $"`{n.Written}` names item {n.Ref} by its number; write [[{named ?? "paper-id"}]] instead, which shows the number and follows the list when it is renumbered",
                f.Path, n.Pos.Line, n.Pos.Column);
        }
    }

    /// <summary>
    /// The bibliography after edits to the prose of some fragments whose front matter stayed the same byte for byte
    /// (the preview's common case: a contributor writing an annotation). What depends on the front matter (the list's
    /// shape, facts, listings, relations, citations) is <paramref name="earlier"/>'s; each edited paper gets its new
    /// writing, labelled, and its prose is checked again. The result equals what <see cref="Build"/> makes from the
    /// same inputs; <paramref name="removed"/> gets the prose diagnostics of the old fragments, <paramref name="added"/>
    /// those of the new.
    /// </summary>
    public static Bibliography Patch(Bibliography earlier, SeedDocument seed, IReadOnlyList<(Fragment Old, Fragment New)> edits,
        DiagnosticBag removed, DiagnosticBag added)
    {
        var matcher = Matchers.GetValue(seed, static s => new SeedMatcher(s));
        var paperByRef = PaperByRef(earlier.Papers);
        var body = new BodyContext(matcher, paperByRef, earlier.PaperById, earlier.Parts.Select(p => p.Number).ToHashSet());
        var papers = earlier.Papers.ToArray();
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < papers.Length; i++) at[papers[i].Id] = i;
        foreach (var (old, edited) in edits)
        {
            BodyChecks(old, body, removed);
            BodyChecks(edited, body, added);
            var i = at[edited.Id];
            papers[i] = papers[i] with
            {
                Writing = edited.Writing.Map((prose, lang) => Label(prose, lang, earlier.PaperById)),
                Source = edited.Source,
                Fingerprints = FingerprintsOf(edited),
            };
        }
        return earlier.With(papers);
    }

    /// <summary>Cross-references get their text: a paper its item number (or title, for one the list does not have), a part its name.</summary>
    static Prose Label(Prose prose, Lang lang, IReadOnlyDictionary<string, Paper> byId)
    {
        string? Text(Markup.Xrefs.Target t) =>
            t.PaperId is { } id ? byId.TryGetValue(id, out var p) ? p.Refs?.Split(',')[0] ?? p.Facts.LocalTitle(lang) : null
            : t.Part is { } n ? PartName(lang, n) : null;
        return new Prose(Markup.Xrefs.Label(prose.Html, true, Text), Markup.Xrefs.Label(prose.Text, false, Text));
    }

    /// <summary>A part named in running text: "part 3", "第三部分".</summary>
    public static string PartName(Lang lang, int number) =>
        lang == Lang.Zh ? $"第{TextKeys.ChineseNumeral(number)}部分" : $"part {number}";

    static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "…";

    /// <summary>The list's papers by first listing, then those that left it, then the additions, each by id.</summary>
    static int CompareReadingOrder(Paper a, Paper b)
    {
        var c = a.Status.CompareTo(b.Status);
        if (c != 0) return c;
        if (a.FirstListing is { } x && b.FirstListing is { } y) return CompareListings(x, y);
        return string.CompareOrdinal(a.Id, b.Id);
    }

    static int CompareListings(Listing a, Listing b)
    {
        var c = a.Part.CompareTo(b.Part);
        if (c != 0) return c;
        c = a.Number.CompareTo(b.Number);
        if (c != 0) return c;
        c = a.IsMention.CompareTo(b.IsMention);
        return c != 0 ? c : string.CompareOrdinal(a.Ref, b.Ref);
    }
}
