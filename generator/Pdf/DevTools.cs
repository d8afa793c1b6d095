using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bibliography.Pdf;

/// <summary>
/// One headless Chromium driven over the DevTools protocol (a web socket on a loopback port): tabs are opened,
/// loaded, asked questions in JavaScript and printed to PDF. One browser serves both editions, each in its own tab,
/// so the start-up is paid once and the tabs print at once. Debian's Chromium as it is: a throw-away profile, no
/// background networking, no component updates, no sync, no extensions.
/// </summary>
public sealed partial class DevTools : IDisposable
{
    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    readonly Process process;
    readonly ClientWebSocket socket = new();
    readonly string profile;
    readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    readonly ConcurrentDictionary<(string Session, string Method), TaskCompletionSource<JsonElement>> awaited = new();
    readonly SemaphoreSlim sending = new(1, 1);
    readonly CancellationTokenSource stop = new();
    readonly Task receiving;
    int nextId;

    DevTools(Process process, string profile, Uri endpoint)
    {
        (this.process, this.profile) = (process, profile);
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        socket.ConnectAsync(endpoint, stop.Token).GetAwaiter().GetResult();
        receiving = Task.Run(Receive);
    }

    /// <summary>Starts Chromium and connects to it; null with the reason when it cannot be started.</summary>
    public static DevTools? Start(string chrome, out string? problem)
    {
        var profile = Path.Combine(Path.GetTempPath(), $"bibliography-chromium-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(chrome) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            // This machine's network is closed: no background traffic, no component updates, no sync.
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--disable-renderer-backgrounding", "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
            $"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank",
        }) start.ArgumentList.Add(arg);

        var process = new Process { StartInfo = start };
        var endpoint = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) { endpoint.TrySetException(new IOException("Chromium closed its output")); return; }
            lock (log) log.AppendLine(e.Data);
            if (Listening().Match(e.Data) is { Success: true } m) endpoint.TrySetResult(new Uri(m.Groups[1].Value));
        };
        process.OutputDataReceived += (_, _) => { };
        try { process.Start(); }
        catch (System.ComponentModel.Win32Exception e)
        {
            problem = $"could not start {chrome}: {e.Message}";
            TryDelete(profile);
            return null;
        }
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            if (!endpoint.Task.Wait(StartTimeout)) throw new TimeoutException($"no DevTools endpoint within {StartTimeout.TotalSeconds:0} s");
            problem = null;
            return new DevTools(process, profile, endpoint.Task.Result);
        }
        catch (Exception e) when (e is AggregateException or TimeoutException or WebSocketException or IOException)
        {
            string tail;
            lock (log) tail = string.Join(" | ", log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(3).Select(s => s.Trim()));
            problem = $"Chromium did not start ({(e is AggregateException a ? a.InnerException?.Message : e.Message)}){(tail.Length > 0 ? ": " + tail : "")}";
            Kill(process);
            TryDelete(profile);
            return null;
        }
    }

    /// <summary>Opens a tab and returns its session.</summary>
    public string OpenTab()
    {
        var target = Call("Target.createTarget", w => w.WriteString("url", "about:blank")).GetProperty("targetId").GetString()!;
        return Call("Target.attachToTarget", w => { w.WriteString("targetId", target); w.WriteBoolean("flatten", true); }).GetProperty("sessionId").GetString()!;
    }

    /// <summary>Loads <paramref name="url"/> in the tab and waits for its load event.</summary>
    public void Load(string session, string url, TimeSpan timeout)
    {
        Call("Page.enable", null, session);
        var loaded = Expect(session, "Page.loadEventFired");
        var result = Call("Page.navigate", w => w.WriteString("url", url), session);
        if (result.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text) throw new DevToolsException($"{url}: {text}");
        if (!loaded.Wait(timeout)) throw new DevToolsException($"{url} did not finish loading within {timeout.TotalSeconds:0} s");
    }

    /// <summary>Runs a JavaScript expression in the tab (awaiting a promise) and returns its value as JSON.</summary>
    public JsonElement Evaluate(string session, string expression)
    {
        var result = Call("Runtime.evaluate", w => { w.WriteString("expression", expression); w.WriteBoolean("awaitPromise", true); w.WriteBoolean("returnByValue", true); }, session);
        if (result.TryGetProperty("exceptionDetails", out var details)) throw new DevToolsException("script failed in the page: " + details.GetRawText());
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>The page in the tab printed to PDF, untagged, its page size and margins taken from its CSS (<c>@page</c>).</summary>
    public byte[] PrintToPdf(string session)
    {
        var result = Call("Page.printToPDF", w =>
        {
            w.WriteBoolean("preferCSSPageSize", true);
            w.WriteBoolean("printBackground", true);
            w.WriteBoolean("displayHeaderFooter", false);
            // A tagged PDF's structure tree is written uncompressed: it would double the Chinese edition's size.
            w.WriteBoolean("generateTaggedPDF", false);
            w.WriteBoolean("generateDocumentOutline", false);
            w.WriteString("transferMode", "ReturnAsBase64");
        }, session, TimeSpan.FromMinutes(3));
        return Convert.FromBase64String(result.GetProperty("data").GetString()!);
    }

    public void CloseTab(string session)
    {
        try { Call("Page.close", null, session, TimeSpan.FromSeconds(10)); }
        catch (DevToolsException) { } // a tab that will not close goes with the browser
    }

    /// <summary>Sends a command and waits for its answer.</summary>
    public JsonElement Call(string method, Action<Utf8JsonWriter>? parameters, string? session = null, TimeSpan? timeout = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("id", id);
            w.WriteString("method", method);
            if (session is not null) w.WriteString("sessionId", session);
            w.WriteStartObject("params");
            parameters?.Invoke(w);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        sending.Wait();
        try { socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, stop.Token).AsTask().GetAwaiter().GetResult(); }
        finally { sending.Release(); }
        var limit = timeout ?? TimeSpan.FromMinutes(1);
        if (!answer.Task.Wait(limit))
        {
            pending.TryRemove(id, out _);
            throw new DevToolsException($"Chromium did not answer {method} within {limit.TotalSeconds:0} s");
        }
        return answer.Task.Result;
    }

    /// <summary>A task that completes at the tab's next event <paramref name="method"/> (ask before causing it).</summary>
    Task<JsonElement> Expect(string session, string method) =>
        awaited.GetOrAdd((session, method), _ => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    async Task Receive()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var got = await socket.ReceiveAsync(buffer, stop.Token);
                if (got.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, got.Count);
                if (!got.EndOfMessage) continue;
                Dispatch(message.ToArray());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException) { }
        foreach (var answer in pending.Values) answer.TrySetException(new DevToolsException("Chromium closed the connection"));
    }

    void Dispatch(byte[] message)
    {
        using var doc = JsonDocument.Parse(message);
        var root = doc.RootElement;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (!pending.TryRemove(idElement.GetInt32(), out var answer)) return;
            if (root.TryGetProperty("error", out var error)) answer.TrySetException(new DevToolsException(error.GetRawText()));
            else answer.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
        }
        else if (root.TryGetProperty("method", out var method) && root.TryGetProperty("sessionId", out var session)
                 && awaited.TryRemove((session.GetString()!, method.GetString()!), out var waiter))
            waiter.TrySetResult(root.TryGetProperty("params", out var p) ? p.Clone() : default);
    }

    public void Dispose()
    {
        try { Call("Browser.close", null, timeout: TimeSpan.FromSeconds(5)); }
        catch (Exception e) when (e is DevToolsException or WebSocketException or AggregateException or InvalidOperationException) { }
        stop.Cancel();
        try { receiving.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
        socket.Dispose();
        if (!process.WaitForExit(TimeSpan.FromSeconds(5))) Kill(process);
        process.Dispose();
        TryDelete(profile);
    }

    static void Kill(Process process)
    {
        try { process.Kill(entireProcessTree: true); process.WaitForExit(TimeSpan.FromSeconds(5)); }
        catch (InvalidOperationException) { } // already gone
    }

    static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { } // a leftover temp folder is harmless
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex Listening();
}

/// <summary>Chromium refused or failed a DevTools command (an environment failure, reported as a diagnostic by the printer).</summary>
public sealed class DevToolsException(string message) : Exception(message);
