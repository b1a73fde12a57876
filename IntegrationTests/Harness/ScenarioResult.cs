using System;
using System.Linq;
using System.Text.Json;

namespace BindNoPort.IntegrationTests.Harness;

/// <summary>What a process run inside a namespace left behind.</summary>
public sealed class ScenarioResult
{
    private JsonElement? json;

    public ScenarioResult(int exitCode, string standardOutput, string standardError)
    {
        ExitCode = exitCode;
        StandardOutput = standardOutput;
        StandardError = standardError;
    }

    public int ExitCode { get; }

    public string StandardOutput { get; }

    public string StandardError { get; }

    /// <summary>The last non-empty line of standard output, parsed as JSON (a scenario prints exactly one).</summary>
    public JsonElement Json => json ??= ParseLastLine();

    /// <summary>An integer property of <see cref="Json"/>; a dotted name walks into nested objects and arrays ("runs.0.connections").</summary>
    public int Int(string name) => Property(name).GetInt32();

    /// <summary>A string property of <see cref="Json"/>, or null when it is JSON null.</summary>
    public string? Text(string name)
    {
        var property = Property(name);
        return property.ValueKind == JsonValueKind.Null ? null : property.GetString();
    }

    public bool Flag(string name) => Property(name).GetBoolean();

    public string[] Texts(string name) => Property(name).EnumerateArray().Select(item => item.GetString() ?? "").ToArray();

    public JsonElement Property(string name)
    {
        var current = Json;
        foreach (var part in name.Split('.'))
        {
            if (current.ValueKind == JsonValueKind.Null)
            {
                // A path through a JSON null (no failure recorded) reads as null.
                return current;
            }

            if (current.ValueKind == JsonValueKind.Array && int.TryParse(part, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                throw new InvalidOperationException($"The result has no '{name}': {Json.GetRawText()}");
            }
        }

        return current;
    }

    public override string ToString() =>
        $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{StandardOutput}{Environment.NewLine}stderr:{Environment.NewLine}{StandardError}";

    private JsonElement ParseLastLine()
    {
        var line = StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
            ?? throw new InvalidOperationException("The process printed nothing." + Environment.NewLine + this);
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException("The last line of output is not JSON." + Environment.NewLine + this, exception);
        }
    }
}
