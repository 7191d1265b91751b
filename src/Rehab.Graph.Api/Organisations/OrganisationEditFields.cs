using GraphQL.Types;
using GraphQL;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.ListingEdits;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Features.Organisations;

namespace Rehab.Graph.Api.Organisations;

/// <summary>Admins manage the organisations partners list under (see <see cref="OrganisationService"/>).</summary>
internal static class OrganisationEditFields
{
    public static void AddOrganisationMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<OrganisationType>>("upsertOrganisation")
            .Description("Admins only: creates an organisation (without id) or changes one (with id and the version you read).")
            .Argument<NonNullGraphType<OrganisationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<OrganisationInput>("input");
                GeoPoint? location = input.Location is { } point ? GeoPoint.Create(point.Latitude, point.Longitude, "input.location") : null;
                var draft = new OrganisationDraft(
                    input.Id, input.Version, input.Name, input.Kind, input.Description, location, input.Website, input.Address?.ToAddress(), input.Contact?.ToContact());
                return await c.RequestServices!.GetRequiredService<OrganisationService>().UpsertAsync(draft, c.Caller(), c.CancellationToken);
            });
}

public sealed record OrganisationInput(
    string? Id, int? Version, string Name, string Kind, string? Description, GeoPointInput? Location, string? Website, AddressInput? Address, ContactInput? Contact);

public sealed class OrganisationInputType : InputObjectGraphType<OrganisationInput>
{
    public OrganisationInputType()
    {
        Name = "OrganisationInput";
        Field(i => i.Id, typeof(IdGraphType)).Description("The organisation to change; absent for a new one.");
        Field(i => i.Version, nullable: true).Description("With id: the version you read (a change to an older one is a CONFLICT).");
        Field(i => i.Name).Description($"At most {ListingRules.MaxNameLength} characters.");
        Field(i => i.Kind).Description(string.Join(", ", ListingKinds.Organisation) + ".");
        Field(i => i.Description, nullable: true).Description($"At most {ListingRules.MaxDescriptionLength} characters.");
        Field(i => i.Location, typeof(GeoPointInputType));
        Field(i => i.Website, nullable: true).Description("An http or https address.");
        this.ContactFields("organisation");
    }
}
