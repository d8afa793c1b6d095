using System.Globalization;

namespace Bibliography.Cli;

/// <summary>
/// The date the site shows for its content: from SOURCE_DATE_EPOCH when set (reproducible builds), else none.
/// Never the wall clock, so two builds of the same input are byte-identical.
/// </summary>
public static class ContentDate
{
    public static string? Resolve()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return null;
    }
}
