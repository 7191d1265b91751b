using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Commissioning;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Commissioning;

namespace Rehab.Graph.Features.Commissioning;

/// <summary>Unmet need and what was done per area, for those who commission services: counts only, never a person, small ones withheld.</summary>
public sealed class CommissioningService(ReadBatch reads, IPlaceGazetteer gazetteer)
{
    /// <summary>
    /// Drawn from people's records, so not for every signed-in role, as provision gaps are. With <paramref name="byAndFor"/>,
    /// only the people who want that community's own services, withheld alike.
    /// </summary>
    public PendingRead<IReadOnlyList<AreaNeedCount>> NeedCounts(IReadOnlyList<string>? areas, IReadOnlyList<string>? needs, Caller caller, string? byAndFor = null)
    {
        caller.Require(AccessPolicy.NeedCounts);
        return reads.Run(CommissioningQueries.NeedCounts(
            PostcodeDistricts.Validate(areas, gazetteer, "areas"), NeedCodes.Validate(needs, "needs"), CommunityCodes.ValidateOne(byAndFor, "byAndFor")));
    }

    /// <summary>
    /// Per postcode district, over a period: plans and goals met, referrals made and completed, hours done, fund spent
    /// per need, and the change in social capital; figures resting on 1 to 4 people withheld.
    /// </summary>
    public PendingRead<IReadOnlyList<AreaEvaluation>> Evaluation(IReadOnlyList<string>? areas, DateOnly from, DateOnly to, Caller caller)
    {
        caller.Require(AccessPolicy.Evaluation);
        return reads.Run(CommissioningQueries.Evaluation(PostcodeDistricts.Validate(areas, gazetteer, "areas"), EvaluationPeriod.Validate(from, to)));
    }
}
