namespace Rehab.Graph.Domain.Access;

public enum CallerRole
{
    Anonymous,
    OffenderManager,
    Partner,
    Commissioner,
    Referrer,
    Admin,
}

/// <summary>Who is asking: their role and, for roles scoped to one, their practitioner or organisation.</summary>
/// <remarks><see cref="Subject"/> is the signed-in user, when the token names one; the audit trail records it.</remarks>
public sealed record Caller(CallerRole Role, string? PractitionerId, string? OrganisationId, string? Subject = null)
{
    public static Caller Anonymous { get; } = new(CallerRole.Anonymous, null, null);

    /// <summary>Who the audit trail names: the user if known, else the practitioner or organisation the role acts for.</summary>
    public string? ActorId => Subject ?? PractitionerId ?? OrganisationId;

    /// <summary>The practitioner id of an offender manager; anyone else may not act on a person's record.</summary>
    public string RequireOffenderManager(string what) => this switch
    {
        { Role: CallerRole.Anonymous } => throw new UnauthenticatedException($"Sign in as the person's offender manager to {what}."),
        { Role: CallerRole.OffenderManager, PractitionerId: { } id } => id,
        _ => throw new ForbiddenException($"Only the person's offender manager may {what}."),
    };
}

/// <summary>No valid credentials for an operation that needs them.</summary>
public sealed class UnauthenticatedException(string message) : Exception(message);

/// <summary>Valid credentials, but not for this person, organisation or operation.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
