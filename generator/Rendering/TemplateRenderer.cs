using System.Collections.Concurrent;
using Bibliography.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Bibliography.Text;

namespace Bibliography.Rendering;

/// <summary>
/// Renders a page view through a theme template and the base layout. Scriban is strict here: an unknown variable or
/// member is an error, not an empty string, and every value printed is HTML-escaped unless it is <see cref="Html"/>.
/// Each thread keeps one template context for all its pages (reset between renders), so Scriban's built-in functions,
/// the template cache and the reflected members of the view types are set up once per thread, not once per page.
/// </summary>
public sealed class TemplateRenderer(Theme theme)
{
    readonly ThreadLocal<HtmlTemplateContext> contexts = Contexts(theme);

    /// <summary>
    /// The page: <paramref name="templateName"/> drawn where the base layout writes <c>{{ content }}</c>, straight into
    /// the base layout's output (one pass, no copy of the body), both seeing the same <c>page</c>, <c>layout</c> and
    /// <c>t</c>. Null, with the error reported, when either template fails.
    /// </summary>
    public string? Render(string templateName, object view, object layout, string lang, DiagnosticBag diagnostics)
    {
        var buffer = new PageBuffer();
        return Draw(templateName, view, layout, lang, diagnostics, buffer) ? buffer.ToString() : null;
    }

    /// <summary>
    /// <see cref="Render"/> into <paramref name="into"/> (emptied first), for a caller that reads the page as a span and
    /// reuses the buffer for its next page. False, with the error reported, when a template fails.
    /// </summary>
    public bool Draw(string templateName, object view, object layout, string lang, DiagnosticBag diagnostics, PageBuffer into)
    {
        const string Base = "layouts/base.html";
        into.Clear();
        if (!theme.Templates.TryGetValue(templateName, out var body))
        {
            diagnostics.Error(Codes.TemplateMissing, $"the theme has no template `{templateName}`", theme.FileOf(templateName));
            return false;
        }
        if (!theme.Templates.TryGetValue(Base, out var template))
        {
            diagnostics.Error(Codes.TemplateMissing, $"the theme has no template `{Base}`", theme.FileOf(Base));
            return false;
        }
        var context = contexts.Value!;
        context.Reset(); // drops the previous page's globals, outputs, template cache and any state a failed render left behind
        foreach (var (key, t) in theme.Templates) context.CachedTemplates[key] = t;
        context.PushGlobal(context.Functions);
        context.PushGlobal(new ScriptObject
        {
            ["page"] = view,
            ["layout"] = layout,
            ["t"] = theme.Strings[lang],
            ["content"] = new PageBody(body, templateName),
        });
        context.PushOutput(into);
        try
        {
            // What Template.Render does, into this buffer rather than the context's own output.
            if (template.SourceFilePath is { } file) context.PushSourceFile(file);
            if (template.Page is { } page && context.Evaluate(page) is { } result) context.Write(page.Span, result);
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(Codes.TemplateRuntime, "template: " + e.OriginalMessage, e.Span.FileName ?? templateName, e.Span.Start.Line + 1, e.Span.Start.Column + 1);
            into.Clear();
            return false;
        }
        finally
        {
            context.PopOutput();
        }
    }

    /// <summary>The page's own template, drawn where the base layout writes <c>{{ content }}</c>; once.</summary>
    sealed class PageBody(Template template, string name)
    {
        bool drawn;

        public void DrawInto(TemplateContext context, SourceSpan span)
        {
            if (drawn) throw new ScriptRuntimeException(span, $"`content` (the page drawn by `{name}`) can be written once, by the base layout");
            drawn = true;
            if (template.Page is { } page) context.Evaluate(page);
        }

        public override string ToString() => name;
    }

    static ThreadLocal<HtmlTemplateContext> Contexts(Theme theme)
    {
        var accessors = new ConcurrentDictionary<Type, IObjectAccessor?>();
        return new ThreadLocal<HtmlTemplateContext>(() => NewContext(theme, accessors));
    }

    static HtmlTemplateContext NewContext(Theme theme, ConcurrentDictionary<Type, IObjectAccessor?> accessors)
    {
        var context = new HtmlTemplateContext(accessors)
        {
            StrictVariables = true,
            AutoIndent = false, // an included partial keeps its own indentation; <pre> blocks stay exact
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            LoopLimit = 1_000_000,
            LimitToString = 0, // no 1 MiB cut: a part page of a 10 000-paper list is larger, and a cut page is a broken page
            TemplateLoader = new PreloadedTemplateLoader(theme),
            MemberRenamer = StandardMemberRenamer.Default,
        };
        context.Functions["include"] = new RawInclude();
        context.Functions["fmt"] = new FormatFunction(1);
        context.Functions["fmt2"] = new FormatFunction(2);
        return context;
    }

    /// <summary>
    /// <c>t.key | fmt value</c> and <c>t.key | fmt2 a b</c>: "{0} papers" with invariant number formatting. A function
    /// object rather than an imported delegate, which Scriban would inspect by reflection.
    /// </summary>
    sealed class FormatFunction(int values) : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1 + values;
        public int ParameterCount => 1 + values;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(string);
        public ScriptParameterInfo GetParameterInfo(int index) => new(index == 0 ? typeof(string) : typeof(object), index == 0 ? "format" : "value" + index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            if (arguments.Count != 1 + values)
                throw new ScriptRuntimeException(callerContext?.Span ?? default, $"fmt{(values == 1 ? "" : values)} takes a format and {values} value{(values == 1 ? "" : "s")}, not {arguments.Count - 1}");
            var args = new object?[values];
            for (var i = 0; i < values; i++) args[i] = arguments[i + 1] ?? "";
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, context.ObjectToString(arguments[0]) ?? "", args);
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }

    /// <summary>
    /// Scriban's <c>include</c>, whose output is markup already escaped by the included template. A standalone
    /// <c>{{ include 'partials/x.html' }}</c> of a preloaded template is evaluated straight into the page's output:
    /// Scriban's own include renders into a fresh buffer per call, then copies it out and reallocates the buffer,
    /// which at one include per listed item was a large share of the rendering time and garbage.
    /// </summary>
    sealed class RawInclude : IScriptCustomFunction
    {
        readonly Scriban.Functions.IncludeFunction inner = new();
        public int RequiredParameterCount => inner.RequiredParameterCount;
        public int ParameterCount => inner.ParameterCount;
        public ScriptVarParamKind VarParamKind => inner.VarParamKind;
        public Type ReturnType => typeof(Html);
        public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            if (callerContext is { Parent: ScriptExpressionStatement } && arguments is [string name]
                && context.CachedTemplates.TryGetValue(name, out var template) && template.Page is { } page)
            {
                context.EnterRecursive(callerContext);
                try { context.Evaluate(page); }
                finally { context.ExitRecursive(callerContext); }
                return null; // already written
            }
            return new Html(inner.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");
        }
        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }

    /// <param name="accessors">
    /// How to read each view type's members, shared by the contexts of all threads: Scriban builds them by reflection
    /// and keeps them per context, where <see cref="TemplateContext.Reset"/> drops them. The accessors are read-only
    /// once built, and every context uses the same member renamer and filter.
    /// </param>
    sealed class HtmlTemplateContext(ConcurrentDictionary<Type, IObjectAccessor?> accessors) : TemplateContext
    {
        protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
            accessors.GetOrAdd(target.GetType(), static (_, state) => state.Context.Base(state.Target), (Context: this, Target: target));

        IObjectAccessor? Base(object target) => base.GetMemberAccessorImpl(target);

        /// <summary>The theme's functions (<c>include</c>, <c>fmt</c>, <c>fmt2</c>), pushed under each page's globals.</summary>
        public ScriptObject Functions { get; } = new();

        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            switch (textAsObject)
            {
                case null: return this;
                case Html html: Write(html.Value); return this;
                case PageBody body: body.DrawInto(this, span); return this;
                default:
                    if (ObjectToString(textAsObject) is { Length: > 0 } text) Html.Escape(text, this, static (c, s, start, count) => c.Write(s, start, count));
                    return this;
            }
        }
    }

    /// <summary>Serves <c>include "partials/x.html"</c> from the templates parsed at theme load.</summary>
    sealed class PreloadedTemplateLoader(Theme theme) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            theme.Templates.ContainsKey(templatePath)
                ? throw new InvalidOperationException("preloaded templates are served from the cache")
                : throw new ScriptRuntimeException(callerSpan, $"the theme has no template `{templatePath}`");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
