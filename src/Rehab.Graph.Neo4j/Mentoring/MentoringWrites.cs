using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Mentoring;

/// <summary>
/// The statements of mentoring: a mentor takes a person on, or lets them go. Each runs after the mentor is locked
/// (<c>ListingWrites.Lock(ListingWrites.Mentors, ...)</c>), so two assignments cannot both take a mentor's last place.
/// </summary>
public static class MentoringWrites
{
    /// <summary>Whether the mentor mentors the person now.</summary>
    public static CypherQuery<bool> Current(string personId, string mentorId) => new(
        Statement("mentoring", personId, mentorId, new()),
        result => result.Rows.Count > 0);

    public static CypherStatement Assign(string personId, string mentorId, DateTimeOffset at, Caller caller) =>
        Statement("assign-mentor", personId, mentorId, new() { ["at"] = AuditTrail.Timestamp(at), ["actorId"] = caller.ActorId });

    public static CypherStatement Release(string personId, string mentorId, string? reason, DateTimeOffset at, Caller caller) =>
        Statement("release-mentor", personId, mentorId, new() { ["at"] = AuditTrail.Timestamp(at), ["reason"] = reason, ["actorId"] = caller.ActorId });

    private static CypherStatement Statement(string name, string personId, string mentorId, Dictionary<string, object?> parameters)
    {
        parameters["personId"] = personId;
        parameters["mentorId"] = mentorId;
        return CypherStatement.From($"Mentoring/{name}.cypher", parameters);
    }
}
