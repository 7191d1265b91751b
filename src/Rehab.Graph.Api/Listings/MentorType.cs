using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Api.Listings;

/// <summary>A peer mentor's public profile: nothing here identifies the people they mentor.</summary>
public sealed class MentorType : ObjectGraphType<MentorListing>
{
    public MentorType()
    {
        Name = "Mentor";
        Interface<NodeInterface>();
        Field(m => m.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(m => m.DisplayName);
        Field<NonNullGraphType<GenderType>>("gender").Resolve(c => EnumCodes.Parse<Gender>(c.Source.Gender));
        Field(m => m.Languages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedType>>>>("livedExperience").WithComplexityImpact(1, ListComplexity.MaxNeeds).Resolve(c => c.Source.LivedExperience);
        Field(m => m.Capacity).Description("How many people they can mentor at once.");
        Field<NonNullGraphType<IntGraphType>>("spareCapacity").Resolve(c => Math.Max(0, c.Source.Capacity - c.Source.Mentees));
        Field<NonNullGraphType<GeoPointType>>("location").Resolve(c => new GeoPoint(c.Source.Lat, c.Source.Lon));
        Field<FloatGraphType>("distanceKm").Description("Set when the query had `near`.").Resolve(c => ListingDistance.Round(c.Source.DistanceKm));
        Field(m => m.Bio, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("organisations")
            .Description("Organisations they volunteer with.")
            .WithComplexityImpact(1, ListComplexity.OrganisationsPerMentor)
            .Resolve(c => c.Source.Organisations);
        Field(m => m.Version).Description("Counts the changes to their profile; a change names the version it was made to.");
    }
}

public sealed class MentorConnectionType() : ConnectionType<MentorType, MentorEdgeType, MentorListing>("Mentor");

public sealed class MentorEdgeType() : EdgeType<MentorType, MentorListing>("Mentor");

public sealed class GenderType : EnumerationGraphType<Gender>
{
    public GenderType()
    {
        Name = "Gender";
        Description = "Women-only services and placements are offered to FEMALE only.";
    }
}

public sealed class RiskLevelType : EnumerationGraphType<RiskLevel>
{
    public RiskLevelType() => Name = "RiskLevel";
}
