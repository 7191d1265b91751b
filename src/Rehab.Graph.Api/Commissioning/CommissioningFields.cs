using GraphQL.Types;
using GraphQL;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Commissioning;
using Rehab.Graph.Features.Commissioning;

namespace Rehab.Graph.Api.Commissioning;

/// <summary><c>needCounts</c>: unmet need per area, for those who commission services. Counts only, never a person.</summary>
internal static class CommissioningFields
{
    public static void AddCommissioningFields(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaNeedCountType>>>>("needCounts")
            .Description($"For commissioners and admins: per postcode district and need, how many people on probation living there have the need and how many of them are not yet connected to support for it. Counts from 1 to {AreaNeedCount.SmallestShown - 1} are withheld (null), and so is any count from which one could be worked out.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("areas", "Postcode districts, e.g. HU3; default all.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("needs", "Need codes; default all.")
            .Costly()
            .Resolve(c => c.RequestServices!.GetRequiredService<CommissioningService>()
                .NeedCounts(c.GetArgument<List<string>?>("areas"), c.GetArgument<List<string>?>("needs"), c.Caller()).Deferred());
}

public sealed class AreaNeedCountType : ObjectGraphType<AreaNeedCount>
{
    public AreaNeedCountType()
    {
        Name = "AreaNeedCount";
        Description = "People on probation with one need in one postcode district. Only districts and needs with someone in them are listed.";
        Field(c => c.Area).Description("The postcode district, e.g. HU3.");
        Field<NonNullGraphType<NeedType>>("need").Resolve(c => c.Source.Need);
        Field<IntGraphType>("people")
            .Description($"How many people living there have the need; null when fewer than {AreaNeedCount.SmallestShown}.")
            .Resolve(c => c.Source.PeopleShown);
        Field<IntGraphType>("unmet")
            .Description($"Of them, how many have no open or completed referral for it and attend no service addressing it; null when 1 to {AreaNeedCount.SmallestShown - 1}, when people is null, and when people minus unmet (those connected) would be 1 to {AreaNeedCount.SmallestShown - 1}.")
            .Resolve(c => c.Source.UnmetShown);
    }
}
