using ClearanceWorkflow.Service.Console;
using ClearanceWorkflow.Service.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClearanceWorkflow.Functions.Http;

/// <summary>The staff console (<c>/api/console/</c>: the app's route prefix is the contract's) and who its caller is.</summary>
public sealed class ConsoleFunctions(WhoAmIHandler whoAmI)
{
    /// <summary>The function serving the console's files (not a route of the contract, not audited).</summary>
    public const string AssetFunction = "ConsoleAsset";

    /// <summary><c>GET /api/me</c>.</summary>
    [Function(nameof(ApiRoutes.WhoAmI))]
    public Task<IActionResult> WhoAmI(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request) =>
        HttpResultAction.From(Task.FromResult(whoAmI.Handle(request)));

    /// <summary><c>GET /api/console/{path}</c>: the console's page, scripts and styles.</summary>
    [Function(AssetFunction)]
    public static Task<IActionResult> Asset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console/{*path}")] HttpRequest request,
        string? path) =>
        HttpResultAction.From(Task.FromResult(ConsoleAssets.Serve(path)));
}
