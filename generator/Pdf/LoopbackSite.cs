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
/// the files the build is about to write (or the preview serves), over http as readers will, before anything touches the disk.
/// </summary>
public sealed class LoopbackSite : IDisposable
{
    readonly WebApplication app;

    /// <summary>Serves the build's files.</summary>
    public LoopbackSite(IReadOnlyList<GeneratedFile> files) : this(Lookup(files)) { }

    /// <summary>Serves whatever <paramref name="file"/> gives for a site file's path (<c>en/print/index.html</c>), or 404 for null.</summary>
    public LoopbackSite(Func<string, byte[]?> file)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Run(context =>
        {
            var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
            var name = SiteUrls.FileOf(path);
            var content = file(name);
            if (content is null && (content = file(name = path + "/index.html")) is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            context.Response.ContentType = ContentType(name);
            context.Response.ContentLength = content.Length;
            return context.Response.Body.WriteAsync(content).AsTask();
        });
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.TrimEnd('/') + "/";
    }

    /// <summary><c>http://127.0.0.1:PORT/</c></summary>
    public string BaseUrl { get; }

    static Func<string, byte[]?> Lookup(IReadOnlyList<GeneratedFile> files)
    {
        var byPath = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var f in files) byPath[f.Path] = f.Content;
        return path => byPath.GetValueOrDefault(path);
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
