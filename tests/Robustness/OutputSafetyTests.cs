namespace Bibliography.Tests.Robustness;

/// <summary>
/// Nothing is lost: a failed build leaves the previous site exactly as it was, and the generator refuses to write into a
/// folder it did not create (a non-empty foreign folder, the file-system root, the home folder), leaving it untouched.
/// </summary>
public class OutputSafetyTests
{
    /// <summary>Every file under a folder (marker included) with its bytes, in ordinal path order.</summary>

    [Fact]
    public void FailedBuildLeavesThePreviousOutputByteIdentical()
    {
        var site = ScratchSite.FromMini();
        Assert.Equal(0, site.Build().ExitCode);
        var before = TreeSnapshot.Take(site.Output);
        var folders = Directory.GetDirectories(site.Root);

        site.WithFragment(Path.Combine(TestPaths.Fixtures, "invalid", "fragments", "unknown-key.md"));
        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("output was left as it was", run.Err);
        TreeSnapshot.AssertSame(before, TreeSnapshot.Take(site.Output));
        Assert.Equal(folders, Directory.GetDirectories(site.Root)); // no staging folder left behind
    }

    [Fact]
    public void SuccessfulBuildReplacesItsOwnPreviousOutput()
    {
        var site = ScratchSite.FromMini();
        Assert.Equal(0, site.Build().ExitCode);
        File.WriteAllText(Path.Combine(site.Output, "stale.html"), "from an earlier build");
        Assert.Equal(0, site.Build().ExitCode);
        Assert.False(File.Exists(Path.Combine(site.Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, Bibliography.Output.SiteWriter.Marker)));
    }

    [Fact]
    public void ForeignNonEmptyFolderIsRefusedAndLeftUntouched()
    {
        var site = ScratchSite.FromMini();
        var foreign = Path.Combine(site.Root, "photos");
        Directory.CreateDirectory(Path.Combine(foreign, "2019"));
        File.WriteAllText(Path.Combine(foreign, "notes.txt"), "mine");
        File.WriteAllBytes(Path.Combine(foreign, "2019", "a.jpg"), [1, 2, 3]);
        var before = TreeSnapshot.Take(foreign);

        var run = site.Build(foreign);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["photos: error BIB501: refusing to write the site there: it already holds files the generator did not write (no .bibliography-output marker); choose an empty or new folder"],
            run.Errors);
        TreeSnapshot.AssertSame(before, TreeSnapshot.Take(foreign));
        Assert.Equal(["2019"], Directory.GetDirectories(foreign).Select(Path.GetFileName));
    }

    [Fact]
    public void EmptyFolderIsAccepted()
    {
        var site = ScratchSite.FromMini();
        var empty = Path.Combine(site.Root, "empty");
        Directory.CreateDirectory(empty);
        Assert.Equal(0, site.Build(empty).ExitCode);
        Assert.True(File.Exists(Path.Combine(empty, "index.html")));
    }

    /// <summary>A site whose build fails, so that even a broken refusal could never write anything where it points.</summary>
    static ScratchSite FailingSite()
    {
        var site = ScratchSite.FromMini();
        File.WriteAllText(site.Seed, "");
        return site;
    }

    [Fact]
    public void RootOfTheFileSystemIsRefused()
    {
        var run = FailingSite().Build("/");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["/: error BIB501: refusing to write the site there: it is the root of the file system"], run.Errors);
    }

    [Fact]
    public void HomeFolderIsRefused()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var run = FailingSite().Build(home);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{home}: error BIB501: refusing to write the site there: it is your home folder"], run.Errors);
    }

    [Fact]
    public void UnexpandedTildeIsRefused()
    {
        var run = FailingSite().Build("~");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["~: error BIB501: refusing to write the site there: `~` is not expanded here (it would become a folder named `~`); give the full path"], run.Errors);
    }

    [Fact]
    public void FileIsRefusedAsOutput()
    {
        var site = ScratchSite.FromMini();
        var file = Path.Combine(site.Root, "site.zip");
        File.WriteAllText(file, "zip");
        var run = site.Build(file);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["site.zip: error BIB501: refusing to write the site there: it is a file, not a folder"], run.Errors);
        Assert.Equal("zip", File.ReadAllText(file));
    }
}
