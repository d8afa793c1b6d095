using System.Text;
using Bibliography.Diagnostics;
using Bibliography.Output;

namespace Bibliography.Tests.OutputFolder;

/// <summary>What the build writes into its staging folder is what a reader's browser downloads.</summary>
public class StagingTests
{
    [Fact]
    public void ALargePageIsWrittenAsExactlyItsUtf8Bytes()
    {
        // Longer than the slice the writer encodes at a time, and made of 1-, 3- and 4-byte characters, so slices end
        // inside characters; a lone surrogate at the end becomes U+FFFD, as .NET's UTF-8 encoding writes it.
        var text = string.Concat(Enumerable.Range(0, 90_000).Select(i => (i % 3) switch { 0 => "中文", 1 => "😀a", _ => "<p>&amp;</p>" })) + "\ud800";
        var root = Directory.CreateTempSubdirectory("bib-staging-");
        try
        {
            var staging = SiteStaging.Begin(Path.Combine(root.FullName, "out"), new DiagnosticBag())!;
            staging.Write("en/big/index.html", text.AsSpan());
            staging.Write("en/empty/index.html", ReadOnlySpan<char>.Empty);

            var expected = Encoding.UTF8.GetBytes(text);
            Assert.True(expected.Length > 512 * 1024);
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(staging.Folder, "en", "big", "index.html")));
            Assert.Empty(File.ReadAllBytes(Path.Combine(staging.Folder, "en", "empty", "index.html")));
            Assert.Equal(expected.Length, staging.Bytes);
            staging.Abort();
        }
        finally { root.Delete(recursive: true); }
    }

    [Fact]
    public async Task FoldersMadeAheadOnAnotherThreadAreThereForEveryPage()
    {
        var root = Directory.CreateTempSubdirectory("bib-staging-");
        try
        {
            var staging = SiteStaging.Begin(Path.Combine(root.FullName, "out"), new DiagnosticBag())!;
            var files = Enumerable.Range(0, 2000).Select(i => $"en/papers/p{i}/index.html").ToList();
            var ahead = new SiteSink.Staged(staging).Expect(files);
            Parallel.ForEach(files, file => staging.Write(file, file.AsSpan())); // races the folders being made
            await ahead;

            Assert.All(files, file => Assert.Equal(file, File.ReadAllText(Path.Combine(staging.Folder, file))));
            staging.Abort();
        }
        finally { root.Delete(recursive: true); }
    }
}
