using ClearanceWorkflow.Core.Activities;

namespace ClearanceWorkflow.Core.Tests.Doubles;

/// <summary>Issued letters by verification code.</summary>
public sealed class InMemoryVerificationRegistry : IVerificationRegistry
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, VerificationRecord> records = new(StringComparer.Ordinal);

    public Task RegisterAsync(VerificationRecord record, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            records[record.VerificationCode] = record;
        }
        return Task.CompletedTask;
    }

    public Task RevokeAsync(string verificationCode, DateTimeOffset revokedAt, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            records[verificationCode] = records[verificationCode] with { Revoked = true, RevokedAt = revokedAt };
        }
        return Task.CompletedTask;
    }

    public Task<VerificationRecord?> FindAsync(string verificationCode, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(records.GetValueOrDefault(verificationCode));
        }
    }
}
