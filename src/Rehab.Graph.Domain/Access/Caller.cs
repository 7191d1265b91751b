namespace Rehab.Graph.Domain.Access;

public enum CallerRole
{
    Anonymous,
    OffenderManager,
    Partner,
    Commissioner,
    Referrer,
    Admin,

    /// <summary>A person on probation, signed in to see and shape their own plan.</summary>
    Person,
}

/// <summary>A duty a user holds on top of their role, given by the identity provider that issues their token.</summary>
public enum CallerDuty
{
    /// <summary>A partner user who coordinates Immediate Justice cases for their organisation, as an offender manager does for themselves.</summary>
    IjCoordinator,
}

/// <summary>
/// Who coordinates Immediate Justice cases for a caller, and so reaches the people of those cases: an offender
/// manager in person (through supervision, which taking a case adds), or a partner organisation, whose coordinators
/// share its cases as one queue (through the cases only, never the person's wider record).
/// </summary>
public sealed record CaseCoordinator(string? PractitionerId, string? OrganisationId)
{
    /// <summary>The id a case gives as its coordinator.</summary>
    public string Id => PractitionerId ?? OrganisationId ?? throw new InvalidOperationException("A coordinator is a practitioner or an organisation.");
}

/// <summary>Who is asking: their role and, for roles scoped to one, their practitioner, organisation or (for a person on probation) their own person id.</summary>
/// <remarks><see cref="Subject"/> is the signed-in user, when the token names one; the audit trail records it.</remarks>
public sealed record Caller(CallerRole Role, string? PractitionerId, string? OrganisationId, string? Subject = null, CallerDuty? Duty = null, string? PersonId = null)
{
    public static Caller Anonymous { get; } = new(CallerRole.Anonymous, null, null);

    /// <summary>Who the audit trail names: the user if known, else the practitioner, organisation or person the role acts for.</summary>
    public string? ActorId => Subject ?? PractitionerId ?? OrganisationId ?? PersonId;

    /// <summary>How this caller coordinates Immediate Justice cases; null for a caller who does not. A duty counts only on a partner's token.</summary>
    public CaseCoordinator? Coordinator => this switch
    {
        { Role: CallerRole.OffenderManager, PractitionerId: { } id } => new CaseCoordinator(id, null),
        { Role: CallerRole.Partner, OrganisationId: { } id, Duty: CallerDuty.IjCoordinator } => new CaseCoordinator(null, id),
        _ => null,
    };
}

/// <summary>No valid credentials for an operation that needs them.</summary>
public sealed class UnauthenticatedException(string message) : Exception(message);

/// <summary>Valid credentials, but not for this person, organisation or operation.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
