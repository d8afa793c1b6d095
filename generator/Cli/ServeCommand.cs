using System.CommandLine;
using Bibliography.Server;

namespace Bibliography.Cli;

/// <summary>
/// <c>serve</c>: builds the site in memory, serves it on 127.0.0.1, rebuilds when the seed, content or theme changes,
/// and reloads open tabs. Errors show in the terminal and in the browser; the server keeps running. Ctrl-C stops it.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (default: 8000; 0 picks a free one)", DefaultValueFactory = _ => 8000 };
        var command = new Command("serve", "Preview the site on http://127.0.0.1:PORT/ with rebuild and live reload on every change");
        options.AddTo(command, output: false);
        command.Options.Add(port);
        command.SetAction(r => Run(options.Inputs(r), options.Settings(r), r.GetValue(port)));
        return command;
    }

    public static int Run(BuildInputs inputs, Pages.BuildSettings settings, int port)
    {
        if (port is < 0 or > 65535)
        {
            Console.Error.WriteLine($"error: --port {port} is not a port number (0–65535)");
            return 2;
        }
        // With a Chromium at hand the preview prints the PDFs when they are asked for, and its pages link to them.
        if (settings.PdfChrome is null && Pdf.ChromeLocator.Find(null).Path is { } chrome) settings = settings with { PdfChrome = chrome };
        DevServer server;
        try { server = DevServer.StartAsync(inputs, settings, port, Console.Out).GetAwaiter().GetResult(); }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: cannot listen on 127.0.0.1:{port}: {e.Message} (is another server running? try --port 0)");
            return 1;
        }
        using var stop = new ManualResetEventSlim();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Set(); };
        Console.CancelKeyPress += onCancel;
        server.Stopping.ContinueWith(_ => stop.Set());
        Console.WriteLine($"Serving {server.Url} (watching seed, content and theme; Ctrl-C stops)");
        stop.Wait();
        Console.CancelKeyPress -= onCancel;
        Console.WriteLine("Stopping…");
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }
}
