using System.Diagnostics;

namespace Bibliography.Diagnostics;

/// <summary>
/// Per-stage wall and CPU times and allocations of one build, printed to stderr when <c>BIBLIOGRAPHY_TIMINGS=1</c> is set; a no-op
/// otherwise. Timings never reach the site or the diagnostics, so output stays deterministic.
/// </summary>
public sealed class StageTimings
{
    static readonly bool Enabled = Environment.GetEnvironmentVariable("BIBLIOGRAPHY_TIMINGS") == "1";
    readonly Stopwatch clock = Stopwatch.StartNew();
    TimeSpan cpu = Enabled ? Cpu() : default;
    long allocated = GC.GetTotalAllocatedBytes();
    readonly List<string> stages = [];

    /// <summary>Ends the current stage under <paramref name="name"/> and starts the next.</summary>
    public void Lap(string name)
    {
        if (!Enabled) return;
        var now = Cpu();
        var bytes = GC.GetTotalAllocatedBytes();
        stages.Add($"{name} {clock.Elapsed.TotalMilliseconds:0}/{(now - cpu).TotalMilliseconds:0}/{(bytes - allocated) >> 20}");
        cpu = now;
        allocated = bytes;
        clock.Restart();
    }

    /// <summary>Prints the stages so far to stderr, as wall ms/CPU ms/MiB allocated.</summary>
    public void Print()
    {
        if (!Enabled) return;
        Console.Error.WriteLine($"timings wall ms/cpu ms/allocated MiB: {string.Join(", ", stages)}; {Totals()}; GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms");
    }

    /// <summary>Times one step done outside a build (such as writing the files) and prints it when enabled.</summary>
    public static void Time(string name, Action step)
    {
        if (!Enabled) { step(); return; }
        var timings = new StageTimings();
        step();
        timings.Lap(name);
        Console.Error.WriteLine($"timings wall ms/cpu ms/allocated MiB: {timings.stages[0]}; {Totals()}");
    }

    static string Totals()
    {
        using var process = Process.GetCurrentProcess();
        return $"since process start {(DateTime.Now - process.StartTime).TotalMilliseconds:0}/{process.TotalProcessorTime.TotalMilliseconds:0}";
    }

    static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
