namespace ClearanceWorkflow.Service.Storage;

/// <summary>Creates the containers and tables the service needs, if they are missing.</summary>
public static class StorageBootstrap
{
    /// <summary>Creates whatever is missing; safe to run at every start.</summary>
    public static async Task EnsureCreatedAsync(StorageConnection storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        foreach (var container in StorageNames.Containers)
        {
            await storage.Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
        foreach (var table in StorageNames.Tables)
        {
            await storage.Tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }
    }
}
