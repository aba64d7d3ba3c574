using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>What an idempotency key was first used for.</summary>
/// <param name="CaseNumber">The case the key opened.</param>
/// <param name="RequestHash">A hash of the request body, to tell a retry from a different request under the same key.</param>
public sealed record IdempotencyClaim(string CaseNumber, string RequestHash);

/// <summary>
/// Idempotency keys of <c>POST /api/cases</c>, stored as SHA-256 hashes (a key may be an envelope barcode; it is
/// never stored as given). The first request to claim a key wins; later ones get the first claim back.
/// </summary>
public sealed class IdempotencyKeys(StorageConnection storage, CaseRecordPointers pointers)
{
    private const string Row = "claim";

    private TableClient Table => storage.Tables.GetTableClient(StorageNames.IdempotencyTable);

    /// <summary>Claims <paramref name="key"/> for <paramref name="claim"/>, or returns the earlier claim.</summary>
    public async Task<IdempotencyClaim> ClaimAsync(string key, IdempotencyClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var partition = Hash(key);
        await pointers.RememberRowAsync(claim.CaseNumber, StorageNames.IdempotencyTable, partition, Row, cancellationToken);
        try
        {
            await Table.AddEntityAsync(new TableEntity(partition, Row)
            {
                ["CaseNumber"] = claim.CaseNumber,
                ["RequestHash"] = claim.RequestHash,
            }, cancellationToken);
            return claim;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await Table.GetEntityAsync<TableEntity>(partition, Row, cancellationToken: cancellationToken);
            return new IdempotencyClaim(existing.Value.GetString("CaseNumber"), existing.Value.GetString("RequestHash"));
        }
    }

    /// <summary>The hex SHA-256 of <paramref name="value"/>.</summary>
    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
