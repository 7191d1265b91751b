using System.Security.Cryptography;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Notifications;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.ImmediateJustice;

/// <summary>
/// What the end of an Immediate Justice booking adds to the referral's transaction. Completing it closes the case,
/// issues its certificate, sends the certificate to the person on their channels and the completion with its hours
/// back to the referrer. A booking that falls through (declined or withdrawn) gives the case back to be booked
/// again, and tells the person, who was told where and when, not to go.
/// </summary>
internal static class ImmediateJusticeOutcomes
{
    public static async Task<IReadOnlyList<CypherStatement>> CompleteAsync(CypherTransaction transaction, string referralId, DateTimeOffset now, CertificateLinks links)
    {
        if (await CaseOfAsync(transaction, referralId) is not { } row)
        {
            return [];
        }

        var certificate = new CompletionCertificate(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), row.CaseId, row.PersonDisplayName, row.PlacementTitle, row.OrganisationName, row.Hours, now, row.ReferrerName);
        var verification = links.Verification(certificate.Code);
        var statements = new List<CypherStatement>
        {
            CypherStatement.From("ImmediateJustice/complete-case.cypher", new Dictionary<string, object?>
            {
                ["caseId"] = certificate.CaseId,
                ["code"] = certificate.Code,
                ["completedAt"] = AuditTrail.Timestamp(now),
                ["personDisplayName"] = certificate.PersonDisplayName,
                ["placementTitle"] = certificate.PlacementTitle,
                ["organisationName"] = certificate.OrganisationName,
                ["hours"] = certificate.Hours,
                ["referrerOrganisationName"] = certificate.ReferrerOrganisationName,
            }),
            Outbox.Outbox.Enqueue(MessageChannel.Email, row.ReferrerEmail, CompletionNotices.ForReferrer(row.CaseId, row.PersonDisplayName, certificate, verification), now, certificate.Code),
        };
        var contact = new ContactDetails(row.Email, row.Phone, row.PostalAddress);
        statements.AddRange(contact.Channels().Select(c => Outbox.Outbox.Enqueue(
            c.Channel, c.Recipient, CompletionNotices.ForPerson(c.Channel, certificate, verification), now, c.Channel == MessageChannel.Text ? null : certificate.Code)));
        return statements;
    }

    /// <param name="declined">The placement said no, so the case is back in its coordinator's queue and they are told; a coordinator who withdrew the booking knows.</param>
    public static async Task<IReadOnlyList<CypherStatement>> ReleaseAsync(CypherTransaction transaction, string referralId, DateTimeOffset now, bool declined)
    {
        if (await CaseOfAsync(transaction, referralId) is not { } row)
        {
            return [];
        }

        // The coordinator is found through the booking, so they are told before release-booking.cypher takes it away.
        return
        [
            .. declined
                ? [Outbox.Outbox.EnqueueForReferral(referralId, Outbox.NoticeAudience.Coordinator, CaseNotices.BackInQueue(row.CaseId, row.PlacementTitle, ImmediateJusticeRules.DueBy(row.ReferredAt)), now)]
                : Array.Empty<CypherStatement>(),
            CypherStatement.From("ImmediateJustice/release-booking.cypher", new Dictionary<string, object?>
            {
                ["id"] = row.CaseId,
                ["referralId"] = referralId,
                ["status"] = EnumCodes.ToCode(CaseStatus.Assessed),
            }),
            .. new ContactDetails(row.Email, row.Phone, row.PostalAddress).Channels()
                .Select(c => Outbox.Outbox.Enqueue(c.Channel, c.Recipient, CaseNotices.Cancelled(row.PlacementTitle, row.OrganisationName), now)),
            Outbox.Outbox.Enqueue(MessageChannel.Email, row.ReferrerEmail, CaseNotices.ForReferrer(row.CaseId, CaseStep.BookingFellThrough), now),
        ];
    }

    /// <summary>The case a referral was booked for, with what its messages need; null for a referral booked for none.</summary>
    private static async Task<BookedCaseRow?> CaseOfAsync(CypherTransaction transaction, string referralId)
    {
        var found = (await transaction.RunAsync(CypherStatement.From("ImmediateJustice/case-of-referral.cypher", new Dictionary<string, object?> { ["referralId"] = referralId })))[0];
        return found.Rows.Count == 0 ? null : found.Single<BookedCaseRow>("row");
    }

    private sealed record BookedCaseRow(
        string CaseId, double Hours, DateTimeOffset ReferredAt, string ReferrerEmail, string ReferrerName, string PersonDisplayName, string? Email, string? Phone, string? PostalAddress,
        string PlacementTitle, string OrganisationName);
}
