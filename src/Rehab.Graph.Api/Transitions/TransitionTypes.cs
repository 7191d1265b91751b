using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Practitioners;
using Rehab.Graph.Domain.Transitions;
using Rehab.Graph.Features.Transitions;

namespace Rehab.Graph.Api.Transitions;

/// <summary>
/// What a transition's answers cost in the complexity limit. A check reads the person's whole network and every listing
/// they are tied to, as much as a connect at connect's own radius, so an operation holds as many checks as it would
/// connects; its lists are priced at what a person holds at most in practice.
/// </summary>
internal static class TransitionComplexity
{
    public const double Check = 1250;
    public const double TiesPerPerson = 25;
    public const double KnownPerTie = 10;
    public const double TransitionsPerPerson = 20;
}

public sealed class TransitionKindType : EnumerationGraphType<TransitionKind>
{
    public TransitionKindType()
    {
        Name = "TransitionKind";
        Description = "RELEASE: from prison to the release address. NEW_HOME: a move in the community. OFFENDER_MANAGER_CHANGE: a handover. YOUTH_TO_ADULT: from youth justice to adult services, at 18 to 25.";
    }
}

public sealed class TieKindType : EnumerationGraphType<TieKind>
{
    public TieKindType()
    {
        Name = "TieKind";
    }
}

public sealed class TransitionCheckType : ObjectGraphType<TransitionCheckResult>
{
    public TransitionCheckType()
    {
        Name = "TransitionCheck";
        Description = "What goes with the person through a transition, who they already know at each, and the ties it may break.";
        Field<NonNullGraphType<TransitionKindType>>("kind").Resolve(c => c.Source.Transition.Kind);
        Field<NonNullGraphType<DateOnlyGraphType>>("on").Resolve(c => c.Source.Transition.On);
        Field<NonNullGraphType<FloatGraphType>>("reachKm").Description("How far from home a tie may be before it is warned of: connect's radius unless given.").Resolve(c => c.Source.Transition.ReachKm);
        Field<ColleagueType>("toPractitioner").Description("For a handover, the offender manager who is to take them over.").Resolve(c => c.Source.ToPractitioner);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContinuingTieType>>>>("ties").Description("Ties that may break first, then by kind and name.")
            .WithComplexityImpact(1, TransitionComplexity.TiesPerPerson).Resolve(c => c.Source.Ties);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TieWarningType>>>>("warnings").Description("Each tie's warning, in the order of ties.")
            .WithComplexityImpact(1, TransitionComplexity.TiesPerPerson).Resolve(c => c.Source.Warnings);
    }
}

public sealed class ContinuingTieType : ObjectGraphType<ContinuingTie>
{
    public ContinuingTieType()
    {
        Name = "ContinuingTie";
        Description = "A service, placement, mentor or project the person is tied to, which goes with them.";
        Field<NonNullGraphType<TieKindType>>("kind").Resolve(c => c.Source.Subject.Kind);
        Field<NonNullGraphType<NodeInterface>>("node").Description("The Service, Placement, Mentor or Project.").Resolve(c => c.Source.Subject.Listing);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Subject.Name);
        Field<NonNullGraphType<StringGraphType>>("how").Description("An open referral's status (PENDING, ACCEPTED, IN_PROGRESS), ATTENDS, MENTOR or MEMBER.").Resolve(c => c.Source.Subject.How);
        Field<DateTimeOffsetGraphType>("since").Resolve(c => c.Source.Subject.Since);
        Field<FloatGraphType>("distanceKmNow").Description("From their home now; null for an online service.").Resolve(c => c.Source.DistanceKmNow);
        Field<FloatGraphType>("distanceKmAfter").Description("From their home after the transition; null for an online service.").Resolve(c => c.Source.DistanceKmAfter);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KnownPersonType>>>>("knownPeople").Description("Who they already know there.")
            .WithComplexityImpact(1, TransitionComplexity.KnownPerTie).Resolve(c => c.Source.Subject.KnownPeople);
        Field<TieWarningType>("warning").Description("Why the tie may be lost; null when it holds.").Resolve(c => c.Source.Warning);
    }
}

public sealed class KnownPersonType : ObjectGraphType<KnownPerson>
{
    public KnownPersonType()
    {
        Name = "KnownPerson";
        Description = "Someone the person already knows at a service, placement or project. Other people on probation are never named, only the kind of tie.";
        Field(k => k.Name, nullable: true).Description("A worker's or their mentor's name; null for people they know, who are described by the kind of tie only.");
        Field(k => k.Relationship).Description("e.g. \"Supervises the placement\", \"A friend of theirs goes there too\".");
    }
}

public sealed class TieWarningType : ObjectGraphType<TieWarning>
{
    public TieWarningType()
    {
        Name = "TieWarning";
        Field(w => w.Code).Description($"{ContinuityCheck.OutOfReach}, {ContinuityCheck.MentorTooFar}, or the connector's hard rule it would break (e.g. AGE).");
        Field(w => w.Message);
    }
}

public sealed class TransitionType : ObjectGraphType<TransitionRecord>
{
    public TransitionType()
    {
        Name = "Transition";
        Description = "A transition on the person's record, with what the check warned of when it was recorded.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<TransitionKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateOnlyGraphType>>("on").Resolve(c => c.Source.On);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Resolve(c => c.Source.At);
        Field<IdGraphType>("recordedBy").Description("The practitioner who recorded it.").Resolve(c => c.Source.RecordedBy);
        Field<ColleagueType>("recordedByPractitioner").Description("The offender manager who recorded it; null when an admin moved them, or for a practitioner no longer on the hub.").Resolve(c => c.Source.RecordedByPractitioner);
        Field(t => t.FromDistrict, nullable: true).Description("The postcode district they lived in before.");
        Field(t => t.ToDistrict, nullable: true).Description("The postcode district they live in after.");
        Field<IdGraphType>("fromPractitionerId").Description("For a handover, who handed them over.").Resolve(c => c.Source.FromPractitionerId);
        Field<IdGraphType>("toPractitionerId").Description("For a handover, who took them over.").Resolve(c => c.Source.ToPractitionerId);
        Field<ColleagueType>("fromPractitioner").Description("For a handover, who handed them over; null for a practitioner no longer on the hub.").Resolve(c => c.Source.FromPractitioner);
        Field<ColleagueType>("toPractitioner").Description("For a handover, who took them over; null for a practitioner no longer on the hub.").Resolve(c => c.Source.ToPractitioner);
        Field(t => t.Note, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TieWarningType>>>>("warnings").WithComplexityImpact(1, TransitionComplexity.TiesPerPerson).Resolve(c => c.Source.Warnings);
    }
}
