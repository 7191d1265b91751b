using System.Globalization;
using Microsoft.AspNetCore.Http;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Shared;
using Services = Rehab.Graph.Client.DirectoryPageResult.ServicesData;

namespace Rehab.Graph.Web.Pages.Directory;

/// <summary>A service as a result card shows it; <see cref="ByAndFor"/> is null for one open to all alike.</summary>
public sealed record ServiceCard(
    string Id, string Name, string Organisation, string? Distance, string? Description, IReadOnlyList<string> Needs, bool WomenOnly, string? ByAndFor,
    IReadOnlyList<string> Address, string? Phone, string? Email, string? Website);

/// <summary>
/// What the directory page shows for a search: the form as it was filled in, with any errors beside their fields and
/// in the summary, and one page of services as cards, with pagination.
/// </summary>
public sealed class DirectoryPresenter(
    DirectoryForm form, IReadOnlyList<DirectoryPageResult.NeedsData> needs, Services? services, IReadOnlyDictionary<string, string> errors)
{
    public const string Path = "/directory";

    public string Title => "Find services";

    public bool HasErrors => errors.Count > 0;

    public string PlaceValue => form.Place ?? string.Empty;

    public bool WomenOnly => form.WomenOnly;

    /// <summary>The summary's links, in the order of the fields on the page.</summary>
    public IReadOnlyList<ErrorLink> ErrorSummary =>
        new[] { DirectoryForm.Fields.Place, DirectoryForm.Fields.Radius, DirectoryForm.Fields.Need, DirectoryForm.Fields.ByAndFor }
            .Where(errors.ContainsKey)
            .Select(id => new ErrorLink(errors[id], "#" + id))
            .Concat(errors.Where(e => e.Key.Length == 0).Select(e => new ErrorLink(e.Value, "#" + DirectoryForm.Fields.Place)))
            .ToList();

    public string? ErrorFor(string field) => errors.TryGetValue(field, out var message) ? message : null;

    public IReadOnlyList<Option> RadiusOptions =>
        DirectoryForm.RadiiKm.Select(km => new Option(km.ToString(CultureInfo.InvariantCulture), $"{km} km", km == form.RadiusKm)).ToList();

    public IReadOnlyList<Option> NeedOptions =>
        [new Option(string.Empty, "Any need", form.NeedCode is null), .. needs.Select(n => new Option(n.Code, n.Label, n.Code == form.NeedCode))];

    /// <summary>"Any", then each community; the one searched for selected (a refused one shows as "Any").</summary>
    public IReadOnlyList<Option> ByAndForOptions =>
    [
        new(string.Empty, "Any", !Communities.All.Any(c => c.Code == form.Community)),
        .. Communities.All.Select(c => new Option(c.Code, c.Label, c.Code == form.Community)),
    ];

    /// <summary>Whether there are results to show (none when the search was refused).</summary>
    public bool HasResults => services is not null;

    /// <summary>The results' heading: how many, near where, for what.</summary>
    public string ResultsHeading
    {
        get
        {
            var count = services?.TotalCount ?? 0;
            var noun = count == 1 ? "service" : "services";
            var need = needs.FirstOrDefault(n => n.Code == form.NeedCode)?.Label;
            var heading = need is null ? $"{count} {noun}" : $"{count} {noun} for {need.ToLowerInvariant()}";
            return form.PlaceText is { } place ? $"{heading} within {form.RadiusKm} km of {place}" : heading;
        }
    }

    public IReadOnlyList<ServiceCard> Cards => services?.Nodes.Select(Card).ToList() ?? [];

    public Pagination? Pagination
    {
        get
        {
            if (services is null || services.TotalCount == 0)
            {
                return null;
            }

            var first = form.Position.FirstItem(DirectoryForm.PageSize);
            var last = first + services.Nodes.Count - 1;
            var summary = $"Showing {first} to {last} of {services.TotalCount} {(services.TotalCount == 1 ? "result" : "results")}";
            var previous = form.Position.Previous is { } before ? Href(before) : null;
            var next = services.PageInfo.HasNextPage && services.PageInfo.EndCursor is { } end ? Href(form.Position.Next(end)) : null;
            return new Pagination(previous, next, summary);
        }
    }

    private static ServiceCard Card(Services.NodesData service)
    {
        var address = service.Address is { } a
            ? a.Lines.Concat(new[] { a.Town, a.Postcode }.OfType<string>()).ToList()
            : [];
        var distance = service.Online ? "Online" : service.DistanceKm is { } km ? $"{km.ToString("0.0", CultureInfo.InvariantCulture)} km away" : null;
        return new ServiceCard(
            service.Id, service.Name, service.Organisation.Name, distance, service.Description, service.Needs.Select(n => n.Label).ToList(), service.WomenOnly,
            service.ByAndFor.Count == 0 ? null : Communities.Labels(service.ByAndFor), address, service.Contact?.Phone, service.Contact?.Email, service.Contact?.Url);
    }

    /// <summary>This search at another page.</summary>
    private string Href(CursorTrail position)
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(new(key, value));
            }
        }

        Add("place", form.PlaceText);
        Add("radius", form.PlaceText is null ? null : form.RadiusKm.ToString(CultureInfo.InvariantCulture));
        Add("need", form.NeedCode);
        Add("byAndFor", form.Community);
        Add("womenOnly", form.WomenOnly ? "true" : null);
        return Path + QueryString.Create(query.Concat(position.Query())).ToUriComponent();
    }
}
