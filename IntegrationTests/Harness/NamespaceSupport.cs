using System;
using System.Diagnostics;
using Xunit;

namespace BindNoPort.IntegrationTests.Harness;

/// <summary>Whether this machine lets an unprivileged process create user and network namespaces (probed once).</summary>
public static class NamespaceSupport
{
    private static readonly Lazy<string?> UnavailableReason = new(Probe);

    public static bool IsAvailable => UnavailableReason.Value is null;

    /// <summary>Why namespaces are unavailable, or null when they are available.</summary>
    public static string? Reason => UnavailableReason.Value;

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "network namespaces are a Linux feature";
        }

        try
        {
            var start = new ProcessStartInfo("unshare") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in (string[])["--user", "--map-root-user", "--net", "true"])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"'unshare --user --map-root-user --net true' exited with {process.ExitCode}: {error.Trim()}";
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return "unshare could not be started: " + exception.Message;
        }
    }
}

/// <summary>A fact that needs a fresh network namespace; reported as skipped, with the reason, where none can be made.</summary>
public sealed class NamespaceFactAttribute : FactAttribute
{
    public NamespaceFactAttribute()
    {
        if (!NamespaceSupport.IsAvailable)
        {
            Skip = "Needs user and network namespaces: " + NamespaceSupport.Reason;
        }
    }
}

/// <summary>A theory that needs a fresh network namespace; skipped with the reason where none can be made.</summary>
public sealed class NamespaceTheoryAttribute : TheoryAttribute
{
    public NamespaceTheoryAttribute()
    {
        if (!NamespaceSupport.IsAvailable)
        {
            Skip = "Needs user and network namespaces: " + NamespaceSupport.Reason;
        }
    }
}
