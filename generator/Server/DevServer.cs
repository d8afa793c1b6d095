using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Bibliography.Pages;
using Bibliography.Text;

namespace Bibliography.Server;

/// <summary>
/// The preview server: Kestrel on 127.0.0.1 serving the <see cref="LiveSite"/> from memory under the base path, each
/// page rendered on demand, with live reload, re-planning when the watcher sees a change. Dispose to stop (open event streams end first).
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    static readonly FileExtensionContentTypeProvider Types = new();
    readonly WebApplication app;
    readonly SiteWatcher watcher;
    readonly string basePath;
    readonly TextWriter log;

    /// <summary>Where the full site check of the current version can be asked for.</summary>
    public const string CheckPath = "/__bib/check";

    public LiveSite Site { get; }

    /// <summary>The server's root URL under the base path, e.g. <c>http://127.0.0.1:8000/repo/</c>.</summary>
    public string Url { get; private set; } = "";

    DevServer(LiveSite site, WebApplication app, SiteWatcher watcher, string basePath, TextWriter log)
    {
        this.log = log;
        Site = site;
        this.app = app;
        this.watcher = watcher;
        this.basePath = basePath;
    }

    /// <summary>Builds once, starts listening on <paramref name="port"/> (0: any free port) and starts watching.</summary>
    public static async Task<DevServer> StartAsync(BuildInputs inputs, BuildSettings settings, int port, TextWriter log)
    {
        var site = new LiveSite(inputs, settings, log);
        site.Rebuild();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var basePath = new SiteUrls(settings.BaseUrl).BasePath;
        var watcher = new SiteWatcher(inputs, touched => site.Rebuild(touched), TimeSpan.FromMilliseconds(20));
        var server = new DevServer(site, app, watcher, basePath, log);
        app.Run(server.Handle);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = address.TrimEnd('/') + basePath;
        return server;
    }

    /// <summary>Completes when the server is asked to stop.</summary>
    public Task Stopping
    {
        get
        {
            var tcs = new TaskCompletionSource();
            app.Lifetime.ApplicationStopping.Register(() => tcs.TrySetResult());
            return tcs.Task;
        }
    }

    /// <summary>
    /// Serves one request. A failure of the generator itself is printed where the server was started and shown in the
    /// browser, not answered with an empty 500.
    /// </summary>
    async Task Handle(HttpContext ctx)
    {
        try
        {
            await Serve(ctx);
        }
        catch (Exception e) when (e is not OperationCanceledException && !ctx.Response.HasStarted)
        {
            lock (log) log.WriteLine($"internal error serving {ctx.Request.Path}: {e.GetType().Name}: {e.Message}\nThis is a bug in the generator, not in your input; please report it.");
            var message = $"internal error: {e.GetType().Name}: {e.Message} (a bug in the generator, not in your input)";
            await Send(ctx, 500, "text/html; charset=utf-8", LiveReload.Inject(ErrorPage.Render([Diagnostics.Diagnostic.Error(Diagnostics.Codes.Internal, message, ctx.Request.Path.Value ?? "/")], "Internal error")));
        }
    }

    async Task Serve(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? "/";
        ctx.Response.Headers.CacheControl = "no-store";
        if (path == LiveReload.EventsPath) { await Events(ctx); return; }
        if (path == LiveReload.ScriptPath) { await Send(ctx, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Script)); return; }
        if (path == LiveReload.StylePath) { await Send(ctx, 200, "text/css; charset=utf-8", Encoding.UTF8.GetBytes(ErrorPage.BannerStyle)); return; }
        if (path == CheckPath) { await Check(ctx); return; }
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path == "/") { ctx.Response.Redirect(basePath); return; }
            await NotFound(ctx);
            return;
        }

        var version = Site.Current;
        var sitePath = path[basePath.Length..];
        var file = SiteUrls.FileOf(sitePath);
        var isPage = file.EndsWith(".html", StringComparison.Ordinal);
        if (version.Failed && isPage)
        {
            await Send(ctx, 500, "text/html; charset=utf-8", LiveReload.Inject(ErrorPage.Render(version.Diagnostics)));
            return;
        }
        if (isPage && version.Page(file) is { } page) { await SendPage(ctx, 200, page); return; }
        var content = version.Asset(file);
        if (content is null && !isPage && version.IsPage(sitePath + "/index.html"))
        {
            ctx.Response.Redirect(path + "/" + ctx.Request.QueryString);
            return;
        }
        content ??= version.DataFile(file);
        if (content is null && !version.Failed && Site.Pdfs is { } pdfs && PreviewPdfs.LangOf(file) is { } lang)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var pdf = await Task.Run(() => pdfs.Get(version, lang, out var problems) is { } bytes ? (bytes, problems) : (null, problems));
            if (pdf.bytes is null)
            {
                lock (log) foreach (var d in pdf.problems) log.WriteLine(d.ToColonForm());
                await Send(ctx, 500, "text/html; charset=utf-8", LiveReload.Inject(ErrorPage.Render(pdf.problems, "Could not print the PDF")));
                return;
            }
            lock (log) log.WriteLine($"Served {file} ({pdf.bytes.Length / 1024} KiB) in {clock.ElapsedMilliseconds} ms");
            await Send(ctx, 200, "application/pdf", pdf.bytes);
            return;
        }
        if (content is null) { await NotFound(ctx); return; }
        if (!Types.TryGetContentType(file, out var type)) type = "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json") type += "; charset=utf-8";
        await Send(ctx, 200, type, content);
    }

    /// <summary>A rendered page with the live reload script (and the last site check's errors, if any), or the error page.</summary>
    async Task SendPage(HttpContext ctx, int status, ServedPage page)
    {
        ctx.Response.Headers["X-Preview-Rendered"] = page.Fresh ? "fresh" : "cache";
        if (page.Html is null)
        {
            await Send(ctx, 500, "text/html; charset=utf-8", LiveReload.Inject(ErrorPage.Render(page.Errors)));
            return;
        }
        var problems = Site.LastCheck is { Errors.Count: > 0 } check ? ErrorPage.Banner(check.Errors) : "";
        await Send(ctx, status, "text/html; charset=utf-8", LiveReload.Inject(page.Html, problems));
    }

    async Task NotFound(HttpContext ctx)
    {
        if (Site.Current.Page(SiteUrls.NotFound) is { } page) await SendPage(ctx, 404, page);
        else await Send(ctx, 404, "text/html; charset=utf-8", Encoding.UTF8.GetBytes("Not found"));
    }

    static async Task Send(HttpContext ctx, int status, string type, byte[] body)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = type;
        ctx.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(ctx.Request.Method)) await ctx.Response.Body.WriteAsync(body);
    }

    /// <summary>Server-Sent Events: the current version at once, then every new one, until the tab or the server goes away.</summary>
    async Task Events(HttpContext ctx)
    {
        ctx.Response.ContentType = "text/event-stream";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ctx.RequestAborted, app.Lifetime.ApplicationStopping);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var next = Site.Changed;
                await ctx.Response.WriteAsync($"retry: 500\ndata: {Site.Version}\n\n", stop.Token);
                await ctx.Response.Body.FlushAsync(stop.Token);
                await next.WaitAsync(stop.Token);
            }
        }
        catch (OperationCanceledException) { } // the tab closed or the server is stopping
    }

    /// <summary>The full site check of the current version, on demand: waits for the background run and lists its errors.</summary>
    async Task Check(HttpContext ctx)
    {
        IReadOnlyList<Bibliography.Diagnostics.Diagnostic>? found;
        do found = await Site.Current.Checked.WaitAsync(ctx.RequestAborted); // null: a newer version replaced it; wait for that one
        while (found is null);
        var errors = found.Where(d => d.IsError).ToList();
        await Send(ctx, errors.Count == 0 ? 200 : 500, "text/html; charset=utf-8", LiveReload.Inject(ErrorPage.Render(found, errors.Count == 0 ? "Site check passed" : "Site check failed")));
    }

    public async ValueTask DisposeAsync()
    {
        watcher.Dispose();
        Site.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
