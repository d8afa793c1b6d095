using System.Net;
using Bibliography.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bibliography.Pdf;

/// <summary>
/// Serves the rendered site from memory on a random port of 127.0.0.1, so the browser that prints the PDFs sees exactly
/// the files the build is about to write, over http (as readers will), before anything touches the disk.
/// </summary>
public sealed class LoopbackSite : IDisposable
{
    readonly WebApplication app;
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> byPath;

    public LoopbackSite(IReadOnlyList<GeneratedFile> files)
    {
        byPath = new(files.GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, g.Last().Content)), StringComparer.Ordinal);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Run(context =>
        {
            var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
            var file = SiteUrls.FileOf(path);
            if (!byPath.TryGetValue(file, out var content) && !byPath.TryGetValue(file = path + "/index.html", out content))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            context.Response.ContentType = ContentType(file);
            context.Response.ContentLength = content.Length;
            return context.Response.Body.WriteAsync(content).AsTask();
        });
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.TrimEnd('/') + "/";
    }

    /// <summary><c>http://127.0.0.1:PORT/</c></summary>
    public string BaseUrl { get; }

    /// <summary>The file at <paramref name="path"/> as served from now on (the print edition with its page numbers filled in).</summary>
    public byte[] this[string path]
    {
        get => byPath[path];
        set => byPath[path] = value;
    }

    static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".xml" => "application/xml; charset=utf-8",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    public void Dispose()
    {
        app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)app).Dispose();
    }
}
