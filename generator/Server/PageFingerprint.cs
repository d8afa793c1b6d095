using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Bibliography.Pages;

namespace Bibliography.Server;

/// <summary>
/// What a planned page's HTML depends on, besides the theme: its template and the views it sees, hashed. Two pages with
/// the same fingerprint under the same theme render to the same bytes (rendering is deterministic), so the preview
/// renders a page again only when its fingerprint changed.
/// </summary>
/// <remarks>
/// The views are walked by their public properties, as the templates see them: strings and numbers are hashed with
/// their type, sequences item by item, anything else property by property. Plain reflection, no serializer: the same
/// code runs in the ahead-of-time-compiled binary, where a JSON serializer would need code generated for every view type.
/// </remarks>
public static class PageFingerprint
{
    static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static byte[] Of(PlannedPage page)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new Writer(hash);
        writer.Text(page.Template);
        writer.Value(page.View, 0);
        writer.Value(page.Layout, 0);
        return hash.GetHashAndReset();
    }

    sealed class Writer(IncrementalHash hash)
    {
        const int MaxDepth = 64; // views are trees a few levels deep; this only stops a cycle from running forever

        public void Text(string s)
        {
            Span<byte> length = stackalloc byte[4];
            BitConverter.TryWriteBytes(length, s.Length);
            hash.AppendData(length);
            hash.AppendData(Encoding.UTF8.GetBytes(s));
        }

        public void Value(object? value, int depth)
        {
            if (depth > MaxDepth) throw new InvalidOperationException("a page view nests deeper than 64 levels (a cycle?)");
            switch (value)
            {
                case null: Text("\0null"); return;
                case string s: Text("s"); Text(s); return;
                case bool b: Text(b ? "\0true" : "\0false"); return;
                case Enum e: Text(e.GetType().Name); Text(e.ToString()); return;
                case IFormattable f when value.GetType().IsValueType: Text("n"); Text(f.ToString(null, CultureInfo.InvariantCulture)); return; // numbers, dates
                case IEnumerable items:
                    Text("[");
                    foreach (var item in items) Value(item, depth + 1);
                    Text("]");
                    return;
            }
            var type = value.GetType();
            Text(type.FullName ?? type.Name);
            foreach (var property in Properties.GetOrAdd(type, PublicProperties))
            {
                Text(property.Name);
                Value(property.GetValue(value), depth + 1);
            }
        }

        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The view types are kept whole when the generator is trimmed (TrimmerRootAssembly in the project file).")]
        static PropertyInfo[] PublicProperties(Type type) =>
            [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
                .OrderBy(p => p.Name, StringComparer.Ordinal)];
    }
}
