using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Domain.Referrals;

namespace Rehab.Graph.Domain.Notifications;

/// <summary>
/// What the person on probation is told, on their own channels, when an organisation accepts their referral and when a
/// placement's session times change while they go there. Plain words about where, when and whom to call: never the risk
/// flags, the notes the referrer or the organisation wrote, nor anything else their practitioner keeps.
/// </summary>
public static class PersonNotices
{
    /// <param name="schedule">The placement's weekly sessions; empty for a service, which has none.</param>
    /// <param name="firstSession">When the first session after acceptance starts; null for a service or a placement without sessions.</param>
    public static Notice Accepted(
        string targetTitle, string organisationName, Address? address, Contact? contact, IReadOnlyList<WeeklySession> schedule, DateTimeOffset? firstSession)
    {
        var when = firstSession is { } start
            ? $" Your first session is on {Notice.When(start)}{At(address)}. {targetTitle} {ReferralSessions.Describe(schedule)} (UK time)."
            : address is null ? "" : $" It is at {address.OnOneLine()}.";
        return new(
            $"Your referral to {targetTitle} is accepted",
            $"{organisationName} has accepted your referral to {targetTitle}.{when}{Call(contact, organisationName)} If you have any questions, ask your probation officer.");
    }

    /// <param name="nextSession">When the next session starts under the new times; null when the placement has no sessions now.</param>
    public static Notice SessionsChanged(
        string placementTitle, string organisationName, Address? address, Contact? contact, IReadOnlyList<WeeklySession> schedule, DateTimeOffset? nextSession)
    {
        var next = nextSession is { } start
            ? $" Your next session is on {Notice.When(start)}{At(address)}."
            : " There are no sessions for now: they will tell you when sessions start again.";
        return new(
            $"New session times at {placementTitle}",
            $"The session times at {placementTitle} ({organisationName}) have changed: it now {ReferralSessions.Describe(schedule)} (UK time).{next}"
            + $"{Call(contact, organisationName)} If you have any questions, ask your probation officer.");
    }

    private static string At(Address? address) => address is null ? "" : $" at {address.OnOneLine()}";

    private static string Call(Contact? contact, string organisationName)
    {
        var who = contact?.Name ?? organisationName;
        return (contact?.Phone, contact?.Email) switch
        {
            ({ } phone, { } email) => $" To contact {who}, call {phone} or e-mail {email}.",
            ({ } phone, null) => $" To contact {who}, call {phone}.",
            (null, { } email) => $" To contact {who}, e-mail {email}.",
            _ => contact?.Url is { } url ? $" To contact {who}, see {url}." : "",
        };
    }
}
