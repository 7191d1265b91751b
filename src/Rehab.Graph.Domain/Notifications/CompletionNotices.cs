using Rehab.Graph.Domain.ImmediateJustice;

namespace Rehab.Graph.Domain.Notifications;

/// <summary>
/// What the person and the referrer are told when the hours are done. Each channel's words say only what that channel
/// carries: the dispatcher attaches the certificate to an e-mail and prints it with a letter, and a text carries neither,
/// so every message gives the address where the certificate can be seen and checked.
/// </summary>
public static class CompletionNotices
{
    public static Notice ForPerson(MessageChannel channel, CompletionCertificate certificate, string verificationUrl)
    {
        var done = $"Well done: you have completed your {Notice.Hours(certificate.Hours)} at {certificate.PlacementTitle}.";
        return new("Your certificate of completion", channel switch
        {
            MessageChannel.Email => $"{done} Your certificate of completion is attached to this e-mail as a PDF. Anyone you show it to can check that it is genuine at {verificationUrl}",
            MessageChannel.Letter => $"{done} Your certificate of completion is printed with this letter. Anyone you show it to can check that it is genuine at {verificationUrl}",
            _ => $"{done} See your certificate of completion, and let anyone check it, at {verificationUrl}",
        });
    }

    public static Notice ForReferrer(string caseId, string personDisplayName, CompletionCertificate certificate, string verificationUrl) => new(
        $"Immediate Justice case {caseId} completed",
        $"{personDisplayName} has completed all {Notice.Hours(certificate.Hours)} at {certificate.PlacementTitle} ({certificate.OrganisationName}). "
        + $"The certificate of completion (code {certificate.Code}) can be checked at {verificationUrl}");
}
