using System.Diagnostics;
using ClearanceWorkflow.TestSupport;
using Xunit;

namespace ClearanceWorkflow.EndToEnd.Tests;

/// <summary>Development keys and the sample secret never run a server outside Development, and are never published.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class StartupGuardTests(ServiceFixture service)
{
    [Theory]
    [InlineData("Auth__ApiKeys__9__Key", "dev-intake-key-0000000001", "development API key")]
    [InlineData("Security__AccessCodeSecret", "local-development-only-access-code-secret", "sample access-code secret")]
    public async Task Outside_development_the_server_refuses_to_start_with_a_development_key_or_the_sample_secret(
        string setting, string value, string named)
    {
        await using var server = new ServerProcess(service.ConnectionString, "guardhub", new Dictionary<string, string>
        {
            [setting] = value,
            ["Auth__ApiKeys__9__StaffId"] = "dev-intake",
            ["Auth__ApiKeys__9__Roles__0"] = "intake",
        });

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(server.StartAsync);

        Assert.Contains("Refusing to start in Production", refused.Message, StringComparison.Ordinal);
        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_development_settings_are_not_published()
    {
        var output = Path.Combine(Path.GetTempPath(), "cw-publish-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var publish = Process.Start(new ProcessStartInfo("dotnet")
            {
                // From the build the tests run on (never rebuilding under the running server): the test's own configuration.
                ArgumentList =
                {
                    "publish", Path.Combine(RepositoryRoot.Path, "functions", "ClearanceWorkflow.Server"), "--no-build", "-o", output,
                    "-c", new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "--nologo", "-v", "q",
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var log = await publish.StandardOutput.ReadToEndAsync() + await publish.StandardError.ReadToEndAsync();
            await publish.WaitForExitAsync();
            Assert.True(publish.ExitCode == 0, log);

            Assert.True(File.Exists(Path.Combine(output, "appsettings.json")));
            Assert.False(File.Exists(Path.Combine(output, "appsettings.Development.json")));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
