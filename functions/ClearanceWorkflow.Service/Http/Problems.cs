using Microsoft.AspNetCore.Http;

namespace ClearanceWorkflow.Service.Http;

/// <summary>RFC 9457 problem details for every error the contract names.</summary>
public static class Problems
{
    /// <summary>400 with the fields at fault.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors, string detail = "The request has invalid fields.") =>
        Results.ValidationProblem(errors, detail, title: "Invalid request");

    /// <summary>400 for one field.</summary>
    public static IResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] }, message);

    /// <summary>401: no or unknown credentials.</summary>
    public static IResult Unauthenticated() =>
        Results.Problem(statusCode: 401, title: "Not signed in", detail: SignInHint);

    /// <summary>The 401's detail: how to prove who one is.</summary>
    public const string SignInHint = "Send valid credentials (X-Api-Key on the self-hosted server).";

    /// <summary>403: the caller lacks the role.</summary>
    public static IResult Forbidden(string role) =>
        Results.Problem(statusCode: 403, title: "Not allowed", detail: $"This needs the role '{role}'.");

    /// <summary>404 for a case (or anything else) not found; says nothing about why.</summary>
    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: 404, title: "Not found", detail: $"No {what} was found.");

    /// <summary>403: the caller has a staff role, but what is asked for is sealed from it.</summary>
    public static IResult Sealed() =>
        Results.Problem(statusCode: 403, title: "Sealed", detail: "The records of this case are sealed: only records staff and supervisors may read them.");

    /// <summary>410: the case existed and its records were destroyed; what remains is its tombstone.</summary>
    public static IResult Gone(string detail, IDictionary<string, object?> tombstone) =>
        Results.Problem(statusCode: 410, title: "Destroyed", detail: detail, extensions: tombstone);

    /// <summary>409: the case cannot take this now.</summary>
    public static IResult Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(statusCode: 409, title: "Conflict", detail: detail, extensions: extensions);

    /// <summary>429: too many public requests from one client.</summary>
    public static IResult TooManyRequests() =>
        Results.Problem(statusCode: 429, title: "Too many requests", detail: "Try again in a minute.");

    /// <summary>501: a service the contract names but this deployment does not run yet.</summary>
    public static IResult NotOffered(string field, string detail) =>
        Results.Problem(statusCode: 501, title: "Not offered yet", detail: detail,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });
}
