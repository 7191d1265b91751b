using Microsoft.AspNetCore.Http;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Shared;
using Practitioners = Rehab.Graph.Client.PractitionersPageResult.PractitionersData;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>A practitioner as a row of the list shows them.</summary>
public sealed record PractitionerRow(string Name, string EditHref, string DeliveryUnit, string? Email, string? Phone, int Caseload);

/// <summary>What the practitioners list shows: one page by name with each caseload's size, and pagination.</summary>
public sealed class PractitionersPresenter(Practitioners practitioners, CursorTrail position, string? banner)
{
    public const string Path = "/admin/practitioners";

    public const int PageSize = 25;

    public string Title => "Practitioners";

    public string? Banner => banner;

    public string Caption => practitioners.TotalCount == 1 ? "1 practitioner" : $"{practitioners.TotalCount} practitioners";

    /// <summary>
    /// Each row's edit link carries the cursor of the row before it (the page's own cursor for the first), so the edit
    /// page can read that one practitioner back.
    /// </summary>
    public IReadOnlyList<PractitionerRow> Rows => practitioners.Nodes
        .Select((p, i) => new PractitionerRow(p.Name, EditHref(p.Id, i == 0 ? position.After : practitioners.Edges[i - 1].Cursor), p.DeliveryUnit, p.Email, p.Phone, p.Caseload))
        .ToList();

    public Pagination? Pagination => practitioners.TotalCount <= PageSize && position.After is null
        ? null
        : new Pagination(
            position.Previous is { } before ? Href(before) : null,
            practitioners.PageInfo.HasNextPage && practitioners.PageInfo.EndCursor is { } end ? Href(position.Next(end)) : null,
            practitioners.Nodes.Count == 0
                ? $"No more practitioners of {practitioners.TotalCount}"
                : $"Showing {position.FirstItem(PageSize)} to {position.FirstItem(PageSize) + practitioners.Nodes.Count - 1} of {practitioners.TotalCount} practitioners");

    public static string EditHref(string id, string? cursorBefore) =>
        $"{Path}/{Uri.EscapeDataString(id)}" + (cursorBefore is null ? string.Empty : QueryString.Create("from", cursorBefore).ToUriComponent());

    private static string Href(CursorTrail position) => Path + QueryString.Create(position.Query()).ToUriComponent();
}
