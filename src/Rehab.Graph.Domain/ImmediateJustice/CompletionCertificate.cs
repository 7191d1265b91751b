namespace Rehab.Graph.Domain.ImmediateJustice;

/// <summary>
/// A certificate of completion for Immediate Justice hours. <see cref="Code"/> is unguessable, so
/// whoever the person shows the certificate to can check it at the public verification address.
/// </summary>
public sealed record CompletionCertificate(
    string Code,
    string CaseId,
    string PersonDisplayName,
    string PlacementTitle,
    string OrganisationName,
    double Hours,
    DateTimeOffset CompletedAt,
    string ReferrerOrganisationName);
