using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Tests.Domain;

public sealed class DurationsTests
{
    [Theory]
    [InlineData(30 * 86400, "30 days")]
    [InlineData(86400, "1 day")]
    [InlineData(3 * 3600, "3 hours")]
    [InlineData(90, "1 minute")]
    [InlineData(5, "5 seconds")]
    [InlineData(1, "1 second")]
    public void Letters_print_durations_in_words(int seconds, string expected) =>
        Assert.Equal(expected, Durations.InWords(TimeSpan.FromSeconds(seconds)));
}
