using GraphQL.Types;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Transitions;

namespace Rehab.Graph.Api.Transitions;

/// <summary>Both operations' fields; <see cref="Version"/> is declared by the recording input only.</summary>
public sealed record TransitionInput
{
    public string PersonId { get; init; } = "";

    public TransitionKind Kind { get; init; }

    public DateOnly? On { get; init; }

    public GeoPointInput? Home { get; init; }

    public string? PostcodeDistrict { get; init; }

    public string? PractitionerId { get; init; }

    public string? Note { get; init; }

    public double? ReachKm { get; init; }

    public int Version { get; init; }

    public TransitionDraft ToDraft() => new(
        PersonId, Kind, On, Home is { } home ? new GeoPoint(home.Latitude, home.Longitude) : null, PostcodeDistrict, PractitionerId, Note, ReachKm);
}

public class TransitionInputType : InputObjectGraphType<TransitionInput>
{
    public TransitionInputType()
        : this("TransitionInput")
    {
    }

    protected TransitionInputType(string name)
    {
        Name = name;
        Field(i => i.PersonId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Kind, typeof(NonNullGraphType<TransitionKindType>));
        Field(i => i.On, typeof(DateOnlyGraphType)).Description($"The day of the transition, within {TransitionRules.DaysEitherSide} days of today; today when left out.");
        Field(i => i.Home, typeof(GeoPointInputType)).Description("For RELEASE and NEW_HOME: where they will live.");
        Field(i => i.PostcodeDistrict, nullable: true).Description("For RELEASE and NEW_HOME: the new home's postcode district, e.g. HU3.");
        Field(i => i.PractitionerId, typeof(IdGraphType)).Description("For OFFENDER_MANAGER_CHANGE: who is to take them over.");
        Field(i => i.Note, nullable: true).Description($"For whoever reads their record next, up to {TransitionRules.MaxNote} characters.");
        Field(i => i.ReachKm, nullable: true).Description("How far from home a tie may be before it is warned of; connect's radius (10 km) when left out.");
    }
}

public sealed class RecordTransitionInputType : TransitionInputType
{
    public RecordTransitionInputType()
        : base("RecordTransitionInput") =>
        Field(i => i.Version).Description("The person's version as you read it; CONFLICT if they have changed since.");
}
