using Scriban.Runtime;

namespace Bibliography.Rendering;

/// <summary>
/// Where a page is drawn: one growing array of characters that each rendering thread reuses for page after page, so a
/// page's text is neither built in a <see cref="System.Text.StringBuilder"/>'s chain of small chunks (which the garbage
/// collector copies, chunk by chunk, while a large page is drawn) nor copied into a string once drawn. The page is read
/// as a span (<see cref="Text"/>) by whoever checks and writes it, before the next page is drawn.
/// </summary>
public sealed class PageBuffer : IScriptOutput
{
    char[] chars;
    int length;

    /// <param name="capacity">Characters to start with: below the size the runtime treats as a large object, and
    /// grown (by doubling) only as far as the largest page drawn into it.</param>
    public PageBuffer(int capacity = 16 * 1024) => chars = new char[capacity];

    /// <summary>The page drawn so far.</summary>
    public ReadOnlySpan<char> Text => chars.AsSpan(0, length);

    public int Length => length;

    /// <summary>
    /// Empties the buffer for the next page. It keeps the memory the largest page so far took (a print edition's tens of
    /// megabytes), so that a later large page is not grown again from the start, into memory the system must hand out
    /// afresh; the memory goes with the buffer.
    /// </summary>
    public void Clear() => length = 0;

    public void Write(string text, int offset, int count) => Append(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    void Append(ReadOnlySpan<char> text)
    {
        if (length + text.Length > chars.Length) Grow(length + text.Length);
        text.CopyTo(chars.AsSpan(length));
        length += text.Length;
    }

    void Grow(int needed)
    {
        var size = (int)Math.Min(Array.MaxLength, Math.Max((long)chars.Length * 2, needed));
        if (size < needed) throw new InvalidOperationException("the page is larger than a .NET array can hold");
        var larger = GC.AllocateUninitializedArray<char>(size);
        chars.AsSpan(0, length).CopyTo(larger);
        chars = larger;
    }

    public override string ToString() => new(Text);
}
