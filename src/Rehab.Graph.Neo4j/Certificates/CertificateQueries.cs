using System.Globalization;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Certificates;

/// <summary>Reads of the certificates of completion that Immediate Justice cases issue.</summary>
public static class CertificateQueries
{
    public static CypherQuery<IReadOnlyList<CompletionCertificate>> ByCodes(IReadOnlyList<string> codes) => new(
        CypherStatement.From("Certificates/certificates-by-code.cypher", new Dictionary<string, object?> { ["codes"] = codes }),
        result => [.. result.Read<CertificateRow>("certificate").Select(r => r.ToCertificate())]);

    private sealed record CertificateRow(
        string Code, string CaseId, string PersonDisplayName, string PlacementTitle, string OrganisationName, double Hours, string CompletedAt, string ReferrerOrganisationName)
    {
        public CompletionCertificate ToCertificate() => new(
            Code, CaseId, PersonDisplayName, PlacementTitle, OrganisationName, Hours,
            DateTimeOffset.Parse(CompletedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), ReferrerOrganisationName);
    }
}
