namespace ClearanceWorkflow.Core.Domain;

/// <summary>The roles of the unit's staff and of the scanning stations, as the contract names them.</summary>
public static class StaffRoles
{
    /// <summary>Opens cases, reviews documents.</summary>
    public const string Intake = "intake";
    /// <summary>Deposits and tracks payments.</summary>
    public const string Cashier = "cashier";
    /// <summary>Searches the records.</summary>
    public const string Records = "records";
    /// <summary>Exoneration and sealing investigations.</summary>
    public const string Investigator = "investigator";
    /// <summary>Decides, approves; may do everything staff may.</summary>
    public const string Supervisor = "supervisor";
    /// <summary>Prints and mails correspondence.</summary>
    public const string Mailroom = "mailroom";
    /// <summary>Reads everything, changes nothing.</summary>
    public const string Auditor = "auditor";
    /// <summary>A scanning station.</summary>
    public const string Scanner = "scanner";

    /// <summary>Every staff role (reading routes accept any of them).</summary>
    public static readonly IReadOnlyList<string> Staff = [Intake, Cashier, Records, Investigator, Supervisor, Mailroom, Auditor];
}
