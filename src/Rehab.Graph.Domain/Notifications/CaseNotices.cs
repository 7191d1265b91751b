namespace Rehab.Graph.Domain.Notifications;

/// <summary>The steps of the route the referrer hears of (completion has its own notices: <see cref="CompletionNotices"/>).</summary>
public enum CaseStep
{
    Taken,
    Contacted,
    Assessed,
    Booked,
    BookingFellThrough,
}

/// <summary>Where the person goes for an Immediate Justice placement, and whom they call: what the booking message gives them.</summary>
public sealed record PlacementVisit(string Title, string OrganisationName, string? Address, string? MeetingPoint, string? SupervisorName, string? SupervisorPhone);

/// <summary>
/// What an Immediate Justice case tells the people around it: the coordinators when it enters their queue (new, or back
/// after a booking fell through), the referrer at each step of the route, and the person where and when to go. The
/// referrer is told what the route has done, never who coordinates or when the person's sessions are: their view of the
/// case leaves those out too.
/// </summary>
public static class CaseNotices
{
    public static Notice Waiting(string caseId, int hours, DateTimeOffset contactDueBy, DateTimeOffset dueBy) => new(
        $"New Immediate Justice case {caseId}",
        $"A new Immediate Justice case ({caseId}, {Notice.Hours(hours)}) is waiting to be taken. "
        + $"Contact the person by {Notice.When(contactDueBy)}; the placement should start by {Notice.When(dueBy)}.");

    public static Notice BackInQueue(string caseId, string placementTitle, DateTimeOffset dueBy) => new(
        $"Immediate Justice case {caseId} needs a new placement",
        $"The booking at {placementTitle} for case {caseId} will not go ahead: book another placement. The 48-hour clock ends {Notice.When(dueBy)}.");

    public static Notice ForReferrer(string caseId, CaseStep step) => step switch
    {
        CaseStep.Taken => new($"Immediate Justice case {caseId}: taken by a coordinator", $"A coordinator has taken case {caseId} and will contact the person."),
        CaseStep.Contacted => new($"Immediate Justice case {caseId}: person contacted", $"The coordinator has contacted the person in case {caseId}."),
        CaseStep.Assessed => new($"Immediate Justice case {caseId}: risk assessed", $"The risk assessment for case {caseId} is done; a placement is being booked."),
        CaseStep.Booked => new($"Immediate Justice case {caseId}: placement booked", $"A placement is booked for case {caseId}."),
        _ => new($"Immediate Justice case {caseId}: being booked again", $"The placement booked for case {caseId} will not go ahead; the coordinator is booking another."),
    };

    public static Notice Cancelled(string placementTitle, string organisationName) => new(
        "Your Immediate Justice placement is cancelled",
        $"Your placement at {placementTitle} ({organisationName}) will not go ahead: please do not go there. Your coordinator will contact you about a new one.");

    public static Notice Booking(DateTimeOffset? firstSession, PlacementVisit visit, int hours)
    {
        var where = $"{visit.Title} ({visit.OrganisationName}){(visit.Address is null ? "" : ", " + visit.Address)}";
        var first = firstSession is { } start
            ? $"Your first session is on {Notice.When(start)} at {where}."
            : $"Your placement is at {where}; the organisation will confirm when your first session is.";
        var meet = visit.MeetingPoint is null ? "" : $" Meet at {visit.MeetingPoint}.";
        var call = (visit.SupervisorName, visit.SupervisorPhone) switch
        {
            ({ } name, { } phone) => $" Your supervisor is {name}: call {phone} if you cannot come or are running late.",
            (null, { } phone) => $" Call {phone} if you cannot come or are running late.",
            ({ } name, null) => $" Your supervisor is {name}.",
            _ => "",
        };
        return new(
            "Your Immediate Justice placement",
            $"{first}{meet}{call} Please arrive ten minutes early for a health-and-safety briefing. You have {hours} hours to complete.");
    }
}
