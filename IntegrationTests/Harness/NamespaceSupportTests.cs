using System;
using Xunit;

namespace BindNoPort.IntegrationTests.Harness;

/// <summary>The namespace probe decides between running and skipping, never passing silently.</summary>
public sealed class NamespaceSupportTests
{
    [Fact]
    public void NamespaceProbe_SkipsWithItsReasonOrRuns_AndNeverSkipsInCi()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.True(NamespaceSupport.IsAvailable, "CI must run the kernel tests, but namespaces are unavailable: " + NamespaceSupport.Reason);
        }

        var fact = new NamespaceFactAttribute();
        var theory = new NamespaceTheoryAttribute();
        if (NamespaceSupport.IsAvailable)
        {
            Assert.Null(NamespaceSupport.Reason);
            Assert.Null(fact.Skip);
            Assert.Null(theory.Skip);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(NamespaceSupport.Reason));
            Assert.Contains(NamespaceSupport.Reason!, fact.Skip);
            Assert.Contains(NamespaceSupport.Reason!, theory.Skip);
        }
    }
}
