using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Testing;

/// <summary>Completion certificates written straight into the graph, as completing a case stores them, for tests of what reads them.</summary>
public static class StoredCertificates
{
    public static async Task<CompletionCertificate> StoreAsync(this CypherClient cypher, CompletionCertificate certificate)
    {
        await cypher.RunAsync(new CypherStatement("test: certificate", """
            CREATE (:Certificate {code: $code, caseId: $caseId, personDisplayName: $personDisplayName, placementTitle: $placementTitle,
                    organisationName: $organisationName, hours: $hours, completedAt: $completedAt, referrerOrganisationName: $referrer})
            """, new Dictionary<string, object?>
        {
            ["code"] = certificate.Code,
            ["caseId"] = certificate.CaseId,
            ["personDisplayName"] = certificate.PersonDisplayName,
            ["placementTitle"] = certificate.PlacementTitle,
            ["organisationName"] = certificate.OrganisationName,
            ["hours"] = certificate.Hours,
            ["completedAt"] = AuditTrail.Timestamp(certificate.CompletedAt),
            ["referrer"] = certificate.ReferrerOrganisationName,
        }));
        return certificate;
    }
}
