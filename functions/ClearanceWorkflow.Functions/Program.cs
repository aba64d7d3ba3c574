using ClearanceWorkflow.Functions.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
// ASP.NET Core integration: the shared handlers read HttpRequest and return IResult, as on the self-hosted server.
builder.ConfigureFunctionsWebApplication();
// Every staff route is recorded in the audit before its answer leaves, as on the self-hosted server.
builder.UseMiddleware<AuditMiddleware>();
builder.Services.AddClearanceWorkflowFunctions(builder.Configuration);
// OTLP and/or Azure Monitor when configured; nothing otherwise.
builder.Services.AddClearanceFunctionsTelemetry(builder.Configuration);
builder.Build().Run();
