using GraphQL.Types;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Api.ListingEdits;

// The inputs of the listing mutations, as GraphQL reads them; ListingRules checks everything else.
// An upsert replaces the whole listing: an optional field left out is cleared or takes its default.

public sealed record ServiceInput(
    string? Id, int? Version, string OrganisationId, string Name, string? Description, IReadOnlyList<string> Needs, bool? Online,
    GeoPointInput? Location, bool? WomenOnly, int? MinAge, int? MaxAge, IReadOnlyList<string>? Languages, IReadOnlyList<string>? UnsuitableFor,
    int? Capacity, int? WaitingDays, string? OpeningTimes, string? ReferralRoute, AddressInput? Address, ContactInput? Contact, IReadOnlyList<string>? ByAndFor)
{
    public ServiceDraft ToDraft() => new(
        Id, Version, OrganisationId, Name, Description, Needs, Online, Location.ToPoint(), WomenOnly, MinAge, MaxAge, Languages, UnsuitableFor,
        Capacity, WaitingDays, OpeningTimes, ReferralRoute, Address?.ToAddress(), Contact?.ToContact(), ByAndFor);
}

public sealed class ServiceInputType : InputObjectGraphType<ServiceInput>
{
    public ServiceInputType()
    {
        Name = "ServiceInput";
        Description = "A service of your organisation, whole: without id a new one, with id and version a change to a stored one.";
        this.Target("service");
        Field(i => i.Name).Description($"At most {ListingRules.MaxNameLength} characters.");
        Field(i => i.Description, nullable: true).Description($"At most {ListingRules.MaxDescriptionLength} characters.");
        Field(i => i.Needs, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>)).Description("Need codes it addresses, at least one.");
        Field(i => i.Online, nullable: true).Description("Delivered online; default false.");
        Field(i => i.Location, typeof(GeoPointInputType)).Description("Where it is delivered: required unless online, and absent when online.");
        Field(i => i.WomenOnly, nullable: true).Description("Default false.");
        Field(i => i.MinAge, nullable: true).Description($"0 to {ListingRules.MaxAge}.");
        Field(i => i.MaxAge, nullable: true).Description($"0 to {ListingRules.MaxAge}, not below minAge.");
        Field(i => i.Languages, typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("ISO 639-1 codes; none means no language restriction.");
        Field(i => i.UnsuitableFor, typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("Risk flags that make a person ineligible.");
        Field(i => i.Capacity, nullable: true).Description($"0 to {ListingRules.MaxCapacity}.");
        Field(i => i.WaitingDays, nullable: true).Description($"0 to {ListingRules.MaxWaitingDays}.");
        Field(i => i.OpeningTimes, nullable: true).Description($"Free text, e.g. \"Mon–Fri 09:00–17:00\"; at most {ListingRules.MaxShortTextLength} characters.");
        Field(i => i.ReferralRoute, nullable: true).Description("SELF, PRACTITIONER, GP or AGENCY.");
        Field(i => i.ByAndFor, typeof(ListGraphType<NonNullGraphType<StringGraphType>>))
            .Description($"The communities it is run by and for ({string.Join(", ", CommunityCodes.All)}); none for a service open to all alike.");
        this.ContactFields("service");
    }
}

public sealed record PlacementInput(
    string? Id, int? Version, string OrganisationId, string Title, string Kind, string? Description, GeoPointInput Location, int Capacity,
    bool? WomenOnly, bool? ChildFacing, IReadOnlyList<string>? UnsuitableFor, RiskLevel? MaxRiskOfHarm, IReadOnlyList<string>? Sessions,
    string? Supervisor, IReadOnlyList<string>? Skills, AddressInput? Address, ContactInput? Contact, string? MeetingPoint)
{
    public PlacementDraft ToDraft() => new(
        Id, Version, OrganisationId, Title, Kind, Description, Location.ToPoint(), Capacity, WomenOnly, ChildFacing, UnsuitableFor, MaxRiskOfHarm,
        Sessions, Supervisor, Skills, Address?.ToAddress(), Contact?.ToContact(), MeetingPoint);
}

public sealed class PlacementInputType : InputObjectGraphType<PlacementInput>
{
    public PlacementInputType()
    {
        Name = "PlacementInput";
        Description = "A placement your organisation hosts, whole: without id a new one, with id and version a change to a stored one. Filled places are the referrals' to change.";
        this.Target("placement");
        Field(i => i.Title).Description($"At most {ListingRules.MaxNameLength} characters.");
        Field(i => i.Kind).Description("UNPAID_WORK, IMMEDIATE_JUSTICE, VOLUNTEERING or WORK_TRIAL.");
        Field(i => i.Description, nullable: true).Description($"At most {ListingRules.MaxDescriptionLength} characters.");
        Field(i => i.Location, typeof(NonNullGraphType<GeoPointInputType>));
        Field(i => i.Capacity).Description($"Places, 0 to {ListingRules.MaxCapacity} and not below those filled; 0 stops new referrals.");
        Field(i => i.WomenOnly, nullable: true).Description("Default false.");
        Field(i => i.ChildFacing, nullable: true).Description("Work with or near children; default false.");
        Field(i => i.UnsuitableFor, typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("Risk flags that make a person ineligible.");
        Field(i => i.MaxRiskOfHarm, typeof(RiskLevelType)).Description("The highest risk of harm its supervision can manage; default LOW.");
        Field(i => i.Sessions, typeof(ListGraphType<NonNullGraphType<StringGraphType>>))
            .Description($"Weekly sessions in UK time like \"Thu 09:30-15:30\", at most {ListingRules.MaxSessions}.");
        Field(i => i.Supervisor, nullable: true).Description($"At most {ListingRules.MaxShortTextLength} characters.");
        Field(i => i.Skills, typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("Strength codes the work uses.");
        this.ContactFields("placement (where to meet)", "The supervisor's line; its name defaults to the supervisor");
        Field(i => i.MeetingPoint, nullable: true)
            .Description($"Where at the address the supervisor meets people, e.g. \"reception\"; at most {ListingRules.MaxShortTextLength} characters, absent clears it.");
    }
}

public sealed record MentorInput(
    string? Id, int? Version, string OrganisationId, string DisplayName, Gender Gender, IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? LivedExperience, int Capacity, GeoPointInput Location, string? Bio)
{
    public MentorDraft ToDraft() => new(Id, Version, OrganisationId, DisplayName, Gender, Languages, LivedExperience, Capacity, Location.ToPoint(), Bio);
}

public sealed class MentorInputType : InputObjectGraphType<MentorInput>
{
    public MentorInputType()
    {
        Name = "MentorInput";
        Description = "A peer mentor who volunteers with your organisation, whole: without id a new one, with id and version a change to a stored one.";
        this.Target("mentor");
        Field(i => i.DisplayName).Description($"A public name, at most {ListingRules.MaxDisplayNameLength} characters.");
        Field(i => i.Gender, typeof(NonNullGraphType<GenderType>));
        Field(i => i.Languages, typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("ISO 639-1 codes.");
        Field(i => i.LivedExperience, typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("Need codes they have lived experience of.");
        Field(i => i.Capacity).Description($"How many people they can mentor at once, 0 to {ListingRules.MaxMentees} and not below those they mentor.");
        Field(i => i.Location, typeof(NonNullGraphType<GeoPointInputType>));
        Field(i => i.Bio, nullable: true).Description($"At most {ListingRules.MaxDescriptionLength} characters.");
    }
}

public sealed record SetServiceStatusInput(string ServiceId, ServiceStatus Status, int Version);

public sealed class SetServiceStatusInputType : InputObjectGraphType<SetServiceStatusInput>
{
    public SetServiceStatusInputType()
    {
        Name = "SetServiceStatusInput";
        Field(i => i.ServiceId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Status, typeof(NonNullGraphType<ServiceStatusType>));
        Field(i => i.Version).Description("The version of the service you read.");
    }
}

internal static class ListingInputFields
{
    /// <summary>The fields every upsert input starts with: which listing, at which version, of which organisation.</summary>
    public static void Target<TInput>(this InputObjectGraphType<TInput> input, string listing)
    {
        input.Field<IdGraphType>("id").Description($"The {listing} to change; absent for a new one.");
        input.Field<IntGraphType>("version").Description($"With id: the version of the {listing} you read (a change to an older one is a CONFLICT). Absent for a new one.");
        input.Field<NonNullGraphType<IdGraphType>>("organisationId").Description("Your organisation.");
    }

    /// <summary>The address and contact every listing input ends with; an upsert without them clears them.</summary>
    public static void ContactFields<TInput>(this InputObjectGraphType<TInput> input, string listing, string contact = "Who to call or write to")
    {
        input.Field<AddressInputType>("address").Description($"The postal address of the {listing}; absent clears it.");
        input.Field<ContactInputType>("contact").Description($"{contact}; absent clears it.");
    }

    public static GeoPoint? ToPoint(this GeoPointInput? point) => point is null ? null : new GeoPoint(point.Latitude, point.Longitude);
}
