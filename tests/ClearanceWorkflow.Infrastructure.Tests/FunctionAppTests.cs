using ClearanceWorkflow.Infrastructure.Tests.Support;

namespace ClearanceWorkflow.Infrastructure.Tests;

/// <summary>The app runs on Flex Consumption with a user-assigned identity, and its telemetry needs no keys.</summary>
public sealed class FunctionAppTests
{
    [Fact]
    public void ThePlanIsFlexConsumption()
    {
        var plan = CompiledTemplate.OneOf("Microsoft.Web/serverfarms").Resource;
        Assert.Equal("FC1", plan.GetProperty("sku").GetProperty("name").GetString());
        Assert.Equal("FlexConsumption", plan.GetProperty("sku").GetProperty("tier").GetString());
        Assert.True(plan.GetProperty("properties").GetProperty("reserved").GetBoolean());
    }

    [Fact]
    public void TheAppUsesOnlyItsUserAssignedIdentityAndHttps()
    {
        var app = CompiledTemplate.OneOf("Microsoft.Web/sites").Resource;
        Assert.Equal("functionapp,linux", app.GetProperty("kind").GetString());
        Assert.Equal("UserAssigned", app.GetProperty("identity").GetProperty("type").GetString());
        Assert.True(app.GetProperty("properties").GetProperty("httpsOnly").GetBoolean());
        Assert.Equal("1.2", app.GetProperty("properties").GetProperty("siteConfig").GetProperty("minTlsVersion").GetString());
    }

    [Fact]
    public void ApplicationInsightsSitsOnLogAnalyticsWithLocalAuthOff()
    {
        CompiledTemplate.OneOf("Microsoft.OperationalInsights/workspaces");
        var insights = CompiledTemplate.OneOf("Microsoft.Insights/components").Properties;
        Assert.True(insights.GetProperty("DisableLocalAuth").GetBoolean());
        Assert.Contains("Microsoft.OperationalInsights/workspaces", insights.GetProperty("WorkspaceResourceId").GetString(), StringComparison.Ordinal);
    }
}
