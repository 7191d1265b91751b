using Rehab.Graph.Domain.People;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.People;

/// <summary>A person as locked for a change: the version stored and whether the practitioner supervises them.</summary>
public sealed record LockedPerson(int Version, bool Supervised);

/// <summary>
/// The statements of a change to a person's record: the person locked first (<see cref="Lock"/>), so that two changes
/// from one version cannot both land, then the parts given, in one transaction.
/// </summary>
public static class PeopleWrites
{
    public static CypherQuery<LockedPerson?> Lock(string personId, string practitionerId) => new(
        CypherStatement.From("People/lock-person.cypher", new Dictionary<string, object?> { ["personId"] = personId, ["practitionerId"] = practitionerId }) with { ReadsUnderLock = true },
        result => result.Rows.Count == 0 ? null : result.Single<LockedPerson>("locked"));

    public static IEnumerable<CypherStatement> Update(ValidPersonUpdate update, DateTimeOffset at)
    {
        yield return CypherStatement.From("People/update-person.cypher", new Dictionary<string, object?>
        {
            ["personId"] = update.PersonId,
            ["riskFlags"] = update.RiskFlags,
            ["byAndFor"] = update.ByAndFor,
            ["exclusionZones"] = update.ExclusionZones,
            ["homeLat"] = update.Home?.Latitude,
            ["homeLon"] = update.Home?.Longitude,
            ["postcodeDistrict"] = update.PostcodeDistrict,
            ["contact"] = update.Contact is { } contact
                ? new Dictionary<string, object?> { ["email"] = contact.Email, ["phone"] = contact.MobilePhone, ["postalAddress"] = contact.PostalAddress, ["notifyBy"] = contact.NotifyBy }
                : null,
            ["at"] = AuditTrail.Timestamp(at),
        });
        if (update.Needs is { } needs)
        {
            yield return CypherStatement.From("People/set-person-needs.cypher", new Dictionary<string, object?>
            {
                ["personId"] = update.PersonId,
                ["needs"] = needs.Select(n => new Dictionary<string, object?> { ["code"] = n.Code, ["severity"] = n.Severity }).ToList(),
            });
        }

        if (update.Strengths is { } strengths)
        {
            yield return CypherStatement.From("People/set-person-strengths.cypher", new Dictionary<string, object?> { ["personId"] = update.PersonId, ["strengths"] = strengths });
        }
    }
}
