using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>
/// A service of the organisation; a closed one has <see cref="ReopenHref"/>, its page with the Reopen button, and
/// <see cref="ByAndFor"/> is null for one open to all alike.
/// </summary>
public sealed record ServiceRow(string Name, string Href, string Needs, string Status, string StatusClass, string? ReopenHref = null, string? ByAndFor = null);

public sealed record PlacementRow(string Title, string Href, string Kind, string Places);

public sealed record MentorRow(string Name, string Href, string Capacity);

public sealed record ReferralRow(string Person, string Href, string To, string Received, string Status, string StatusClass, string? Attention);

/// <summary>
/// What the partner's organisation page shows: a banner after a change, the services with their status, the placements
/// and mentors (each linking to its form), and the referrals to the organisation (how many wait for an answer or need a look).
/// </summary>
public sealed class PartnerPresenter(PartnerPageResult page, string? banner)
{
    public const string Path = "/partner";

    public string Title => page.Organisation?.Name ?? "Your organisation";

    /// <summary>A women's service may hold women's personal funds, and spends them on the funds page.</summary>
    public bool HoldsFunds => page.Organisation?.Kind == "WOMENS_CENTRE";

    public string? Banner => banner;

    public int PendingCount => page.Pending.TotalCount;

    public int AttentionCount => page.Attention.TotalCount;

    public string PendingText => PendingCount == 1 ? "1 referral waiting for an answer" : $"{PendingCount} referrals waiting for an answer";

    public string AttentionText => AttentionCount == 1 ? "1 referral needs attention" : $"{AttentionCount} referrals need attention";

    public IReadOnlyList<ServiceRow> Services => page.Services.Nodes.Select(s =>
    {
        var (text, tag) = StatusTags.Service(s.Status);
        return new ServiceRow(s.Name, ServiceHref(s.Id), string.Join(", ", s.Needs.Select(n => n.Label)), text, tag, s.Status == ServiceStatus.Closed ? ServiceHref(s.Id) + "#reopen" : null,
            s.ByAndFor.Count == 0 ? null : Communities.Labels(s.ByAndFor));
    }).ToList();

    public IReadOnlyList<PlacementRow> Placements => page.Placements.Nodes
        .Select(p => new PlacementRow(p.Title, PlacementHref(p.Id), StatusTags.Words(p.Kind), $"{p.Filled} of {p.Capacity} filled"))
        .ToList();

    public IReadOnlyList<MentorRow> Mentors => page.Mentors.Nodes
        .Select(m => new MentorRow(m.DisplayName, MentorHref(m.Id), $"{m.Capacity - m.SpareCapacity} of {m.Capacity} mentees"))
        .ToList();

    public IReadOnlyList<ReferralRow> Referrals => page.Referrals.Nodes.Select(r =>
    {
        var (text, tag) = StatusTags.Referral(r.Status);
        return new ReferralRow(
            r.Person.DisplayName,
            ReferralHref(r.Id),
            r.Service?.Name ?? r.Placement?.Title ?? "",
            r.CreatedAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
            text,
            tag,
            r.Attention.Count == 0 ? null : string.Join(", ", r.Attention.Select(StatusTags.Words)));
    }).ToList();

    public string ReferralsCaption => page.Referrals.TotalCount > page.Referrals.Nodes.Count
        ? $"The newest {page.Referrals.Nodes.Count} of {page.Referrals.TotalCount} referrals"
        : page.Referrals.TotalCount == 1 ? "1 referral" : $"{page.Referrals.TotalCount} referrals";

    public static string ServiceHref(string id) => $"{Path}/services/{Uri.EscapeDataString(id)}";

    public static string PlacementHref(string id) => $"{Path}/placements/{Uri.EscapeDataString(id)}";

    public static string MentorHref(string id) => $"{Path}/mentors/{Uri.EscapeDataString(id)}";

    /// <summary>Where a saved service, placement or mentor goes: this page, with the banner that names it.</summary>
    public static string SavedHref(string id) => $"{Path}?saved={Uri.EscapeDataString(id)}";

    public static string ReferralHref(string id) => $"{Path}/referrals/{Uri.EscapeDataString(id)}";

    /// <summary>The banner after a change, from the address the change redirected to (never shows what the query string says, only what it names).</summary>
    public static string? BannerFor(PartnerPageResult page, string? saved, string? imported, string? status)
    {
        if (saved is not null)
        {
            var service = page.Services.Nodes.FirstOrDefault(s => s.Id == saved);
            if (service is not null)
            {
                return status switch
                {
                    "PAUSED" => $"{service.Name} is paused: it stays listed, and people are not matched to it until you reopen it",
                    "ACTIVE" => $"{service.Name} is open for referrals",
                    "CLOSED" => $"{service.Name} is closed: it is gone from the directory, and stays here for you to reopen",
                    _ => $"{service.Name} is saved",
                };
            }

            if (status is null && (page.Placements.Nodes.FirstOrDefault(p => p.Id == saved)?.Title ?? page.Mentors.Nodes.FirstOrDefault(m => m.Id == saved)?.DisplayName) is { } name)
            {
                return $"{name} is saved";
            }

            return status == "CLOSED" ? "The service is closed: it is gone from the directory" : null;
        }

        return imported is not null && int.TryParse(imported, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 10_000
            ? count == 1 ? "1 service imported" : $"{count} services imported"
            : null;
    }
}
