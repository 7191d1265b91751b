using Microsoft.AspNetCore.Http;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Shared;
using Organisations = Rehab.Graph.Client.OrganisationsPageResult.OrganisationsData;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>An organisation as a row of the list shows it.</summary>
public sealed record OrganisationRow(string Name, string EditHref, string Kind, string? Website);

/// <summary>What the organisations list shows: one page of them by name, with a link to edit each, and pagination.</summary>
public sealed class OrganisationsPresenter(Organisations organisations, CursorTrail position, string? banner)
{
    public const string Path = "/admin/organisations";

    public const int PageSize = 25;

    public string Title => "Organisations";

    public string? Banner => banner;

    public string Caption => organisations.TotalCount == 1 ? "1 organisation" : $"{organisations.TotalCount} organisations";

    public IReadOnlyList<OrganisationRow> Rows => organisations.Nodes
        .Select(o => new OrganisationRow(o.Name, $"{Path}/{Uri.EscapeDataString(o.Id)}", KindLabel(o.Kind), o.Website))
        .ToList();

    public Pagination? Pagination => organisations.TotalCount <= PageSize && position.After is null
        ? null
        : new Pagination(
            position.Previous is { } before ? Href(before) : null,
            organisations.PageInfo.HasNextPage && organisations.PageInfo.EndCursor is { } end ? Href(position.Next(end)) : null,
            organisations.Nodes.Count == 0
                ? $"No more organisations of {organisations.TotalCount}"
                : $"Showing {position.FirstItem(PageSize)} to {position.FirstItem(PageSize) + organisations.Nodes.Count - 1} of {organisations.TotalCount} organisations");

    public static string KindLabel(string code) => OrganisationForm.Kinds.FirstOrDefault(k => k.Code == code).Label ?? code;

    private static string Href(CursorTrail position) => Path + QueryString.Create(position.Query()).ToUriComponent();
}
