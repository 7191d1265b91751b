using System.Globalization;
using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Domain.Referrals;

namespace Rehab.Graph.Domain.Connector;

/// <summary>One of the person's referrals as the connector reads it: to which item, where it stands, when made and last changed.</summary>
public sealed record ReferralTie(string ReferralId, string TargetId, ReferralStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public bool Open => Status is ReferralStatus.Pending or ReferralStatus.Accepted or ReferralStatus.InProgress;
}

/// <summary>
/// What the person has already had to do with a service or placement: an open referral to it (<see cref="AlreadyReferred"/>),
/// or done it (<see cref="Completed"/>: a completed referral, or recorded as attended or completed), and the referral to
/// show (the open one, else the most recent).
/// </summary>
public sealed record PriorUse(bool AlreadyReferred, bool Completed, ReferralTie? Referral)
{
    public static PriorUse None { get; } = new(false, false, null);

    /// <summary>Already referred or done: ranked after every fresh item, and left out when the caller asks.</summary>
    public bool Known => AlreadyReferred || Completed;
}

/// <summary>The person's referrals, attendance, completed placements and mentors, indexed once so each candidate costs a lookup.</summary>
public sealed class PriorUses
{
    private readonly ILookup<string, ReferralTie> _referrals;
    private readonly HashSet<string> _attended;
    private readonly HashSet<string> _completed;
    private readonly HashSet<string> _mentors;

    public PriorUses(PersonNetwork network)
    {
        _referrals = network.Referrals.ToLookup(r => r.TargetId, StringComparer.Ordinal);
        _attended = [.. network.Attended.Select(a => a.ServiceId)];
        _completed = [.. network.Completed.Select(c => c.PlacementId)];
        _mentors = [.. network.Mentors.Select(m => m.MentorId)];
    }

    public PriorUse OfService(string serviceId) => Of(serviceId, _attended.Contains(serviceId));

    public PriorUse OfPlacement(string placementId) => Of(placementId, _completed.Contains(placementId));

    public bool Mentors(string mentorId) => _mentors.Contains(mentorId);

    /// <summary>The sentence that says so, e.g. "Already referred on 3 Dec 2026, pending"; none for a fresh item.</summary>
    public static Reason? Explain(PriorUse prior, string doneText)
    {
        if (prior is { AlreadyReferred: true, Referral: { } open })
        {
            return new Reason("ALREADY_REFERRED", $"Already referred on {Day(open.CreatedAt)}, {Status(open.Status)}");
        }

        if (prior.Completed)
        {
            return prior.Referral is { Status: ReferralStatus.Completed } done
                ? new Reason("COMPLETED", $"Completed on {Day(done.UpdatedAt)}")
                : new Reason("COMPLETED", doneText);
        }

        return prior.Referral is { } last
            ? new Reason("REFERRED_BEFORE", $"Referred on {Day(last.CreatedAt)}, {Status(last.Status)}")
            : null;
    }

    private PriorUse Of(string id, bool done)
    {
        var referrals = _referrals[id].OrderByDescending(r => r.CreatedAt).ThenBy(r => r.ReferralId, StringComparer.Ordinal).ToList();
        if (referrals.Count == 0 && !done)
        {
            return PriorUse.None;
        }

        var open = referrals.FirstOrDefault(r => r.Open);
        return new PriorUse(open is not null, done || referrals.Any(r => r.Status == ReferralStatus.Completed), open ?? referrals.FirstOrDefault());
    }

    // The year is always given: a referral may be from last year, and a date without one is read as this year's.
    private static string Day(DateTimeOffset at) => SessionSchedule.ToUkTime(at).ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Status(ReferralStatus status) => status.ToString() switch
    {
        "InProgress" => "in progress",
        var name => name.ToLowerInvariant(),
    };
}
