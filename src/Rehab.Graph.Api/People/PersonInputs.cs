using System.Text.Json;
using GraphQL.Types;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.People;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Api.People;

public sealed record UpdatePersonInput(
    string PersonId, int Version, IReadOnlyList<AssessedNeedInput>? Needs, IReadOnlyList<string>? Strengths, IReadOnlyList<string>? RiskFlags,
    JsonElement? ExclusionZones, GeoPointInput? Home, string? PostcodeDistrict, PersonContactInput? Contact, IReadOnlyList<string>? ByAndFor)
{
    public PersonUpdate ToUpdate() => new(
        PersonId, Version, Needs?.Select(n => new PersonNeedInput(n.Code, n.Severity)).ToList(), Strengths, RiskFlags, ExclusionZones,
        Home is { } home ? new GeoPoint(home.Latitude, home.Longitude) : null, PostcodeDistrict,
        Contact is { } contact ? new Domain.People.PersonContactInput(contact.Email, contact.MobilePhone, contact.PostalAddress, contact.PreferredChannels) : null,
        ByAndFor);
}

public sealed record AssessedNeedInput(string Code, int Severity);

public sealed class UpdatePersonInputType : InputObjectGraphType<UpdatePersonInput>
{
    public UpdatePersonInputType()
    {
        Name = "UpdatePersonInput";
        Description = "A change to a person's record from the version you read; each part given replaces what is stored, each part left out stays.";
        Field(i => i.PersonId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Version).Description("The person's version as you read it; CONFLICT if they have changed since.");
        Field(i => i.Needs, typeof(ListGraphType<NonNullGraphType<AssessedNeedInputType>>)).Description("All their assessed needs, each once.");
        Field(i => i.Strengths, nullable: true).Description("All their strength codes.");
        Field(i => i.RiskFlags, nullable: true).Description("All their risk flags.");
        Field(i => i.ExclusionZones, typeof(GeoJsonGraphType))
            .Description("Licence exclusion zones (a Polygon, MultiPolygon or FeatureCollection of them, a feature's name property naming its zone); an empty FeatureCollection clears them. Connect and referrals never offer what lies inside one.");
        Field(i => i.Home, typeof(GeoPointInputType)).Description("A new home.");
        Field(i => i.PostcodeDistrict, nullable: true).Description("The new home's postcode district, e.g. HU3.");
        Field(i => i.Contact, typeof(PersonContactInputType)).Description("How the person can be told of accepted referrals and session times.");
        Field(i => i.ByAndFor, nullable: true)
            .Description($"All the communities whose own services they want ({string.Join(", ", CommunityCodes.All)}); connect prefers services run by and for them. [] clears them.");
    }
}

public sealed class AssessedNeedInputType : InputObjectGraphType<AssessedNeedInput>
{
    public AssessedNeedInputType()
    {
        Name = "AssessedNeedInput";
        Field(i => i.Code);
        Field(i => i.Severity).Description("1 (low) to 3 (high).");
    }
}
