using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Core.Cases;

/// <summary>The input of a case's orchestration: what intake recorded, and the terms captured at opening.</summary>
public sealed record CaseOpening
{
    /// <summary>The case number, which is also the orchestration instance id.</summary>
    public required string CaseNumber { get; init; }
    /// <summary>The service this case runs.</summary>
    public required ServiceKind Service { get; init; }
    /// <summary>How the request arrived.</summary>
    public required IntakeChannel Channel { get; init; }
    /// <summary>The day the mail was received (decides the fee).</summary>
    public required DateOnly ReceivedOn { get; init; }
    /// <summary>The applicant.</summary>
    public required Applicant Applicant { get; init; }
    /// <summary>The clearance request, for clearance letters and referrals.</summary>
    public ClearanceRequest? Clearance { get; init; }
    /// <summary>The exoneration request, for exonerations.</summary>
    public ExonerationRequest? Exoneration { get; init; }
    /// <summary>The sealing petition, for sealings.</summary>
    public SealingRequest? Sealing { get; init; }
    /// <summary>For a referral opened from another request (a sealing that belongs to the court): what it is referred for.</summary>
    public ClearancePurpose? ReferredFor { get; init; }
    /// <summary>The instrument found in the envelope.</summary>
    public PaymentInstrument? Payment { get; init; }
    /// <summary>For a referral: the agencies of the directory in force when the case opened.</summary>
    public IReadOnlyList<ReferralAgency>? ReferTo { get; init; }
    /// <summary>The terms captured at opening.</summary>
    public required CaseTerms Terms { get; init; }
    /// <summary>Who opened the case (a staff id).</summary>
    public required string OpenedBy { get; init; }
    /// <summary>When the case was opened.</summary>
    public required DateTimeOffset OpenedAt { get; init; }
    /// <summary>Set when the case continued as new at a checkpoint: what the next execution resumes from.</summary>
    public CaseCarryOver? CarryOver { get; init; }
}
