using GraphQL.Types;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Api.Listings;

public sealed class PlacementType : ObjectGraphType<PlacementListing>
{
    public PlacementType(TimeProvider clock)
    {
        Name = "Placement";
        Description = "Unpaid work, Immediate Justice, volunteering or a work trial.";
        Interface<NodeInterface>();
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Title);
        Field(p => p.Kind).Description("UNPAID_WORK, IMMEDIATE_JUSTICE, VOLUNTEERING or WORK_TRIAL.");
        Field(p => p.Description, nullable: true);
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Source.Organisation);
        Field<NonNullGraphType<GeoPointType>>("location").Resolve(c => new GeoPoint(c.Source.Lat, c.Source.Lon));
        Field<FloatGraphType>("distanceKm").Description("Set when the query had `near`.").Resolve(c => ListingDistance.Round(c.Source.DistanceKm));
        Field(p => p.Capacity);
        Field(p => p.Filled);
        Field(p => p.WomenOnly);
        Field(p => p.ChildFacing).Description("Work with or near children: never for NO_CONTACT_CHILDREN.");
        Field(p => p.UnsuitableFor).Description("Risk flags that make a person ineligible.");
        Field<NonNullGraphType<RiskLevelType>>("maxRiskOfHarm")
            .Description("The highest risk of harm its supervision can manage.")
            .Resolve(c => EnumCodes.Parse<RiskLevel>(c.Source.MaxRiskOfHarm));
        Field(p => p.Sessions).Description("Weekly sessions in UK time, e.g. \"Thu 09:30-15:30\".");
        Field(p => p.Supervisor, nullable: true);
        Field<AddressType>("address").Resolve(c => c.Source.Address);
        Field<ContactType>("contact").Description("The supervisor's line: who to call about a session.").Resolve(c => c.Source.Contact);
        Field(p => p.MeetingPoint, nullable: true).Description("Where at the address the supervisor meets people, e.g. \"reception\" or \"the front gate on Humber Street\".");
        Field(p => p.Skills).Description("Strength codes the work uses.");
        Field(p => p.Version).Description("Counts the changes to it; a change names the version it was made to.");
        Field<DateTimeGraphType>("earliestStart")
            .Description("The start (UTC) of the next session a new person could join; null when full or without sessions.")
            .Resolve(c => c.Source.Filled >= c.Source.Capacity
                ? null
                : SessionSchedule.Parse(c.Source.Sessions, "sessions").NextStart(clock.GetUtcNow())?.UtcDateTime);
    }
}

public sealed class PlacementConnectionType() : ConnectionType<PlacementType, PlacementEdgeType, PlacementListing>("Placement");

public sealed class PlacementEdgeType() : EdgeType<PlacementType, PlacementListing>("Placement");
