using System.Globalization;
using System.Text;
using Bibliography.Content;
using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>
/// The whole list as one picture, laid out deterministically: a lane per part (and one for the editor's additions and
/// for papers that left the list), the year of first release across, each paper a circle with its item number that links
/// to its page, each relation a curve (solid with an arrow for "builds on", dashed for the others). Inline SVG made at
/// build time; colours come from the stylesheet, so it follows the themes and prints legibly.
/// </summary>
public static class ListMap
{
    const int LabelWidth = 84, Top = 34, Radius = 12, Step = 27, LanePad = 10, MaxPerRow = 5;

    sealed record Node(Paper Paper, int Lane, int Column, double X, double Y);

    public static Html Draw(Model.Bibliography bib, Lang lang, string from, Func<Lang, string, string> t)
    {
        var lanes = bib.Parts.Select(p => (Key: p.Number, Label: string.Format(CultureInfo.InvariantCulture, t(lang, "part_short"), lang == Lang.Zh ? TextKeys.ChineseNumeral(p.Number) : p.Number))).ToList();
        var additionsLane = bib.Additions.Count > 0 ? lanes.Count + 1 : -1;
        if (additionsLane > 0) lanes.Add((additionsLane, t(lang, "map_lane_additions")));
        var leftLane = bib.LeftTheList.Count > 0 ? lanes.Count + 1 : -1;
        if (leftLane > 0) lanes.Add((leftLane, t(lang, "map_lane_left")));
        int LaneOf(Paper p) => p.FirstListing?.Part ?? (p.Status == PaperStatus.Addition ? additionsLane : leftLane);

        var years = bib.Papers.Where(p => p.Facts.Year is not null).Select(p => p.Facts.Year!.Value).ToList();
        var first = years.Count > 0 ? years.Min() : 2000;
        var last = years.Count > 0 ? years.Max() : 2000;
        var undated = bib.Papers.Any(p => p.Facts.Year is null);
        var columns = last - first + 1 + (undated ? 1 : 0);
        int ColumnOf(Paper p) => p.Facts.Year is { } y ? y - first : last - first + 1;

        var readingOrder = bib.Papers.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var cells = bib.Papers.GroupBy(p => (LaneOf(p), ColumnOf(p))).ToDictionary(g => g.Key, g => g.ToList());

        // Each year's column is as wide as its fullest cell needs (up to five papers a row): busy years get room, empty ones little.
        var perRow = new int[columns];
        var left = new double[columns + 1];
        left[0] = LabelWidth;
        for (var c = 0; c < columns; c++)
        {
            var fullest = cells.Where(x => x.Key.Item2 == c).Select(x => x.Value.Count).DefaultIfEmpty(0).Max();
            perRow[c] = Math.Clamp((int)Math.Ceiling(Math.Sqrt(fullest * 1.6)), 1, MaxPerRow);
            left[c + 1] = left[c] + Math.Max(52, perRow[c] * Step + 14);
        }

        // Rows each lane needs: its fullest cell.
        var laneTop = new Dictionary<int, double>();
        var laneHeight = new Dictionary<int, double>();
        var y0 = (double)Top;
        foreach (var (key, _) in lanes)
        {
            var rows = Math.Max(1, cells.Where(c => c.Key.Item1 == key).Select(c => (c.Value.Count + perRow[c.Key.Item2] - 1) / perRow[c.Key.Item2]).DefaultIfEmpty(1).Max());
            laneTop[key] = y0;
            laneHeight[key] = rows * Step + LanePad * 2;
            y0 += laneHeight[key];
        }
        var width = (int)Math.Ceiling(left[columns]) + 8;
        var height = y0 + 8;

        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var ((lane, column), papers) in cells)
        {
            var ordered = papers.OrderBy(p => readingOrder[p.Id]).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var row = perRow[column];
                var x = (left[column] + left[column + 1]) / 2 + (i % row - (Math.Min(ordered.Count, row) - 1) / 2.0) * Step;
                var y = laneTop[lane] + LanePad + Step / 2.0 + i / row * Step;
                nodes[ordered[i].Id] = new Node(ordered[i], lane, column, x, y);
            }
        }

        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        var title = t(lang, "map_title");
        var desc = string.Format(CultureInfo.InvariantCulture, t(lang, "map_desc"), bib.Papers.Count, bib.Papers.Sum(p => p.Relations.Count(r => !r.Reverse)));
        sb.Append($"<svg class=\"chart list-map\" viewBox=\"0 0 {width} {N(height)}\" width=\"{width}\" height=\"{N(height)}\" role=\"group\" aria-labelledby=\"map-title map-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append($"<title id=\"map-title\">{Html.Escape(title)}</title><desc id=\"map-desc\">{Html.Escape(desc)}</desc>");
        sb.Append("<defs><marker id=\"map-arrow\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0 L8,4 L0,8 z\" class=\"arrowhead\"/></marker></defs>");

        // Lanes and years.
        sb.Append("<g class=\"grid\" aria-hidden=\"true\">");
        var band = 0;
        foreach (var (key, label) in lanes)
        {
            if (band++ % 2 == 0) sb.Append($"<rect class=\"lane\" x=\"0\" y=\"{N(laneTop[key])}\" width=\"{width}\" height=\"{N(laneHeight[key])}\"/>");
            sb.Append($"<text class=\"lane-label s{key}\" x=\"8\" y=\"{N(laneTop[key] + laneHeight[key] / 2 + 4)}\">{Html.Escape(label)}</text>");
        }
        for (var c = 0; c < columns; c++)
        {
            var label = c <= last - first ? (first + c).ToString(CultureInfo.InvariantCulture) : t(lang, "map_undated");
            sb.Append($"<text class=\"axis\" x=\"{N((left[c] + left[c + 1]) / 2)}\" y=\"{Top - 12}\" text-anchor=\"middle\">{Html.Escape(label)}</text>");
            sb.Append($"<line x1=\"{N(left[c])}\" x2=\"{N(left[c])}\" y1=\"{Top - 6}\" y2=\"{N(height - 8)}\"/>");
        }
        sb.Append("</g>");

        // Relations: drawn once each (a declared relation; a symmetric one from its first paper).
        sb.Append("<g class=\"edges\" aria-hidden=\"true\">");
        foreach (var p in bib.Papers)
            foreach (var r in p.Relations.Where(r => !r.Reverse && (!r.Type.IsSymmetric() || string.CompareOrdinal(p.Id, r.PaperId) < 0)))
            {
                if (!nodes.TryGetValue(p.Id, out var a) || !nodes.TryGetValue(r.PaperId, out var b)) continue;
                var builds = r.Type == RelationType.BuildsOn;
                // From what is built on to what builds on it: the arrow points forward in time.
                var (s, e) = builds ? (b, a) : (a, b);
                var dx = e.X - s.X;
                var dy = e.Y - s.Y;
                var length = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
                var (sx, sy) = (s.X + dx / length * Radius, s.Y + dy / length * Radius);
                var (ex, ey) = (e.X - dx / length * (Radius + 2), e.Y - dy / length * (Radius + 2));
                var bend = Math.Clamp(length * 0.18, 6, 40);
                var (mx, my) = ((sx + ex) / 2 - dy / length * bend, (sy + ey) / 2 + dx / length * bend);
                sb.Append($"<path class=\"edge {(builds ? "builds" : "other")}\" data-from=\"{s.Paper.Id}\" data-to=\"{e.Paper.Id}\" d=\"M{N(sx)},{N(sy)} Q{N(mx)},{N(my)} {N(ex)},{N(ey)}\"{(builds ? " marker-end=\"url(#map-arrow)\"" : "")}/>");
            }
        sb.Append("</g>");

        // Papers: every node a link, named for screen readers.
        sb.Append("<g class=\"nodes\">");
        foreach (var n in nodes.Values.OrderBy(n => readingOrder[n.Paper.Id]))
        {
            var p = n.Paper;
            var reference = p.Refs?.Split(',')[0];
            var name = p.Facts.LocalTitle(lang) + (p.Facts.Year is { } yr ? $" ({yr.ToString(CultureInfo.InvariantCulture)})" : "");
            var label = reference is null ? name : $"{reference} {name}";
            var css = "node s" + n.Lane + (p.HasFragment ? "" : " wanted");
            sb.Append($"<a href=\"{Html.Escape(SiteUrls.Relative(from, SiteUrls.Paper(lang, p.Id)))}\" class=\"{css}\" data-paper=\"{p.Id}\" aria-label=\"{Html.Escape(label)}\">");
            sb.Append($"<title>{Html.Escape(label)}</title>");
            sb.Append($"<circle cx=\"{N(n.X)}\" cy=\"{N(n.Y)}\" r=\"{Radius}\"/>");
            var text = reference ?? "+";
            var size = text.Length > 4 ? " class=\"small\"" : "";
            sb.Append($"<text x=\"{N(n.X)}\" y=\"{N(n.Y + 3)}\" text-anchor=\"middle\"{size}>{Html.Escape(text)}</text></a>");
        }
        sb.Append("</g></svg>");
        return new Html(sb.ToString());
    }
}
