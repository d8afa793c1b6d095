using System.Collections.Concurrent;
using Bibliography.Diagnostics;
using Bibliography.Pages;

namespace Bibliography.Output;

/// <summary>
/// Writes the site atomically: every file goes to a fresh folder beside the output as soon as it is made
/// (<see cref="SiteStaging"/>), and that folder replaces the output only when the whole build succeeded. A failed build
/// leaves the previous site exactly as it was. It only ever replaces a folder it created itself (marked by
/// <see cref="Marker"/>) or an empty one.
/// </summary>
public static class SiteWriter
{
    public const string Marker = ".bibliography-output";

    /// <summary>Why the generator may not write to <paramref name="output"/>, or null when it may.</summary>
    public static string? Refusal(string output)
    {
        if (output == "~" || output.StartsWith("~/", StringComparison.Ordinal))
            return "`~` is not expanded here (it would become a folder named `~`); give the full path";
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (full.Length == 0 || Path.GetPathRoot(full) == full + Path.DirectorySeparatorChar || full == Path.GetPathRoot(full)?.TrimEnd(Path.DirectorySeparatorChar))
            return "it is the root of the file system";
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(home) && Path.GetFullPath(home).TrimEnd(Path.DirectorySeparatorChar) == full)
            return "it is your home folder";
        if (File.Exists(full)) return "it is a file, not a folder";
        if (Directory.Exists(full) && !File.Exists(Path.Combine(full, Marker)) && Directory.EnumerateFileSystemEntries(full).Any())
            return $"it already holds files the generator did not write (no {Marker} marker); choose an empty or new folder";
        return null;
    }

    /// <summary>Writes files made in memory, all at once (tests, the browser tests' served copy).</summary>
    public static bool Write(string output, IReadOnlyList<GeneratedFile> files, DiagnosticBag diagnostics)
    {
        if (SiteStaging.Begin(output, diagnostics) is not { } staging) return false;
        try
        {
            Parallel.ForEach(files, f => staging.Write(f));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputIo, $"could not write the site: {e.Message}", output);
            staging.Abort();
            return false;
        }
        return staging.Commit(diagnostics);
    }
}

/// <summary>
/// The folder a build writes into while it runs (<c>.output.new-PID</c> beside the output), file by file, from any
/// thread; <see cref="Commit"/> swaps it in for the output, <see cref="Abort"/> throws it away.
/// </summary>
public sealed class SiteStaging
{
    readonly string full, staging, old;
    readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);
    long bytes, files;

    SiteStaging(string full)
    {
        this.full = full;
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
        old = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
    }

    /// <summary>The staging folder, for a reader of what is written so far (the PDF printer's loopback server).</summary>
    public string Folder => staging;

    public long Bytes => Interlocked.Read(ref bytes);
    public long Files => Interlocked.Read(ref files);

    /// <summary>A fresh staging folder for <paramref name="output"/>; null (with the reason) where the generator may not write.</summary>
    public static SiteStaging? Begin(string output, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (SiteWriter.Refusal(full) is { } why)
        {
            diagnostics.Error(Codes.OutputRefused, $"refusing to write the site to {full}: {why}", output);
            return null;
        }
        var s = new SiteStaging(full);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (Directory.Exists(s.staging)) Directory.Delete(s.staging, true);
            Directory.CreateDirectory(s.staging);
            File.WriteAllText(Path.Combine(s.staging, SiteWriter.Marker), "This folder is written by the bibliography generator and replaced on every build.\n");
            return s;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputIo, $"could not write the site: {e.Message}", output);
            return null;
        }
    }

    /// <summary>Writes one file of the site; safe from several threads at once (each file is written once).</summary>
    public void Write(GeneratedFile file)
    {
        File.WriteAllBytes(Prepare(file.Path), file.Content);
        Interlocked.Add(ref bytes, file.Content.Length);
        Interlocked.Increment(ref files);
    }

    /// <summary>
    /// Writes one page as UTF-8 (no byte order mark), encoded a slice at a time into the writing thread's own buffer as
    /// it is written, rather than into one more copy of the page. A lone surrogate becomes U+FFFD, as .NET's UTF-8
    /// encoder writes it. Returns the bytes written.
    /// </summary>
    public long Write(string path, ReadOnlySpan<char> text)
    {
        var buffer = encoded ??= new byte[EncodedSlice];
        using var handle = File.OpenHandle(Prepare(path), FileMode.Create, FileAccess.Write);
        long offset = 0;
        while (true)
        {
            var status = System.Text.Unicode.Utf8.FromUtf16(text, buffer, out var read, out var written);
            RandomAccess.Write(handle, buffer.AsSpan(0, written), offset);
            offset += written;
            text = text[read..];
            if (status != System.Buffers.OperationStatus.DestinationTooSmall) break;
        }
        Interlocked.Add(ref bytes, offset);
        Interlocked.Increment(ref files);
        return offset;
    }

    const int EncodedSlice = 256 * 1024;
    [ThreadStatic] static byte[]? encoded;

    string Prepare(string path)
    {
        MakeFolderOf(path);
        return Path.Combine(staging, path);
    }

    /// <summary>
    /// Makes the folder a file of the site goes in, unless it was made before; from any thread. A folder is marked
    /// made only once it is, so a writer never goes ahead of a folder another thread is still making (two threads may
    /// both make it: the second finds it there).
    /// </summary>
    public void MakeFolderOf(string path)
    {
        var dir = Path.GetDirectoryName(path);
        if (string.IsNullOrEmpty(dir) || folders.ContainsKey(dir)) return;
        Directory.CreateDirectory(Path.Combine(staging, dir));
        folders.TryAdd(dir, true);
    }

    /// <summary>The staging folder becomes the output; the previous output is removed. False (with the reason) when it cannot.</summary>
    public bool Commit(DiagnosticBag diagnostics)
    {
        try
        {
            if (Directory.Exists(full))
            {
                Directory.Move(full, old);
                Directory.Move(staging, full);
                Directory.Delete(old, true);
            }
            else Directory.Move(staging, full);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputIo, $"could not write the site: {e.Message}", full);
            if (!Directory.Exists(full) && Directory.Exists(old)) Directory.Move(old, full);
            Abort();
            return false;
        }
    }

    /// <summary>Throws away what was written: the output stays as it was.</summary>
    public void Abort()
    {
        try { if (Directory.Exists(staging)) Directory.Delete(staging, true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a leftover .new folder is replaced by the next build */ }
    }
}
