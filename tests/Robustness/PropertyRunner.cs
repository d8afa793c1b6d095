using System.Diagnostics;
using CsCheck;

namespace Bibliography.Tests.Robustness;

/// <summary>
/// Runs a property over a fixed number of cases drawn deterministically from CsCheck generators: case i always gets
/// the same value, so CI runs are reproducible. Each case runs under a timeout, so a hang fails the test instead of
/// stalling it. A failure names the case, its CsCheck seed (pass it as <c>seed:</c> to <c>Sample</c> to replay and
/// shrink) and the input. Environment variables scale the run up or change its seed for a longer hunt.
/// </summary>
public static class PropertyRunner
{
    /// <summary>How many cases ran, the wall time, and the CPU time of the whole test process meanwhile.</summary>
    public sealed record Report(int Cases, TimeSpan Elapsed, TimeSpan Cpu)
    {
        public override string ToString() => $"{Cases} cases in {Elapsed.TotalSeconds:0.0} s ({Cpu.TotalSeconds:0.0} s CPU)";
    }

    public static Report Run<T>(Gen<T> gen, Action<T> property, int cases, ulong seed, Func<T, string> print, TimeSpan? timeout = null)
    {
        // CI runs the fixed cases; a longer hunt: BIBLIOGRAPHY_PROPERTY_SCALE=20 BIBLIOGRAPHY_PROPERTY_SEED=… dotnet test
        if (int.TryParse(Environment.GetEnvironmentVariable("BIBLIOGRAPHY_PROPERTY_SCALE"), out var scale) && scale > 0) cases *= scale;
        if (ulong.TryParse(Environment.GetEnvironmentVariable("BIBLIOGRAPHY_PROPERTY_SEED"), out var chosen)) seed = chosen;
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < cases; i++)
        {
            var pcg = new PCG(7, seed + (ulong)i);
            var replay = pcg.ToString();
            var value = gen.Generate(pcg, null, out _);
            var task = Task.Factory.StartNew(() => property(value), TaskCreationOptions.LongRunning);
            bool finished;
            try { finished = task.Wait(limit); }
            catch (AggregateException e)
            {
                throw new Xunit.Sdk.XunitException($"case {i} (CsCheck seed {replay}) failed: {e.InnerException}\ninput: {print(value)}");
            }
            if (!finished)
                throw new Xunit.Sdk.XunitException($"case {i} (CsCheck seed {replay}) did not finish within {limit.TotalSeconds} s (a hang?)\ninput: {print(value)}");
        }
        return new Report(cases, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }
}
