using System.Globalization;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Notifications;

namespace Rehab.Graph.Features.Certificates;

/// <summary>The certificate's words, the same on the PDF and on the verification page.</summary>
public static class CertificateWording
{
    public const string Title = "Certificate of completion";

    // The people and places are in England and Wales: a completion just after midnight in summer is that day's, not the day before's.
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var uk) ? uk : TimeZoneInfo.Utc;

    public static string Completed(CompletionCertificate certificate) =>
        $"has completed {Notice.Hours(certificate.Hours)} of Immediate Justice reparation at {certificate.PlacementTitle} with {certificate.OrganisationName}";

    public static string Date(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
