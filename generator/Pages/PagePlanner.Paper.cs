using System.Globalization;
using Bibliography.Content;
using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Pages;

// A paper page: title and facts first, the annotation once in the page's language, the other language folded, later
// context, the curator's words, how the paper relates to others of the list, and the citation (folded but for the reference).
public sealed partial class PagePlanner
{
    PlannedPage PaperPage(Lang lang, Paper paper)
    {
        var path = SiteUrls.Paper(lang, paper.Id);
        var title = paper.Facts.LocalTitle(lang);
        var other = paper.Facts.OtherTitle(lang);

        var annotation = Shown(paper.Writing.Annotation, lang, path);
        var otherAnnotation = annotation is { IsFallback: false } && paper.Writing.Annotation[lang.Other()] is { } o
            ? new TextView(Linked(o.Html, lang, path), lang.Other().Code(), lang.Other().HtmlLang(), false) : null;
        var context = Shown(paper.Writing.Context, lang, path);
        var otherContext = context is { IsFallback: false } && paper.Writing.Context[lang.Other()] is { } oc
            ? new TextView(Linked(oc.Html, lang, path), lang.Other().Code(), lang.Other().HtmlLang(), false) : null;
        var notes = paper.Listings.Select(l => CuratorNote(lang, paper, l, path)).OfType<CuratorNoteView>().ToList();
        var related = Related(lang, paper, path);

        var view = new PaperView(paper.Id, title, other, other is null ? null : lang.Other().HtmlLang(), Status(lang, paper),
            Facts(lang, paper, path), annotation, otherAnnotation, context, otherContext, Shown(paper.Writing.EditorNote, lang, path),
            notes, related, Neighbourhood.Draw(bib, paper, lang, path, t), EditHref(paper), paper.HasFragment, ContributingHref(lang),
            cites.GetValueOrDefault((lang, paper.Id)));

        var toc = new List<TocEntry>();
        toc.Add(new("annotation", t(lang, "annotation")));
        if (context is not null) toc.Add(new("later", t(lang, "context_title")));
        if (notes.Count > 0) toc.Add(new("curator", t(lang, "curator_note")));
        if (related.Count > 0) toc.Add(new("related", t(lang, "related_title")));
        if (view.Cite is not null) toc.Add(new("cite", t(lang, "cite")));

        var part = PartOf(paper);
        var (prev, next) = Neighbours(lang, paper, path);
        var crumbs = part is not null
            ? Crumbs(lang, path, (SiteUrls.Part(lang, part.Number), PartLabel(lang, part.Number)), (null, ItemLabel(lang, paper.FirstListing!.Ref)))
            : paper.Status == PaperStatus.Addition
                ? Crumbs(lang, path, (SiteUrls.Additions(lang), t(lang, "additions_title")), (null, ShortTitle(paper, lang).Label))
                : Crumbs(lang, path, (SiteUrls.LeftTheList(lang), t(lang, "left_title")), (null, ShortTitle(paper, lang).Label));
        var nav = new Navigation(Sidebar(lang, path, part?.Number, paper.Id, paper.Status == PaperStatus.Addition ? SiteUrls.Additions(lang) : null), crumbs, toc, prev, next);

        var layout = Layout(lang, path, title, Describe(lang, paper), "paper", nav);
        return new PlannedPage(path, "layouts/paper.html", lang, view,
            layout with { Page = layout.Page with { Meta = [.. layout.Page.Meta, .. PaperMeta(lang, paper, path)], JsonLd = PaperJsonLd(lang, paper, path) } });
    }

    PaperFactsView Facts(Lang lang, Paper paper, string path)
    {
        var f = paper.Facts;
        var links = new List<LinkView>();
        if (f.ArxivAbsUrl is { } abs) links.Add(new LinkView(abs, $"arXiv:{f.Arxiv}"));
        if (f.ArxivPdfUrl is { } pdf) links.Add(new LinkView(pdf, "PDF"));
        else if (f.Pdf is { } p) links.Add(new LinkView(p, "PDF"));
        if (f.DoiUrl is { } doi) links.Add(new LinkView(doi, $"DOI {f.Doi}"));
        if (f.Url is { } u && u != f.Pdf) links.Add(new LinkView(u, t(lang, f.Kind == PaperKind.Repository ? "link_repository" : f.Kind == PaperKind.BlogPost ? "link_post" : "link_page")));
        if (f.Code is { } code) links.Add(new LinkView(code, t(lang, "link_code")));
        var listed = paper.Listings.Select(l => new LinkView(SiteUrls.Relative(path, SiteUrls.Part(lang, l.Part)) + "#" + l.Anchor,
            l.IsMention ? string.Format(CultureInfo.InvariantCulture, t(lang, "mentioned_in"), l.Ref) : ItemLabel(lang, l.Ref))).ToList();
        return new PaperFactsView(AuthorsText(lang, f.Authors), f.Year, f.Venue, t(lang, "kind_" + f.Kind.Name()), listed, TagLinks(lang, paper, path), links);
    }

    /// <summary>The notice a page needs: no annotation yet, no longer in the list, or an editor's addition.</summary>
    StatusView? Status(Lang lang, Paper paper) => paper switch
    {
        { HasFragment: false } => new StatusView("wanted", t(lang, "wanted_label"),
            string.Format(CultureInfo.InvariantCulture, t(lang, "wanted_text"), paper.FirstListing?.Ref ?? ""), ContributingHref(lang), t(lang, "wanted_how")),
        { Status: PaperStatus.LeftTheList } => new StatusView("left", t(lang, "left_title"), t(lang, "left_text"), null, null),
        { Status: PaperStatus.Addition } => new StatusView("addition", t(lang, "addition_label"), t(lang, "addition_text"), null, null),
        _ => null,
    };

    /// <summary>The papers of the list this one relates to, grouped by how ("Builds on", "Built on by", …).</summary>
    IReadOnlyList<RelationGroupView> Related(Lang lang, Paper paper, string path) =>
        paper.Relations.GroupBy(r => (r.Type, r.Reverse)).OrderBy(g => g.Key.Type).ThenBy(g => g.Key.Reverse)
            .Select(g => new RelationGroupView(t(lang, RelationKey(g.Key.Type, g.Key.Reverse)), g
                .Select(r => bib.PaperById[r.PaperId]).OrderBy(p => order[p.Id])
                .Select(p => new RelatedPaperView(SiteUrls.Relative(path, SiteUrls.Paper(lang, p.Id)), p.Refs?.Split(',')[0] ?? "", p.Facts.LocalTitle(lang), p.Id,
                    p.Facts.Year?.ToString(CultureInfo.InvariantCulture))).ToList()))
            .ToList();

    /// <summary>The UI string naming a relation as seen from one side: "rel_builds_on", "rel_builds_on_reverse" ("built on by").</summary>
    public static string RelationKey(RelationType type, bool reverse) => "rel_" + type.Key() + (reverse ? "_reverse" : "");

    /// <summary>The previous and next paper of the part (the part page before the first, the next part after the last).</summary>
    (LinkView? Prev, LinkView? Next) Neighbours(Lang lang, Paper paper, string path)
    {
        LinkView To(Paper p) => new(SiteUrls.Relative(path, SiteUrls.Paper(lang, p.Id)), (p.Refs is { } r ? r.Split(',')[0] + " " : "") + ShortTitle(p, lang).Label);
        Paper? before, after;
        var part = PartOf(paper);
        if (part is not null)
        {
            var (_, _, ids, paperAt) = inParts[part.Number];
            var at = paperAt.GetValueOrDefault(paper.Id, -1);
            before = at > 0 ? bib.PaperById[ids[at - 1]] : null;
            after = at >= 0 && at + 1 < ids.Length ? bib.PaperById[ids[at + 1]] : null;
        }
        else
        {
            var sequence = paper.Status == PaperStatus.Addition ? bib.Additions : bib.LeftTheList;
            var at = sequence.ToList().FindIndex(p => p.Id == paper.Id);
            before = at > 0 ? sequence[at - 1] : null;
            after = at >= 0 && at + 1 < sequence.Count ? sequence[at + 1] : null;
        }
        LinkView? prev = before is null ? null : To(before);
        LinkView? next = after is null ? null : To(after);
        if (part is not null)
        {
            prev ??= new LinkView(SiteUrls.Relative(path, SiteUrls.Part(lang, part.Number)), PartHeading(lang, part));
            var index = bib.Parts.ToList().IndexOf(part);
            if (next is null && index + 1 < bib.Parts.Count)
                next = new LinkView(SiteUrls.Relative(path, SiteUrls.Part(lang, bib.Parts[index + 1].Number)), PartHeading(lang, bib.Parts[index + 1]));
        }
        return (prev, next);
    }

    string Describe(Lang lang, Paper p)
    {
        var (text, _, _) = p.Writing.Annotation.Text().Pick(lang);
        if (text is null) return string.Join(" · ", new[] { p.Facts.Title, Byline(lang, p) }.Where(s => s is not null));
        return text.Length <= 200 ? text : text[..197] + "…";
    }

    string? Repository => (settings.RepositoryUrl ?? bib.Site.Repository)?.TrimEnd('/');

    string? EditHref(Paper p)
    {
        if (Repository is not { Length: > 0 } repo) return null;
        var branch = bib.Site.Branch ?? "main";
        return p.HasFragment
            ? $"{repo}/edit/{branch}/{p.SourcePath}"
            : $"{repo}/new/{branch}/content/papers?filename={Uri.EscapeDataString(p.Id + ".md")}";
    }

    /// <summary>The contributing guide in the page's language, on the repository's web pages.</summary>
    string? ContributingHref(Lang lang) =>
        Repository is { Length: > 0 } repo ? $"{repo}/blob/{bib.Site.Branch ?? "main"}/{(lang == Lang.Zh ? "CONTRIBUTING.zh.md" : "CONTRIBUTING.md")}" : null;
}
