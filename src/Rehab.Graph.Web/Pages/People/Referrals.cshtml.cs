using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>A person's referrals, newest first, 20 a page, one request (<c>PersonReferralsPage</c>).</summary>
public sealed class ReferralsModel(IRehabGraphClient hub) : PersonalPageModel
{
    public const int PageSize = 20;

    public string Title { get; private set; } = "";

    public string PersonHref { get; private set; } = "";

    public string Caption { get; private set; } = "";

    public IReadOnlyList<ReferralRow> Rows { get; private set; } = [];

    public Pagination? Pagination { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? after, string? trail, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return NotFoundPage("person");
        }

        var position = CursorTrail.Of(after, trail);
        try
        {
            var found = await hub.PersonReferralsPageAsync(new PersonReferralsPageVariables { Id = id, First = PageSize, After = position.After }, cancellationToken);
            if (found.Person is not { } person)
            {
                return NotFoundPage("person");
            }

            var referrals = person.Referrals;
            Title = $"{person.DisplayName}'s referrals";
            PersonHref = $"/people/{Uri.EscapeDataString(person.Id)}";
            Caption = referrals.TotalCount == 1 ? "1 referral" : $"{referrals.TotalCount} referrals";
            Rows = referrals.Nodes.Select(r => new ReferralRow(
                r.Id, $"/referrals/{Uri.EscapeDataString(r.Id)}", r.Service?.Name ?? r.Placement?.Title ?? "Unknown", r.Organisation.Name, Words.Status(r.Status), Words.Date(r.CreatedAt),
                $"{Words.HoursOf(r.HoursDone, r.HoursOrdered)}; sessions: {r.SessionsAttended} attended, {r.SessionsMissed} missed",
                r.Attention.Select(Words.Attention).ToList())).ToList();
            var path = $"/people/{Uri.EscapeDataString(person.Id)}/referrals";
            string Href(CursorTrail p) => path + QueryString.Create(p.Query()).ToUriComponent();
            Pagination = referrals.TotalCount <= PageSize && position.After is null
                ? null
                : new Pagination(
                    position.Previous is { } before ? Href(before) : null,
                    referrals.PageInfo.HasNextPage && referrals.PageInfo.EndCursor is { } end ? Href(position.Next(end)) : null,
                    $"Showing {position.FirstItem(PageSize)} to {position.FirstItem(PageSize) + referrals.Nodes.Count - 1} of {referrals.TotalCount} referrals");
            return Page();
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("person");
        }
    }
}
