using System;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace BindNoPort.IntegrationTests.Harness;

/// <summary>Names a scenario method so another process can find and call it.</summary>
internal static class ScenarioMethods
{
    private const BindingFlags AnyStatic = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    public static (string Type, string Method) Describe(MethodInfo method)
    {
        // A lambda compiles to an instance method of a hidden class; only named static methods can be found again by name.
        if (!method.IsStatic || method.DeclaringType is null || method.DeclaringType.Assembly != typeof(ScenarioMethods).Assembly)
        {
            throw new ArgumentException($"A scenario must be a named static method of {typeof(ScenarioMethods).Assembly.GetName().Name}; {method} is not.", nameof(method));
        }

        return (method.DeclaringType.FullName!, method.Name);
    }

    public static async Task<JsonObject> InvokeAsync(string typeName, string methodName, ScenarioContext context)
    {
        var type = typeof(ScenarioMethods).Assembly.GetType(typeName, throwOnError: true)!;
        var method = type.GetMethod(methodName, AnyStatic, [typeof(ScenarioContext)])
            ?? throw new MissingMethodException(typeName, methodName);
        return method.Invoke(null, [context]) switch
        {
            JsonObject result => result,
            Task<JsonObject> pending => await pending.ConfigureAwait(false),
            var other => throw new InvalidOperationException($"{typeName}.{methodName} returned {other?.GetType().Name ?? "null"}, not a JsonObject."),
        };
    }
}
