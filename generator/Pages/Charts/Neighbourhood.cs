using System.Globalization;
using System.Text;
using Bibliography.Content;
using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>
/// A paper's neighbourhood in the list as a small inline SVG: what it builds on (left), the paper (middle), what builds
/// on it (right), and the other related papers below. Every box is a link; the picture repeats the "Related in this
/// list" section beside it, which stays the way to read it without seeing it.
/// </summary>
public static class Neighbourhood
{
    const int BoxWidth = 190, BoxHeight = 30, Gap = 10, ColumnGap = 46, Pad = 8, MaxPerColumn = 6;

    public static Html? Draw(Model.Bibliography bib, Paper paper, Lang lang, string from, Func<Lang, string, string> t)
    {
        if (paper.Relations.Count == 0) return null;
        var left = paper.Relations.Where(r => r.Type == RelationType.BuildsOn && !r.Reverse).Select(r => r.PaperId).ToList();
        var right = paper.Relations.Where(r => r.Type == RelationType.BuildsOn && r.Reverse).Select(r => r.PaperId).ToList();
        var below = paper.Relations.Where(r => r.Type != RelationType.BuildsOn).Select(r => r.PaperId).Distinct()
            .Where(id => !left.Contains(id) && !right.Contains(id)).ToList();

        var rows = Math.Max(1, Math.Max(Math.Min(left.Count, MaxPerColumn), Math.Min(right.Count, MaxPerColumn)));
        var columnsHeight = rows * BoxHeight + (rows - 1) * Gap;
        var belowRows = (Math.Min(below.Count, 9) + 2) / 3;
        var width = Pad * 2 + BoxWidth * 3 + ColumnGap * 2;
        var belowTop = Pad + 18 + columnsHeight + (belowRows > 0 ? 34 : 0);
        var height = belowTop + belowRows * (BoxHeight + Gap) + Pad;
        var centerY = Pad + 18 + (columnsHeight - BoxHeight) / 2.0;
        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        string Label(string id)
        {
            var p = bib.PaperById[id];
            var title = p.Facts.LocalTitle(lang);
            var colon = title.IndexOfAny([':', '：']);
            var name = colon is > 1 and <= 28 ? title[..colon] : title;
            // Cut at a word, so the words shown are the first words of the link's full name (WCAG's label in name).
            if (name.Length > 22)
            {
                var words = name.Split(' ');
                var kept = words[0];
                foreach (var w in words.Skip(1))
                {
                    if (kept.Length + 1 + w.Length > 22) break;
                    kept += " " + w;
                }
                name = (kept.Length > 24 ? kept[..22] : kept).TrimEnd(',', ':') + " …";
            }
            return (p.Refs is { } r ? r.Split(',')[0] + " " : "") + name;
        }

        var title = string.Format(CultureInfo.InvariantCulture, t(lang, "neighbourhood_title"), paper.Facts.LocalTitle(lang));
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"chart neighbourhood\" viewBox=\"0 0 {width} {N(height)}\" width=\"{width}\" height=\"{N(height)}\" role=\"group\" aria-labelledby=\"neighbourhood-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append($"<title id=\"neighbourhood-title\">{Html.Escape(title)}</title>");
        sb.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L8,4 L0,8 z\" class=\"arrowhead\"/></marker></defs>");
        void Heading(double x, string text) =>
            sb.Append($"<text class=\"column-label\" x=\"{N(x + BoxWidth / 2.0)}\" y=\"{Pad + 10}\" text-anchor=\"middle\" aria-hidden=\"true\">{Html.Escape(text)}</text>");
        void Box(double x, double y, string id, string css)
        {
            var href = SiteUrls.Relative(from, SiteUrls.Paper(lang, id));
            var label = Label(id);
            var full = bib.PaperById[id].Facts.LocalTitle(lang);
            sb.Append($"<a href=\"{Html.Escape(href)}\" class=\"node {css}\" aria-label=\"{Html.Escape((bib.PaperById[id].Refs is { } r ? r.Split(',')[0] + " " : "") + full)}\">");
            sb.Append($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"6\"/>");
            sb.Append($"<text x=\"{N(x + 10)}\" y=\"{N(y + BoxHeight / 2.0 + 4.5)}\">{Html.Escape(label)}</text></a>");
        }
        void Column(List<string> ids, double x, bool toCenter)
        {
            var shown = ids.Take(MaxPerColumn).ToList();
            var top = Pad + 18 + (columnsHeight - (shown.Count * BoxHeight + (shown.Count - 1) * Gap)) / 2.0;
            for (var i = 0; i < shown.Count; i++)
            {
                var y = top + i * (BoxHeight + Gap);
                (double x1, double y1, double x2, double y2) = toCenter
                    ? (x + BoxWidth, y + BoxHeight / 2.0, (double)(Pad + BoxWidth + ColumnGap), centerY + BoxHeight / 2.0)
                    : ((double)(Pad + BoxWidth * 2 + ColumnGap), centerY + BoxHeight / 2.0, x, y + BoxHeight / 2.0);
                sb.Append($"<path class=\"edge\" d=\"M{N(x1)},{N(y1)} C{N((x1 + x2) / 2)},{N(y1)} {N((x1 + x2) / 2)},{N(y2)} {N(x2 - 2)},{N(y2)}\" marker-end=\"url(#arrow)\" aria-hidden=\"true\"/>");
                Box(x, y, shown[i], "");
            }
            if (ids.Count > shown.Count)
                sb.Append($"<text class=\"more\" x=\"{N(x + BoxWidth / 2.0)}\" y=\"{N(top + shown.Count * (BoxHeight + Gap) + 6)}\" text-anchor=\"middle\" aria-hidden=\"true\">+{ids.Count - shown.Count}</text>");
        }

        if (left.Count > 0) Heading(Pad, t(lang, RelationKeyFor(RelationType.BuildsOn, false)));
        if (right.Count > 0) Heading(Pad + (BoxWidth + ColumnGap) * 2, t(lang, RelationKeyFor(RelationType.BuildsOn, true)));
        Column(left, Pad, true);
        Column(right, Pad + (BoxWidth + ColumnGap) * 2, false);

        // The paper itself, in the middle: not a link (it is this page).
        var cx = Pad + BoxWidth + ColumnGap;
        sb.Append($"<g class=\"node self\"><rect x=\"{cx}\" y=\"{N(centerY)}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"6\"/><text x=\"{N(cx + 10)}\" y=\"{N(centerY + BoxHeight / 2.0 + 4.5)}\">{Html.Escape(Label(paper.Id))}</text></g>");

        if (below.Count > 0)
        {
            sb.Append($"<text class=\"column-label\" x=\"{N(width / 2.0)}\" y=\"{N(belowTop - 12)}\" text-anchor=\"middle\" aria-hidden=\"true\">{Html.Escape(t(lang, "neighbourhood_other"))}</text>");
            var shown = below.Take(9).ToList();
            for (var i = 0; i < shown.Count; i++)
            {
                var x = Pad + i % 3 * (BoxWidth + ColumnGap);
                var y = belowTop + i / 3 * (BoxHeight + Gap);
                Box(x, y, shown[i], "other");
            }
            sb.Append($"<path class=\"edge dashed\" d=\"M{N(cx + BoxWidth / 2.0)},{N(centerY + BoxHeight)} L{N(cx + BoxWidth / 2.0)},{N(belowTop - 26)}\" aria-hidden=\"true\"/>");
        }
        sb.Append("</svg>");
        return new Html(sb.ToString());
    }

    static string RelationKeyFor(RelationType type, bool reverse) => PagePlanner.RelationKey(type, reverse);
}
