using System.Text;
using ClearanceWorkflow.Service.Identity;
using Microsoft.AspNetCore.Http;

namespace ClearanceWorkflow.Service.Tests.Identity;

public sealed class AppServicePrincipalResolverTests
{
    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    private const string RoleClaim = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";

    [Fact]
    public void The_signed_in_staff_member_is_known_by_object_id_with_the_app_roles()
    {
        var caller = Resolve(Encode($$"""
            {
              "auth_typ": "aad", "name_typ": "name", "role_typ": "roles",
              "claims": [
                { "typ": "{{ObjectIdClaim}}", "val": "7f3c2a9e-0001" },
                { "typ": "name", "val": "Jane Clerk" },
                { "typ": "roles", "val": "intake" },
                { "typ": "roles", "val": "supervisor" }
              ]
            }
            """));

        Assert.NotNull(caller);
        Assert.Equal("7f3c2a9e-0001", caller.Id);
        Assert.Equal(["intake", "supervisor"], caller.Roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Roles_are_read_from_the_claim_type_the_principal_names()
    {
        var caller = Resolve(Encode($$"""
            {
              "role_typ": "{{RoleClaim}}",
              "claims": [ { "typ": "oid", "val": "oid-42" }, { "typ": "{{RoleClaim}}", "val": "cashier" } ]
            }
            """));

        Assert.NotNull(caller);
        Assert.Equal("oid-42", caller.Id);
        Assert.Equal(["cashier"], caller.Roles);
    }

    [Fact]
    public void A_principal_without_roles_is_a_caller_with_no_roles()
    {
        var caller = Resolve(Encode("""{ "claims": [ { "typ": "oid", "val": "oid-7" } ] }"""));

        Assert.NotNull(caller);
        Assert.Empty(caller.Roles);
        Assert.False(caller.IsStaff);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    public void No_usable_header_means_no_caller(string? header) =>
        Assert.Null(Resolve(header));

    [Theory]
    [InlineData("this is not json")]
    [InlineData("""["an", "array"]""")]
    [InlineData("""{ "auth_typ": "aad" }""")]
    [InlineData("""{ "claims": "none" }""")]
    [InlineData("""{ "claims": [ { "typ": "roles" } ] }""")]
    [InlineData("""{ "claims": [ { "typ": "roles", "val": "supervisor" } ] }""")]
    public void A_garbled_principal_or_one_without_an_object_id_means_no_caller(string json) =>
        Assert.Null(Resolve(Encode(json)));

    [Theory]
    [InlineData("GET", null, true)]
    [InlineData("POST", "Authorization", true)]
    [InlineData("POST", "X-Requested-With", true)]
    [InlineData("POST", null, false)]
    [InlineData("DELETE", null, false)]
    public void A_change_sent_with_only_a_session_cookie_does_not_count(string method, string? header, bool counts)
    {
        // What a form posted from another site would carry: the browser's session, and no header of its own.
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Headers[AppServicePrincipalResolver.Header] = Encode("""{ "claims": [ { "typ": "oid", "val": "oid-9" }, { "typ": "roles", "val": "intake" } ] }""");
        if (header is not null)
        {
            context.Request.Headers[header] = "x";
        }

        Assert.Equal(counts, new AppServicePrincipalResolver(authenticationEnabled: true).Resolve(context.Request) is not null);
    }

    private static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    private static Caller? Resolve(string? header)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        if (header is not null)
        {
            context.Request.Headers[AppServicePrincipalResolver.Header] = header;
        }
        return new AppServicePrincipalResolver(authenticationEnabled: true).Resolve(context.Request);
    }
}
