using ClearanceWorkflow.Core.Domain;

namespace ClearanceWorkflow.Service.Http;

/// <summary>The parts of a case a staff member may see; the stage, dates and what the case waits for are seen by all.</summary>
[Flags]
public enum CaseParts
{
    /// <summary>Only what every staff member sees.</summary>
    None = 0,
    /// <summary>The applicant's name and address.</summary>
    NameAndAddress = 1,
    /// <summary>The applicant's date of birth.</summary>
    DateOfBirth = 2,
    /// <summary>The instrument: kind, amount, number, payee (everyone sees the state and the amount due).</summary>
    Payment = 4,
    /// <summary>The scanned documents: the list and the files.</summary>
    Documents = 8,
    /// <summary>What was asked: purpose and destination, booking and warrant numbers, the petition.</summary>
    Request = 16,
    /// <summary>The applicant's access code to the public status.</summary>
    AccessCode = 32,
    /// <summary>The timeline, with staff notes and a supervisor's reasons.</summary>
    Timeline = 64,
    /// <summary>The letters and notices: the list and the PDFs.</summary>
    Correspondence = 128,
}

/// <summary>
/// What each role's work needs of a case, in one table (docs/api.md has the same as a matrix): a caller sees the union
/// of what their roles see. Auditors read everything but the access code, which is the applicant's credential, not a
/// record.
/// </summary>
public static class RoleViews
{
    private const CaseParts Everything = (CaseParts)255;

    /// <summary>The parts each role sees.</summary>
    public static readonly IReadOnlyDictionary<string, CaseParts> ByRole = new Dictionary<string, CaseParts>(StringComparer.Ordinal)
    {
        [StaffRoles.Intake] = CaseParts.NameAndAddress | CaseParts.DateOfBirth | CaseParts.Documents | CaseParts.Request
            | CaseParts.AccessCode | CaseParts.Correspondence,
        [StaffRoles.Cashier] = CaseParts.Payment,
        [StaffRoles.Records] = CaseParts.NameAndAddress | CaseParts.DateOfBirth | CaseParts.Documents | CaseParts.Request
            | CaseParts.Timeline | CaseParts.Correspondence,
        [StaffRoles.Investigator] = CaseParts.NameAndAddress | CaseParts.DateOfBirth | CaseParts.Documents | CaseParts.Request | CaseParts.Timeline,
        [StaffRoles.Supervisor] = Everything,
        [StaffRoles.Mailroom] = CaseParts.NameAndAddress | CaseParts.Correspondence,
        [StaffRoles.Auditor] = Everything & ~CaseParts.AccessCode,
    };

    /// <summary>What a caller holding <paramref name="roles"/> sees.</summary>
    public static CaseParts For(IEnumerable<string> roles) =>
        roles.Aggregate(CaseParts.None, (parts, role) => parts | (ByRole.TryGetValue(role, out var p) ? p : CaseParts.None));
}
