using System.Globalization;
using Rehab.Graph.Web.Pages.Shared;
using Person = Rehab.Graph.Client.PersonPageResult.PersonData;
using SocialCapital = Rehab.Graph.Client.PersonPageResult.ConnectData.SocialCapitalData;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>A row of a summary list.</summary>
public sealed record SummaryRow(string Key, IReadOnlyList<string> Values);

/// <summary>A need with how severe it is.</summary>
public sealed record NeedRow(string Label, string Severity);

/// <summary>A group of ties in the person's network: bonding, bridging or linking, with how many and what they are.</summary>
public sealed record TieGroup(string Name, string Description, int Count, IReadOnlyList<string> Ties);

/// <summary>A referral as a row of a table.</summary>
public sealed record ReferralRow(string Id, string Href, string To, string Organisation, Tag Status, string Made, string? Hours, IReadOnlyList<string> Attention);

/// <summary>What the person page shows: who they are, their needs, risk, network and social capital, and their latest referrals.</summary>
public sealed class PersonPresenter(Person person, SocialCapital? socialCapital)
{
    public string Title => person.DisplayName;

    public string Id => person.Id;

    public string SupportHref => $"/people/{Uri.EscapeDataString(person.Id)}/support";

    public string PlanHref => $"/people/{Uri.EscapeDataString(person.Id)}/plan";

    public string ReferralsHref => $"/people/{Uri.EscapeDataString(person.Id)}/referrals";

    public string ByAndForHref => ByAndForPresenter.PathFor(person.Id);

    /// <summary>The communities whose own services they want, in words, or "No preference".</summary>
    public string ByAndFor => person.ByAndFor.Count == 0 ? "No preference" : Communities.Labels(person.ByAndFor);

    public string ExclusionZonesHref => ExclusionZonesPresenter.PathFor(person.Id);

    /// <summary>How many licence exclusion zones they have: "None", "1 zone".</summary>
    public string ExclusionZones => Words.Zones(person.ExclusionZoneCount);

    public Tag Risk => Words.Risk(person.RiskOfHarm);

    public IReadOnlyList<string> RiskFlags => person.RiskFlags.Select(Words.Of).ToList();

    public IReadOnlyList<SummaryRow> Details =>
    [
        new("Area", [person.PostcodeDistrict ?? "Not known"]),
        new("Gender", [HubCodes.Words(person.Gender)]),
        new("Born", [person.BirthYear?.ToString(CultureInfo.InvariantCulture) ?? "Not known"]),
        new("Languages", person.Languages.Count == 0 ? ["English"] : person.Languages.Select(Words.Language).ToList()),
    ];

    public IReadOnlyList<NeedRow> Needs => person.Needs.OrderByDescending(n => n.Severity).Select(n => new NeedRow(n.Label, Words.Severity(n.Severity))).ToList();

    public IReadOnlyList<string> Strengths => person.Strengths.Select(Words.Strength).ToList();

    public bool HasNetwork => socialCapital is not null;

    public IReadOnlyList<TieGroup> Network => socialCapital is not { } s
        ? []
        :
        [
            new("Bonding", "Family, friends and prosocial peers", s.BondingCount, s.Bonding.Select(Tie).ToList()),
            new("Bridging", "Mentors, community groups and organisations", s.BridgingCount, s.Bridging.Select(Tie).ToList()),
            new("Linking", "Services, employers, institutions and placements", s.LinkingCount, s.Linking.Select(Tie).ToList()),
        ];

    /// <summary>Ties recorded as not prosocial, which are never used as bridges; null when there are none.</summary>
    public string? AntisocialTies => socialCapital is { AntisocialTies: > 0 and var n }
        ? $"{n} {(n == 1 ? "tie is" : "ties are")} recorded as not prosocial and never used to suggest support."
        : null;

    /// <summary>The person's needs that nothing in their network addresses, by label.</summary>
    public IReadOnlyList<string> NeedsWithoutTies => socialCapital?.NeedsWithoutTies
        .Select(code => person.Needs.FirstOrDefault(n => n.Code == code)?.Label ?? Words.Of(code))
        .ToList() ?? [];

    public int ReferralCount => person.Referrals.TotalCount;

    public IReadOnlyList<ReferralRow> Referrals => person.Referrals.Nodes.Select(r => new ReferralRow(
        r.Id,
        $"/referrals/{Uri.EscapeDataString(r.Id)}",
        r.Service?.Name ?? r.Placement?.Title ?? "Unknown",
        r.Organisation.Name,
        Words.Status(r.Status),
        Words.Date(r.CreatedAt),
        r.Placement is null && r.HoursDone == 0 ? null : Words.HoursOf(r.HoursDone, r.HoursOrdered),
        r.Attention.Select(Words.Attention).ToList())).ToList();

    private static string Tie(SocialCapital.BondingData tie) => TieText(tie.Kind, tie.Label);

    private static string Tie(SocialCapital.BridgingData tie) => TieText(tie.Kind, tie.Label);

    private static string Tie(SocialCapital.LinkingData tie) => TieText(tie.Kind, tie.Label);

    private static string TieText(string kind, string label) =>
        label.Contains(Words.Of(kind), StringComparison.OrdinalIgnoreCase) ? label : $"{label} ({Words.Of(kind).ToLowerInvariant()})";
}
