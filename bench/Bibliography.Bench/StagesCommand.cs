using System.CommandLine;
using System.Diagnostics;
using Bibliography.Checks;
using Bibliography.Diagnostics;
using Bibliography.Pages;
using Bibliography.Rendering;

namespace Bibliography.Bench;

/// <summary>
/// <c>stages --seed S --content C --theme T</c>: where a build's time and allocations go, page by page, on one thread:
/// planning every page, drawing it with the theme, and reading it for the site check, each measured alone.
/// </summary>
public static class StagesCommand
{
    public static Command Create()
    {
        var seed = new Option<string>("--seed") { Required = true };
        var content = new Option<string>("--content") { Required = true };
        var theme = new Option<string>("--theme") { Required = true };
        var command = new Command("stages", "Time and allocations of planning, rendering and checking every page, one thread") { seed, content, theme };
        command.SetAction(r =>
        {
            var diagnostics = new DiagnosticBag();
            var site = SiteBuilder.Load(new BuildInputs(r.GetValue(seed)!, r.GetValue(content)!, r.GetValue(theme)!), diagnostics);
            if (site is null) { Console.Error.WriteLine(string.Join("\n", diagnostics.Sorted())); return 1; }
            var pages = site.Planner(BuildSettings.Default).Pages();
            var planned = new PlannedPage[pages.Count];
            var planTicks = new long[pages.Count];
            Measure("plan", () => { for (var i = 0; i < pages.Count; i++) { var t0 = Stopwatch.GetTimestamp(); planned[i] = pages.At(i); planTicks[i] = Stopwatch.GetTimestamp() - t0; } });
            var renderer = new TemplateRenderer(site.Theme);
            var html = new string?[pages.Count];
            var renderTicks = new long[pages.Count];
            Measure("render", () => { for (var i = 0; i < planned.Length; i++) { var t0 = Stopwatch.GetTimestamp(); html[i] = renderer.Render(planned[i].Template, planned[i].View, planned[i].Layout, planned[i].Layout.Page.Lang, diagnostics); renderTicks[i] = Stopwatch.GetTimestamp() - t0; } });
            foreach (var g in Enumerable.Range(0, planned.Length).GroupBy(i => planned[i].Template).OrderByDescending(g => g.Sum(i => planTicks[i] + renderTicks[i])))
                Console.WriteLine($"  {g.Key,-26} {g.Count(),6} pages  plan {g.Sum(i => planTicks[i]) * 1000 / Stopwatch.Frequency,6} ms  render {g.Sum(i => renderTicks[i]) * 1000 / Stopwatch.Frequency,6} ms  {g.Sum(i => (long)(html[i]?.Length ?? 0)) / 1024 / 1024,5} Mi chars");
            var bytes = new byte[pages.Count][];
            Measure("encode", () => { for (var i = 0; i < html.Length; i++) bytes[i] = System.Text.Encoding.UTF8.GetBytes(html[i] ?? ""); });
            var checker = new SiteChecker();
            Measure("check (scan)", () => { for (var i = 0; i < html.Length; i++) checker.Add(planned[i].File, html[i]); });
            Console.WriteLine($"pages {pages.Count}, HTML {bytes.Sum(b => (long)b.Length) / 1024 / 1024} MiB");
            return 0;
        });
        return command;
    }

    static void Measure(string name, Action action)
    {
        var allocated = GC.GetTotalAllocatedBytes(true);
        var clock = Stopwatch.StartNew();
        action();
        Console.WriteLine($"{name,-14} {clock.ElapsedMilliseconds,7} ms {(GC.GetTotalAllocatedBytes(true) - allocated) / 1024 / 1024,7} MiB allocated");
    }
}
