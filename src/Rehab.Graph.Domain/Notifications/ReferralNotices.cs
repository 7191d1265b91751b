namespace Rehab.Graph.Domain.Notifications;

/// <summary>
/// What the two sides of a referral are told: the organisation when one arrives, the offender manager when the
/// organisation answers or the person misses a session. A message to an organisation's shared inbox names the referral,
/// not the person: only the signed-in partner sees who it is, and only what the referral needs.
/// </summary>
public static class ReferralNotices
{
    public static Notice Arrived(string referralId, string targetTitle, string referredBy) => new(
        $"New referral to {targetTitle}",
        $"{referredBy} has referred someone to {targetTitle} (referral {referralId}). Please sign in to Rehab.Graph to accept or decline it.");

    public static Notice Accepted(string referralId, string personDisplayName, string targetTitle, string organisationName) => new(
        $"Referral accepted: {personDisplayName} to {targetTitle}",
        $"{organisationName} has accepted the referral of {personDisplayName} to {targetTitle} (referral {referralId}).");

    public static Notice Declined(string referralId, string personDisplayName, string targetTitle, string organisationName, string? reason) => new(
        $"Referral declined: {personDisplayName} to {targetTitle}",
        $"{organisationName} has declined the referral of {personDisplayName} to {targetTitle} (referral {referralId})"
        + (reason is null ? "." : $": \"{reason}\".")
        + " You may refer them elsewhere.");

    public static Notice SessionMissed(string referralId, string personDisplayName, string targetTitle, DateOnly session) => new(
        $"Missed session: {personDisplayName} at {targetTitle}",
        $"{personDisplayName} did not attend the session on {Notice.Day(session)} at {targetTitle} (referral {referralId}).");
}
