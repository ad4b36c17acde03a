using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace McpPostmortem.Rendering;

/// <summary>
/// A template function of one text argument, implemented without reflection so that templates run
/// the same under Native AOT.
/// </summary>
internal sealed class TextFunction(Func<string, string> apply) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) =>
        apply(context.ObjectToString(arguments.Count > 0 ? arguments[0] : null) ?? "");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext,
        ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
