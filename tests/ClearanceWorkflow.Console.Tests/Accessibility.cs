using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace ClearanceWorkflow.Console.Tests;

/// <summary>axe-core's WCAG 2.1 A and AA rules on a page as it stands.</summary>
public static class Accessibility
{
    /// <summary>Fails with every serious or critical violation axe finds on the page.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        ArgumentNullException.ThrowIfNull(page);
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{what}: {string.Join(Environment.NewLine, serious)}");
    }
}
