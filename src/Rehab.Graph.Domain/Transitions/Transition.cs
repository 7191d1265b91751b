using System.Globalization;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.People;
using Rehab.Graph.Domain.Practitioners;

namespace Rehab.Graph.Domain.Transitions;

/// <summary>The moments at which a person's relationships are most easily lost, and which the hub helps keep.</summary>
public enum TransitionKind
{
    /// <summary>From prison to the community, to the release address.</summary>
    Release,

    /// <summary>A new home in the community.</summary>
    NewHome,

    /// <summary>Handed over to another offender manager.</summary>
    OffenderManagerChange,

    /// <summary>From youth justice to adult services, at 18 to 25.</summary>
    YouthToAdult,
}

/// <summary>A transition as asked for, not yet validated; <see cref="Version"/> is needed only to record it.</summary>
public sealed record TransitionDraft(
    string PersonId,
    TransitionKind Kind,
    DateOnly? On,
    GeoPoint? Home,
    string? PostcodeDistrict,
    string? PractitionerId,
    string? Note,
    double? ReachKm);

/// <summary>
/// A transition that may be checked or recorded: <see cref="Home"/> and <see cref="PostcodeDistrict"/> are set for a
/// release or a new home, <see cref="PractitionerId"/> for a handover; <see cref="ReachKm"/> is how far a tie may be
/// from home before the check warns that it may be lost.
/// </summary>
public sealed record ValidTransition(
    string PersonId,
    TransitionKind Kind,
    DateOnly On,
    GeoPoint? Home,
    string? PostcodeDistrict,
    string? PractitionerId,
    string? Note,
    double ReachKm)
{
    public bool MovesHome => Home is not null;
}

/// <summary>A transition as recorded on the person's history, with what the check warned of at the time.</summary>
public sealed record TransitionRecord(
    string Id,
    TransitionKind Kind,
    DateOnly On,
    DateTimeOffset At,
    string? RecordedBy,
    string? FromDistrict,
    string? ToDistrict,
    string? FromPractitionerId,
    string? ToPractitionerId,
    string? Note,
    IReadOnlyList<TieWarning> Warnings)
{
    /// <summary>
    /// The offender manager who recorded it, as the history reads them (a transition being written names them by id
    /// only); null when an admin moved the person.
    /// </summary>
    public Colleague? RecordedByPractitioner { get; init; }

    /// <summary>For a handover, who handed them over, as the history reads them.</summary>
    public Colleague? FromPractitioner { get; init; }

    /// <summary>For a handover, who took them over, as the history reads them.</summary>
    public Colleague? ToPractitioner { get; init; }
}

public static class TransitionRules
{
    public const int MaxNote = 2000;

    /// <summary>A transition is planned ahead (a release date) or recorded after the event, within a year either way.</summary>
    public const int DaysEitherSide = 366;

    public const int AdultServicesFrom = 18;
    public const int YoungAdultUntil = 25;

    public static ValidTransition Validate(TransitionDraft draft, DateOnly today)
    {
        var personId = Ids.Require(draft.PersonId, Ids.Person, "input.personId");
        var on = draft.On ?? today;
        if (Math.Abs(on.DayNumber - today.DayNumber) > DaysEitherSide)
        {
            throw new InvalidInputException("input.on", $"'input.on' is within {DaysEitherSide} days of today, {Iso(today)} (got {Iso(on)}).");
        }

        var movesHome = draft.Kind is TransitionKind.Release or TransitionKind.NewHome;
        GeoPoint? home = draft.Home is { } point ? GeoPoint.Create(point.Latitude, point.Longitude, "input.home") : null;
        string? district = null;
        if (movesHome)
        {
            if (home is null)
            {
                throw new InvalidInputException("input.home", $"A {Name(draft.Kind)} needs 'input.home', where they will live.");
            }

            district = PersonRules.District(draft.PostcodeDistrict, "input.postcodeDistrict")
                ?? throw new InvalidInputException("input.postcodeDistrict", $"A {Name(draft.Kind)} needs 'input.postcodeDistrict', the new home's, e.g. HU3.");
        }
        else if (home is not null || draft.PostcodeDistrict is not null)
        {
            throw new InvalidInputException(home is null ? "input.postcodeDistrict" : "input.home", $"A new home is given only for a release or a new home, not a {Name(draft.Kind)}.");
        }

        string? practitionerId = null;
        if (draft.Kind == TransitionKind.OffenderManagerChange)
        {
            practitionerId = Ids.Require(draft.PractitionerId, Ids.Practitioner, "input.practitionerId");
        }
        else if (draft.PractitionerId is not null)
        {
            throw new InvalidInputException("input.practitionerId", $"'input.practitionerId' is given only for a change of offender manager, not a {Name(draft.Kind)}.");
        }

        var note = draft.Note?.Trim() is { Length: > 0 } given
            ? given.Length <= MaxNote ? given : throw new InvalidInputException("input.note", $"'input.note' is {given.Length} characters long; at most {MaxNote} are allowed.")
            : null;
        var reach = draft.ReachKm is { } km ? NearQuery.ValidateRadius(km, "input.reachKm") : CommunityConnector.DefaultRadiusKm;
        return new ValidTransition(personId, draft.Kind, on, home, district, practitionerId, note, reach);
    }

    /// <summary>
    /// What only the stored person decides: nobody is moved into one of their own licence exclusion zones, and the move to
    /// adult services is made at 18 to 25 (by birth year, as the connector's age rule reads it).
    /// </summary>
    public static void CheckFor(ValidTransition transition, ConnectorProfile person, DateOnly today)
    {
        if (transition.Home is { } home && person.ExclusionZones.Describe(home) is { } zone)
        {
            throw new InvalidInputException("input.home", $"The new home is inside their licence exclusion zone: {zone}.");
        }

        if (transition.Kind == TransitionKind.YouthToAdult)
        {
            var age = AgeOn(person, today, transition.On)
                ?? throw new InvalidInputException("input.kind", "The move to adult services needs the person's birth year, which is not recorded.");
            if (age is < AdultServicesFrom or > YoungAdultUntil)
            {
                throw new InvalidInputException("input.on", $"The move from youth to adult services is made at {AdultServicesFrom} to {YoungAdultUntil}; on {Iso(transition.On)} they would be {age}.");
            }
        }
    }

    /// <summary>
    /// The person the transition starts from. The move to adult services is checked against them as they were in youth
    /// services, at 17: a birth year alone cannot say whether they turn 18 before or after the day.
    /// </summary>
    public static ConnectorProfile Before(ValidTransition transition, ConnectorProfile person) =>
        transition.Kind == TransitionKind.YouthToAdult ? person with { Age = AdultServicesFrom - 1 } : person;

    /// <summary>The person as they would be after the transition: at the new home, and as old as they will be on the day.</summary>
    public static ConnectorProfile After(ValidTransition transition, ConnectorProfile person, DateOnly today) =>
        person with { Home = transition.Home ?? person.Home, Age = AgeOn(person, today, transition.On) };

    private static int? AgeOn(ConnectorProfile person, DateOnly today, DateOnly on) => person.Age + (on.Year - today.Year);

    private static string Name(TransitionKind kind) => kind switch
    {
        TransitionKind.Release => "release",
        TransitionKind.NewHome => "new home",
        TransitionKind.OffenderManagerChange => "change of offender manager",
        _ => "move to adult services",
    };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
