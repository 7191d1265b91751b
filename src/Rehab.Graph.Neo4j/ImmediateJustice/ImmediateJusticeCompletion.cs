using System.Globalization;
using System.Security.Cryptography;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.ImmediateJustice;

/// <summary>
/// What completing an Immediate Justice placement adds to the referral's transaction: the case closed,
/// its certificate issued, the certificate sent to the person on their channels, and the completion
/// with its hours sent back to the referrer.
/// </summary>
internal static class ImmediateJusticeCompletion
{
    public static async Task<IReadOnlyList<CypherStatement>> StatementsAsync(CypherTransaction transaction, string referralId, DateTimeOffset now)
    {
        var found = (await transaction.RunAsync(CypherStatement.From("ImmediateJustice/case-of-referral.cypher", new Dictionary<string, object?> { ["referralId"] = referralId })))[0];
        if (found.Rows.Count == 0)
        {
            return [];
        }

        var row = found.Single<CaseCompletionRow>("row");
        var certificate = new CompletionCertificate(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), row.CaseId, row.PersonDisplayName, row.PlacementTitle, row.OrganisationName, row.Hours, now, row.ReferrerName);
        var hours = row.Hours.ToString("0.##", CultureInfo.InvariantCulture);
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
            Outbox.Outbox.Enqueue(new OutboxMessage(
                MessageId(now), MessageChannel.Email, row.ReferrerEmail, $"Immediate Justice case {row.CaseId} completed",
                $"{row.PersonDisplayName} has completed all {hours} hours at {row.PlacementTitle} ({row.OrganisationName}). Certificate code: {certificate.Code}.",
                now, certificate.Code)),
        };
        var contact = new ContactDetails(row.Email, row.Phone, row.PostalAddress);
        statements.AddRange(contact.Channels().Select(c => Outbox.Outbox.Enqueue(new OutboxMessage(
            MessageId(now), c.Channel, c.Recipient, "Your certificate of completion",
            $"Well done: you have completed your {hours} hours at {row.PlacementTitle}. Your certificate of completion is attached; anyone can check it with the code {certificate.Code}.",
            now, c.Channel == MessageChannel.Text ? null : certificate.Code))));
        return statements;
    }

    public static string MessageId(DateTimeOffset now) => $"msg-{Guid.CreateVersion7(now):N}";

    private sealed record CaseCompletionRow(
        string CaseId, double Hours, string ReferrerEmail, string ReferrerName, string PersonDisplayName, string? Email, string? Phone, string? PostalAddress,
        string PlacementTitle, string OrganisationName);
}
