namespace Bibliography.Tests.Robustness;

/// <summary>A folder's files and bytes, to show that a build left a tree exactly as it was.</summary>
public static class TreeSnapshot
{
    public static IReadOnlyList<(string Path, byte[] Bytes)> Take(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .OrderBy(x => x.Item1, StringComparer.Ordinal).ToList();

    public static void AssertSame(IReadOnlyList<(string Path, byte[] Bytes)> expected, IReadOnlyList<(string Path, byte[] Bytes)> actual)
    {
        Assert.Equal(expected.Select(x => x.Path), actual.Select(x => x.Path));
        for (var i = 0; i < expected.Count; i++)
            Assert.True(expected[i].Bytes.AsSpan().SequenceEqual(actual[i].Bytes), $"{expected[i].Path} differs");
    }
}
