using ClearanceWorkflow.Service.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace ClearanceWorkflow.Service.Tests.Identity;

public sealed class ApiKeyCallerResolverTests
{
    private static readonly ApiKeyCallerResolver Resolver = new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Auth:ApiKeys:0:Key"] = "intake-key-0123456789",
        ["Auth:ApiKeys:0:StaffId"] = "intake-1",
        ["Auth:ApiKeys:0:Roles:0"] = "intake",
        ["Auth:ApiKeys:1:Key"] = "supervisor-key-0123456789",
        ["Auth:ApiKeys:1:StaffId"] = "supervisor-1",
        ["Auth:ApiKeys:1:Roles:0"] = "supervisor",
        ["Auth:ApiKeys:1:Roles:1"] = "auditor",
        ["Auth:ApiKeys:2:Key"] = "too-short",
        ["Auth:ApiKeys:2:StaffId"] = "weak-1",
        ["Auth:ApiKeys:2:Roles:0"] = "supervisor",
    }).Build());

    [Fact]
    public void A_configured_key_identifies_its_staff_member_and_roles()
    {
        var caller = Resolve("supervisor-key-0123456789");

        Assert.NotNull(caller);
        Assert.Equal("supervisor-1", caller.Id);
        Assert.Equal(["auditor", "supervisor"], caller.Roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_key_maps_to_its_own_staff_member() =>
        Assert.Equal("intake-1", Resolve("intake-key-0123456789")?.Id);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("unknown-key-0123456789")]
    [InlineData("INTAKE-KEY-0123456789")]
    [InlineData("intake-key-012345678")]
    public void A_missing_or_unknown_key_means_no_caller(string? key) =>
        Assert.Null(Resolve(key));

    [Fact]
    public void A_configured_key_shorter_than_sixteen_characters_is_never_accepted() =>
        Assert.Null(Resolve("too-short"));

    [Fact]
    public void Without_configured_keys_nobody_is_let_in() =>
        Assert.Null(new ApiKeyCallerResolver(new ConfigurationBuilder().Build()).Resolve(Request("intake-key-0123456789")));

    private static Caller? Resolve(string? key) => Resolver.Resolve(Request(key));

    private static HttpRequest Request(string? key)
    {
        var context = new DefaultHttpContext();
        if (key is not null)
        {
            context.Request.Headers[ApiKeyCallerResolver.Header] = key;
        }
        return context.Request;
    }
}
