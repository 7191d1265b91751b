using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Commissioning;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Commissioning;

namespace Rehab.Graph.Features.Commissioning;

/// <summary>Unmet need per area, for those who commission services: counts only, never a person, small ones withheld.</summary>
public sealed class CommissioningService(ReadBatch reads, IPlaceGazetteer gazetteer)
{
    /// <summary>Drawn from people's records, so not for every signed-in role, as provision gaps are.</summary>
    public PendingRead<IReadOnlyList<AreaNeedCount>> NeedCounts(IReadOnlyList<string>? areas, IReadOnlyList<string>? needs, Caller caller)
    {
        caller.Require(AccessPolicy.NeedCounts);
        return reads.Run(CommissioningQueries.NeedCounts(PostcodeDistricts.Validate(areas, gazetteer, "areas"), NeedCodes.Validate(needs, "needs")));
    }
}
