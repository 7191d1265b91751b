using Microsoft.AspNetCore.Http;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Shared;
using PeopleData = Rehab.Graph.Client.CaseloadPageResult.PeopleData;

namespace Rehab.Graph.Web.Pages.Caseload;

/// <summary>A person as a caseload row shows them; <see cref="RiskTag"/> is the GOV.UK tag colour for their risk of harm.</summary>
public sealed record CaseloadRow(string Name, string Href, string Area, string RiskOfHarm, string? RiskTag, IReadOnlyList<string> Needs, IReadOnlyList<string> RiskFlags)
{
    /// <summary>How many of their open referrals need attention (no answer in time, missed sessions, hours behind).</summary>
    public int NeedingAttention { get; init; }

    /// <summary>Where the tag links: their referrals.</summary>
    public string ReferralsHref => Href + "/referrals";
}

/// <summary>What the caseload page shows: a table of the people the offender manager supervises, most pressing needs first, and pagination.</summary>
public sealed class CaseloadPresenter(PeopleData people, CursorTrail position, IReadOnlyList<string>? attentionPersonIds = null)
{
    public const string Path = "/caseload";

    public const int PageSize = 25;

    public string Title => "Your caseload";

    public string Caption => people.TotalCount == 1 ? "1 person you supervise" : $"{people.TotalCount} people you supervise";

    public IReadOnlyList<CaseloadRow> Rows => people.Nodes.Select(p => Row(p) with { NeedingAttention = attentionPersonIds?.Count(id => id == p.Id) ?? 0 }).ToList();

    public Pagination? Pagination => people.TotalCount <= PageSize && position.After is null
        ? null
        : new Pagination(
            position.Previous is { } before ? Href(before) : null,
            people.PageInfo.HasNextPage && people.PageInfo.EndCursor is { } end ? Href(position.Next(end)) : null,
            $"Showing {position.FirstItem(PageSize)} to {position.FirstItem(PageSize) + people.Nodes.Count - 1} of {people.TotalCount} people");

    private static CaseloadRow Row(PeopleData.NodesData person)
    {
        var (risk, tag) = person.RiskOfHarm switch
        {
            RiskLevel.VeryHigh => ("Very high", "govuk-tag--red"),
            RiskLevel.High => ("High", "govuk-tag--orange"),
            RiskLevel.Medium => ("Medium", "govuk-tag--yellow"),
            RiskLevel.Low => ("Low", "govuk-tag--green"),
            _ => ("Not assessed", (string?)null),
        };
        var needs = person.Needs.OrderByDescending(n => n.Severity).Select(n => n.Label).ToList();
        return new CaseloadRow(
            person.DisplayName,
            $"/people/{Uri.EscapeDataString(person.Id)}",
            person.PostcodeDistrict ?? "Not known",
            risk,
            tag,
            needs.Count == 0 ? ["None assessed"] : needs,
            person.RiskFlags.Count == 0 ? ["None"] : person.RiskFlags.Select(Words).ToList());
    }

    /// <summary>A flag's code as words: <c>NO_CONTACT_CHILDREN</c> is "No contact children".</summary>
    private static string Words(string code) =>
        code.Length == 0 ? code : char.ToUpperInvariant(code[0]) + code[1..].Replace('_', ' ').ToLowerInvariant();

    private static string Href(CursorTrail position) => Path + QueryString.Create(position.Query()).ToUriComponent();
}
