using Azure;
using Azure.Data.Tables;
using ClearanceWorkflow.Core.Activities;
using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>Issued letters by verification code: partition = code, so a lookup is a point read.</summary>
public sealed class TableVerificationRegistry(StorageConnection storage, CaseRecordPointers pointers) : IVerificationRegistry
{
    private const string Row = "document";

    private TableClient Table => storage.Tables.GetTableClient(StorageNames.VerificationTable);

    /// <inheritdoc />
    public async Task RegisterAsync(VerificationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await pointers.RememberRowAsync(record.CaseNumber, StorageNames.VerificationTable, record.VerificationCode, Row, cancellationToken);
        var row = new TableEntity(record.VerificationCode, Row)
        {
            ["CaseNumber"] = record.CaseNumber,
            ["Service"] = record.Service.ToString(),
            ["Kind"] = record.Kind.ToString(),
            ["HolderName"] = record.HolderName,
            ["IssuedOn"] = record.IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Revoked"] = record.Revoked,
        };
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task RevokeAsync(string verificationCode, DateTimeOffset revokedAt, CancellationToken cancellationToken)
    {
        var row = new TableEntity(verificationCode, Row) { ["Revoked"] = true, ["RevokedAt"] = revokedAt };
        await Table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<VerificationRecord?> FindAsync(string verificationCode, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> found = await Table.GetEntityIfExistsAsync<TableEntity>(verificationCode, Row, cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } e)
        {
            return null;
        }
        return new VerificationRecord(verificationCode, e.GetString("CaseNumber"), Enum.Parse<ServiceKind>(e.GetString("Service")),
            Enum.Parse<CorrespondenceKind>(e.GetString("Kind")), e.GetString("HolderName"),
            DateOnly.ParseExact(e.GetString("IssuedOn"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            e.GetBoolean("Revoked") ?? false) { RevokedAt = e.GetDateTimeOffset("RevokedAt") };
    }
}
