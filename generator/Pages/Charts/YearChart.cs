using System.Globalization;
using System.Text;
using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>
/// Papers per year of first release as stacked bars, one colour per part: an inline SVG made at build time (no chart
/// library, nothing from another host). Colours come from the stylesheet's classes, so the chart follows the light and
/// dark themes. It is one image for assistive technology (a title and a description); the lists beside it say the same
/// in words and carry the links.
/// </summary>
public static class YearChart
{
    /// <summary>One bar segment: how many papers of a series (a part) appeared in a year.</summary>
    public sealed record Segment(int Year, int Series, int Count);

    /// <param name="seriesLabel">The name of a series (its part), for the tooltips.</param>
    /// <param name="compact">A smaller chart beside a list (part and tag pages) rather than a page's main picture.</param>
    public static Html Draw(IReadOnlyList<Segment> segments, string id, string title, string description, Func<int, string> seriesLabel, bool compact = false)
    {
        if (segments.Count == 0) return new Html("");
        var first = segments.Min(s => s.Year);
        var last = segments.Max(s => s.Year);
        var totals = Enumerable.Range(first, last - first + 1).ToDictionary(y => y, y => segments.Where(s => s.Year == y).Sum(s => s.Count));
        var max = Math.Max(1, totals.Values.Max());
        var step = max <= 6 && compact ? 2 : max <= 10 ? 2 : max <= 25 ? 5 : max <= 60 ? 10 : (int)Math.Ceiling(max / 6.0 / 10) * 10;
        var top = (int)Math.Ceiling(max / (double)step) * step;

        const int left = 34, right = 8, topPad = 16, bottom = 30;
        var plotHeight = compact ? 110 : 220;
        var years = last - first + 1;
        var band = Math.Clamp((compact ? 520 : 680) / years, 28, 64);
        var width = left + band * years + right;
        var height = topPad + plotHeight + bottom;
        double Y(double v) => topPad + plotHeight - v / top * plotHeight;
        static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

        var sb = new StringBuilder();
        sb.Append($"<svg class=\"chart year-chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append($"<title id=\"{id}-title\">{Html.Escape(title)}</title><desc id=\"{id}-desc\">{Html.Escape(description)}</desc>");
        sb.Append("<g class=\"grid\" aria-hidden=\"true\">");
        for (var v = 0; v <= top; v += step)
            sb.Append($"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{N(Y(v))}\" y2=\"{N(Y(v))}\"/><text x=\"{left - 6}\" y=\"{N(Y(v) + 4)}\" text-anchor=\"end\">{v}</text>");
        sb.Append("</g>");
        foreach (var (year, total) in totals)
        {
            var x = left + (year - first) * band;
            var barWidth = band * 0.68;
            var x0 = x + (band - barWidth) / 2;
            sb.Append("<g>");
            var stacked = 0;
            foreach (var s in segments.Where(s => s.Year == year).OrderBy(s => s.Series))
            {
                var y0 = Y(stacked + s.Count);
                var h = Y(stacked) - y0;
                sb.Append($"<rect class=\"s{s.Series}\" x=\"{N(x0)}\" y=\"{N(y0)}\" width=\"{N(barWidth)}\" height=\"{N(h)}\"><title>{year} · {Html.Escape(seriesLabel(s.Series))}: {s.Count}</title></rect>");
                stacked += s.Count;
            }
            if (total > 0) sb.Append($"<text class=\"total\" x=\"{N(x + band / 2.0)}\" y=\"{N(Y(total) - 4)}\" text-anchor=\"middle\" aria-hidden=\"true\">{total}</text>");
            sb.Append("</g>");
            sb.Append($"<text class=\"axis\" x=\"{N(x + band / 2.0)}\" y=\"{height - 10}\" text-anchor=\"middle\" aria-hidden=\"true\">{(years > 12 && year % 2 == 1 ? "" : year.ToString(CultureInfo.InvariantCulture))}</text>");
        }
        sb.Append($"<line class=\"baseline\" x1=\"{left}\" x2=\"{width - right}\" y1=\"{N(Y(0))}\" y2=\"{N(Y(0))}\" aria-hidden=\"true\"/>");
        sb.Append("</svg>");
        return new Html(sb.ToString());
    }
}
