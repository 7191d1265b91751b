using GraphQL.Types;
using Rehab.Graph.Features.Directory;

namespace Rehab.Graph.Api.Listings;

public sealed class ServiceFilterType : InputObjectGraphType<ServiceFilter>
{
    public ServiceFilterType()
    {
        Name = "ServiceFilter";
        Field(f => f.Needs, nullable: true).Description("Need codes: services addressing any of them.");
        Field(f => f.WomenOnly, nullable: true);
        Field(f => f.Online, nullable: true);
        Field(f => f.Text, nullable: true).Description("Words in the name or description (at most 100 characters).");
        Field(f => f.OrganisationId, typeof(IdGraphType));
        Field(f => f.ByAndFor, nullable: true).Description("Communities: services run by and for any of them.");
        Field(f => f.IncludeClosed, nullable: true)
            .Description("With organisationId: its CLOSED services too, so that they can be reopened. Only for that organisation's partners and admins: anyone else is refused (UNAUTHENTICATED signed out, FORBIDDEN signed in).");
    }
}

public sealed class OrganisationFilterType : InputObjectGraphType<OrganisationFilter>
{
    public OrganisationFilterType()
    {
        Name = "OrganisationFilter";
        Field(f => f.Kind, nullable: true);
        Field(f => f.Text, nullable: true);
    }
}

public sealed class PlacementFilterType : InputObjectGraphType<PlacementFilter>
{
    public PlacementFilterType()
    {
        Name = "PlacementFilter";
        Field(f => f.Kind, nullable: true);
        Field(f => f.WomenOnly, nullable: true);
        Field(f => f.HasSpace, nullable: true).Description("Only placements with (true) or without (false) a free place.");
        Field(f => f.Text, nullable: true);
        Field(f => f.OrganisationId, typeof(IdGraphType)).Description("The organisation that hosts them.");
    }
}

public sealed class MentorFilterType : InputObjectGraphType<MentorFilter>
{
    public MentorFilterType()
    {
        Name = "MentorFilter";
        Field(f => f.Gender, typeof(GenderType));
        Field(f => f.Language, nullable: true).Description("An ISO 639-1 code the mentor speaks.");
        Field(f => f.LivedExperience, nullable: true).Description("Need codes: mentors with lived experience of any of them.");
        Field(f => f.HasSpace, nullable: true);
        Field(f => f.OrganisationId, typeof(IdGraphType)).Description("An organisation they volunteer with.");
    }
}
