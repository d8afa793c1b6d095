using Bibliography.Diagnostics;
using Bibliography.Output;
using Bibliography.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Bibliography.Tests.Browser;

/// <summary>
/// The real site, built once with its base URL on a free loopback port, written to a temp folder and served by Kestrel
/// under <c>/repo/</c> as GitHub Pages serves a project site (a missing page gets the site's own 404.html, if any).
/// </summary>
public sealed class ServedSite
{
    public const string SubPath = "repo";

    static readonly Lazy<ServedSite> shared = new(() => new ServedSite());

    /// <summary>The one site all browser tests share; built and started on first use.</summary>
    public static ServedSite Shared => shared.Value;

    readonly WebApplication app;

    /// <summary>The folder the built site was written to (served at <see cref="BaseUrl"/>).</summary>
    public string Folder { get; }

    /// <summary><c>http://127.0.0.1:PORT/repo/</c>, the base URL the site was built with.</summary>
    public string BaseUrl { get; }

    public BuildResult Build { get; }

    ServedSite()
    {
        var root = TestPaths.TempDir();
        Folder = Path.Combine(root, SubPath);
        app = StartServer(root, Folder);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = $"{address.TrimEnd('/')}/{SubPath}/";

        Build = SiteBuilder.Build(TestPaths.RealInputs, new BuildSettings(BaseUrl, null, null));
        if (!Build.Succeeded)
            throw new InvalidOperationException("the real site did not build:\n" + string.Join("\n", Build.Diagnostics.Sorted()));
        var diagnostics = new DiagnosticBag();
        if (!SiteWriter.Write(Folder, Build.Files, diagnostics))
            throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            app.StopAsync().GetAwaiter().GetResult();
            Directory.Delete(root, recursive: true);
        };
    }

    /// <summary>The absolute URL of a path relative to the site root (<c>""</c> is the language chooser).</summary>
    public string Url(string path) => BaseUrl + path;

    /// <summary>The site's HTML files, as paths relative to its root.</summary>
    public IReadOnlyList<string> HtmlFiles =>
        Build.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();

    static WebApplication StartServer(string root, string site)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, WebRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0"); // the OS picks a free port
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        // GitHub Pages answers a missing path of a project site with that site's 404.html and status 404.
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(site, "404.html");
            if (context.Request.Path.StartsWithSegments("/" + SubPath) && File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });
        app.StartAsync().GetAwaiter().GetResult();
        return app;
    }
}
