using GraphQL.Types;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Api.Listings;

public sealed class NeedType : ObjectGraphType<NeedRef>
{
    public NeedType()
    {
        Name = "Need";
        Description = "A need in the taxonomy (after the OASys criminogenic needs).";
        Field(n => n.Code);
        Field(n => n.Label);
        Field<NonNullGraphType<IntGraphType>>("serviceCount")
            .Description("How many services address this need.")
            .Resolve(c => c.Source is NeedSummary summary
                ? summary.ServiceCount
                : c.Directory().ServiceCount(c.Source.Code).Deferred());
    }
}
