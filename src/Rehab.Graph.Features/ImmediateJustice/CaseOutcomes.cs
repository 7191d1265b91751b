using System.Security.Cryptography;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Notifications;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Features.Referrals;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.ImmediateJustice;
using Rehab.Graph.Neo4j.Outbox;

namespace Rehab.Graph.Features.ImmediateJustice;

/// <summary>
/// The end of an Immediate Justice booking, as the referral's outcome reaches the case. Completing it closes the case,
/// issues its certificate, sends the certificate to the person on their channels and the completion with its hours back
/// to the referrer. A booking that falls through (declined or withdrawn) gives the case back to be booked again, and
/// tells the person, who was told where and when, not to go.
/// </summary>
public sealed class CaseOutcomes(CertificateLinks links) : IReferralOutcomeHandler
{
    public CypherStatement Read(string referralId) => ImmediateJusticeCases.OfReferral(referralId).Statement;

    public ReferralOutcomeWrites Handle(CypherResult read, ReferralOutcome outcome)
    {
        if (ImmediateJusticeCases.OfReferral(outcome.ReferralId).Read(read) is not { } booked)
        {
            return ReferralOutcomeWrites.None;
        }

        return outcome.Status switch
        {
            ReferralStatus.Completed => new(Complete(booked, outcome.At), TellsPersonSide: false),
            ReferralStatus.Declined => new(Release(booked, outcome, declined: true), TellsPersonSide: true),
            ReferralStatus.Withdrawn => new(Release(booked, outcome, declined: false), TellsPersonSide: true),
            _ => ReferralOutcomeWrites.None,
        };
    }

    private IReadOnlyList<CypherStatement> Complete(BookedCase booked, DateTimeOffset now)
    {
        var certificate = new CompletionCertificate(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), booked.CaseId, booked.PersonDisplayName, booked.PlacementTitle, booked.OrganisationName, booked.Hours, now,
            booked.ReferrerName);
        var verification = links.Verification(certificate.Code);
        return
        [
            ImmediateJusticeCases.Complete(certificate),
            OutboxWrites.Enqueue(MessageChannel.Email, booked.ReferrerEmail, CompletionNotices.ForReferrer(booked.CaseId, booked.PersonDisplayName, certificate, verification), now, certificate.Code),
            .. booked.Contact.Channels().Select(c => OutboxWrites.Enqueue(
                c.Channel, c.Recipient, CompletionNotices.ForPerson(c.Channel, certificate, verification), now, c.Channel == MessageChannel.Text ? null : certificate.Code)),
        ];
    }

    /// <param name="declined">The placement said no, so the case is back in its coordinator's queue and they are told; a coordinator who withdrew the booking knows.</param>
    private static IReadOnlyList<CypherStatement> Release(BookedCase booked, ReferralOutcome outcome, bool declined) =>
    [
        // The coordinator is found through the booking, so they are told before the release takes it away.
        .. declined
            ? [OutboxWrites.EnqueueForReferral(outcome.ReferralId, NoticeAudience.Coordinator, CaseNotices.BackInQueue(booked.CaseId, booked.PlacementTitle, ImmediateJusticeRules.DueBy(booked.ReferredAt)), outcome.At)]
            : Array.Empty<CypherStatement>(),
        ImmediateJusticeCases.Release(booked.CaseId, outcome.ReferralId),
        .. booked.Contact.Channels().Select(c => OutboxWrites.Enqueue(c.Channel, c.Recipient, CaseNotices.Cancelled(booked.PlacementTitle, booked.OrganisationName), outcome.At)),
        OutboxWrites.Enqueue(MessageChannel.Email, booked.ReferrerEmail, CaseNotices.ForReferrer(booked.CaseId, CaseStep.BookingFellThrough), outcome.At),
    ];
}
