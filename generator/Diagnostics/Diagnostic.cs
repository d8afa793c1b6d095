namespace Bibliography.Diagnostics;

/// <summary>How serious a diagnostic is: errors stop the build, warnings do not.</summary>
public enum Severity { Warning, Error }

/// <summary>One located problem a user can fix, printed as <c>file(line,col): error BIB001: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string? File = null, int Line = 0, int Column = 0)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>File, line, column, code, then severity and message: a total order, so output never depends on timing.</summary>
    public static IComparer<Diagnostic> Order { get; } = Comparer<Diagnostic>.Create(static (a, b) =>
    {
        var c = string.CompareOrdinal(a.File ?? "", b.File ?? "");
        if (c == 0) c = a.Line.CompareTo(b.Line);
        if (c == 0) c = a.Column.CompareTo(b.Column);
        if (c == 0) c = string.CompareOrdinal(a.Code, b.Code);
        if (c == 0) c = b.Severity.CompareTo(a.Severity);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    });

    /// <summary>The MSBuild-style form used in the terminal: <c>path(line,col): error CODE: message</c>.</summary>
    public override string ToString()
    {
        var where = File is null ? "bibliography" : Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;
        var kind = IsError ? "error" : "warning";
        return $"{where}: {kind} {Code}: {Message}";
    }

    /// <summary>The <c>path:line:column: error: message</c> form that editors and the check command print.</summary>
    public string ToColonForm()
    {
        var where = File is null ? "bibliography" : Line > 0 ? $"{File}:{Line}:{Math.Max(Column, 1)}" : File;
        return $"{where}: {(IsError ? "error" : "warning")}: {Message} [{Code}]";
    }

    /// <summary>GitHub Actions workflow-command form, so a pull request shows the message on the changed line.</summary>
    public string ToGitHubForm()
    {
        var props = new List<string>();
        if (File is not null) props.Add("file=" + EscapeProperty(File));
        if (Line > 0) props.Add("line=" + Line);
        if (Column > 0) props.Add("col=" + Column);
        props.Add("title=" + EscapeProperty(Code));
        return $"::{(IsError ? "error" : "warning")} {string.Join(',', props)}::{EscapeData(Message)}";
    }

    static string EscapeData(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
    static string EscapeProperty(string s) => EscapeData(s).Replace(":", "%3A").Replace(",", "%2C");

    public static Diagnostic Error(string code, string message, string? file = null, int line = 0, int column = 0) =>
        new(Severity.Error, code, message, file, line, column);

    public static Diagnostic Warning(string code, string message, string? file = null, int line = 0, int column = 0) =>
        new(Severity.Warning, code, message, file, line, column);
}
