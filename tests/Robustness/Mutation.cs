using CsCheck;

namespace Bibliography.Tests.Robustness;

/// <summary>
/// One edit to a text file of the kind that happens to real inputs: a line dropped, duplicated, swapped or shuffled,
/// the file cut short, random Unicode inserted, line endings turned to CRLF, a BOM added, a very long line added.
/// </summary>
public sealed record Mutation(string Kind, int A, int B, string Text)
{
    public string Apply(string text)
    {
        var lines = text.Split('\n').ToList();
        int Line(int x) => x % lines.Count;
        switch (Kind)
        {
            case "drop": lines.RemoveAt(Line(A)); break;
            case "duplicate": lines.Insert(Line(A), lines[Line(A)]); break;
            case "swap": (lines[Line(A)], lines[Line(B)]) = (lines[Line(B)], lines[Line(A)]); break;
            case "shuffle":
                var random = new Random(A); // seeded: the same case always gives the same text
                lines = lines.OrderBy(_ => random.Next()).ToList();
                break;
            case "cut": return text[..(A % (text.Length + 1))];
            case "insert": return text.Insert(A % (text.Length + 1), Text);
            case "replace-line": lines[Line(A)] = Text; break;
            case "crlf": return text.Replace("\n", "\r\n");
            case "bom": return "\uFEFF" + text;
            case "long-line": lines.Insert(Line(B), new string(Text.Length > 0 ? Text[0] : 'x', 1000 + A % 200_000)); break;
            default: throw new InvalidOperationException(Kind);
        }
        return string.Join('\n', lines);
    }

    public static string ApplyAll(string text, IEnumerable<Mutation> mutations) => mutations.Aggregate(text, (t, m) => m.Apply(t));

    public override string ToString() =>
        $"{Kind}({A}, {B}, \"{string.Concat(Text.Take(40).Select(c => c < ' ' || char.IsSurrogate(c) || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()))}\")";

    static readonly string[] Kinds = ["drop", "duplicate", "swap", "shuffle", "cut", "insert", "replace-line", "crlf", "bom", "long-line"];

    /// <summary>Strings that mean something to one of the parsers, mixed with arbitrary UTF-16 (lone surrogates included).</summary>
    static readonly Gen<string> Snippets = Gen.OneOf<string>(
        Gen.OneOf<string>("---", ":::", "::: en", "::: zh", "::: fr", "\t", "\"", "'", "[", "{", "]", "}", ": ", "- ", "#", "&", "*", "`", "\\",
            "<script>", "</div>", "](javascript:x)", "![a](http://x/y.png)", "\r", "\0", "\u200B", "\u3000", "\uFEFF", "😀", "𠀀",
            "第三部分 X(2篇,总9篇)", "第一部分", "１２．", "99. ", "1. ", "前言", "目录", "• 39", "seed: [\"9.9\"]", "id: Bad Id", "year: 9999",
            "tags: []", "title:", "\\rightarrow", "arXiv:2101.00001", "https://"),
        Gen.String[Gen.Char, 0, 12],
        Gen.String[Gen.Char['\u4e00', '\u9fff'], 1, 8]);

    public static readonly Gen<Mutation> One =
        Gen.Select(Gen.Int[0, Kinds.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Snippets,
            (k, a, b, s) => new Mutation(Kinds[k], a, b, s));

    /// <summary>One to four edits, applied in order.</summary>
    public static readonly Gen<Mutation[]> Several = One.Array[1, 4];
}
