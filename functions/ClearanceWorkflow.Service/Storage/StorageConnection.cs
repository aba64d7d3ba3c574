using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>
/// Clients for the storage account, from the same setting the Functions host uses: <c>AzureWebJobsStorage</c> as a
/// connection string (Azurite locally), or <c>AzureWebJobsStorage__accountName</c> (+ <c>__clientId</c>) for an
/// identity-based connection in Azure.
/// </summary>
public sealed class StorageConnection
{
    /// <summary>The setting name.</summary>
    public const string Setting = "AzureWebJobsStorage";

    private StorageConnection(BlobServiceClient blobs, TableServiceClient tables, QueueServiceClient queues, string? connectionString)
    {
        Blobs = blobs;
        Tables = tables;
        Queues = queues;
        ConnectionString = connectionString;
    }

    /// <summary>The blob service.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>The table service.</summary>
    public TableServiceClient Tables { get; }

    /// <summary>The queue service (the Functions host's queues; the task hub's are the backend's own).</summary>
    public QueueServiceClient Queues { get; }

    /// <summary>The connection string, when the connection is not identity-based.</summary>
    public string? ConnectionString { get; }

    /// <summary>Reads the connection from configuration.</summary>
    public static StorageConnection FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageConnection(
                new BlobServiceClient(connectionString), new TableServiceClient(connectionString), new QueueServiceClient(connectionString), connectionString);
        }
        var account = configuration[$"{Setting}:accountName"]
            ?? throw new InvalidOperationException($"Set {Setting} (a connection string) or {Setting}__accountName (identity-based).");
        var clientId = configuration[$"{Setting}:clientId"];
        TokenCredential credential = string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        return new StorageConnection(
            new BlobServiceClient(new Uri($"https://{account}.blob.core.windows.net"), credential),
            new TableServiceClient(new Uri($"https://{account}.table.core.windows.net"), credential),
            new QueueServiceClient(new Uri($"https://{account}.queue.core.windows.net"), credential),
            null);
    }
}
