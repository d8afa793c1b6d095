using Bibliography.Diagnostics;
using Bibliography.Pages;

namespace Bibliography.Output;

/// <summary>
/// Writes the finished site atomically: everything goes to a fresh folder beside the output, which then replaces it.
/// A failed build never reaches here, so the previous site stays intact. It only ever replaces a folder it created
/// itself (marked by <see cref="Marker"/>) or an empty one.
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

    public static bool Write(string output, IReadOnlyList<GeneratedFile> files, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (Refusal(full) is { } why)
        {
            diagnostics.Error(Codes.OutputRefused, $"refusing to write the site to {full}: {why}", output);
            return false;
        }
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        var staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
        var old = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            if (Directory.Exists(staging)) Directory.Delete(staging, true);
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, Marker), "This folder is written by the bibliography generator and replaced on every build.\n");
            foreach (var dir in files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct())
                Directory.CreateDirectory(Path.Combine(staging, dir!));
            Parallel.ForEach(files, f => File.WriteAllBytes(Path.Combine(staging, f.Path), f.Content));

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
            diagnostics.Error(Codes.OutputIo, $"could not write the site: {e.Message}", output);
            if (!Directory.Exists(full) && Directory.Exists(old)) Directory.Move(old, full);
            if (Directory.Exists(staging)) Directory.Delete(staging, true);
            return false;
        }
    }
}
