namespace ClearanceWorkflow.Core.Domain;

/// <summary>An agency of the referral directory: who serves what the unit does not, and how to reach them.</summary>
/// <param name="Name">The agency, e.g. California Department of Justice.</param>
/// <param name="Serves">What the applicant should ask it for.</param>
/// <param name="Contact">How to reach it (address, telephone).</param>
/// <param name="Purposes">The clearance purposes referred to it.</param>
public sealed record ReferralAgency(string Name, string Serves, string Contact, IReadOnlyList<ClearancePurpose> Purposes);
