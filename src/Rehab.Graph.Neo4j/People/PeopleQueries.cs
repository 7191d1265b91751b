using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.People;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.People;

/// <summary>Reads of people's records: only ever through the practitioner who supervises them.</summary>
public static class PeopleQueries
{
    public static CypherQuery<PersonRecord?> Person(string personId, string practitionerId) => new(
        CypherStatement.From("People/person.cypher", new Dictionary<string, object?> { ["personId"] = personId, ["practitionerId"] = practitionerId }),
        result => result.Rows.Count == 0 ? null : Ordered(result.Single<PersonRecord>("row")));

    public static CypherQuery<Page<PersonRecord>> Caseload(string practitionerId, PageRequest page) => new(
        CypherStatement.From("People/caseload.cypher", new Dictionary<string, object?>
        {
            ["practitionerId"] = practitionerId,
            ["skip"] = page.Offset,
            ["end"] = (long)page.Offset + page.First,
        }),
        result => new Page<PersonRecord>(
            [.. result.Single<IReadOnlyList<PersonRecord>>("page").Select(Ordered)],
            result.Single<int>("totalCount"),
            page.Offset));

    /// <summary>A person's own contact details, for their own view; null when none are stored.</summary>
    public static CypherQuery<PersonContact?> OwnContact(string personId) => new(
        CypherStatement.From("People/own-contact.cypher", new Dictionary<string, object?> { ["personId"] = personId }),
        result => result.Rows.Count == 0 ? null : result.Single<PersonContact>("contact"));

    /// <summary>Most severe need first, then by code, so the record reads the same every time.</summary>
    private static PersonRecord Ordered(PersonRecord person) => person with
    {
        Needs = [.. person.Needs.OrderByDescending(n => n.Severity).ThenBy(n => n.Code, StringComparer.Ordinal)],
        Strengths = [.. person.Strengths.Order(StringComparer.Ordinal)],
    };
}
