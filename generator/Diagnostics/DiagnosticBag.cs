namespace Bibliography.Diagnostics;

/// <summary>Collects diagnostics from every stage; stages add to it instead of throwing.</summary>
public sealed class DiagnosticBag
{
    readonly List<Diagnostic> items = [];
    readonly HashSet<Diagnostic> seen = [];
    readonly Lock gate = new();

    /// <summary>Adds a diagnostic unless the same one (code, message, place) is already here: a missing template
    /// used by 200 pages is one problem, reported once.</summary>
    public void Add(Diagnostic diagnostic) { lock (gate) if (seen.Add(diagnostic)) items.Add(diagnostic); }
    public void AddRange(IEnumerable<Diagnostic> diagnostics) { foreach (var d in diagnostics) Add(d); }

    public void Error(string code, string message, string? file = null, int line = 0, int column = 0) =>
        Add(Diagnostic.Error(code, message, file, line, column));

    public void Warning(string code, string message, string? file = null, int line = 0, int column = 0) =>
        Add(Diagnostic.Warning(code, message, file, line, column));

    public bool HasErrors { get { lock (gate) return items.Any(d => d.IsError); } }
    public int ErrorCount { get { lock (gate) return items.Count(d => d.IsError); } }
    public int WarningCount { get { lock (gate) return items.Count(d => !d.IsError); } }

    /// <summary>
    /// Diagnostics in a total, stable order (<see cref="Diagnostic.Order"/>): the same set prints the same way whichever
    /// thread added what first.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (gate) return items.Order(Diagnostic.Order).ToList();
    }
}
