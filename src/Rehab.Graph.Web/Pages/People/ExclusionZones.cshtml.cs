using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Maps;
using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>
/// A person's licence exclusion zones, set by their offender manager: the page reads them with their version
/// (<c>ExclusionZonesPage</c>), the POST replaces them all (<c>UpdateExclusionZones</c>) at that version and goes back to
/// the person's page with a banner. The hub's refusal of the GeoJSON is shown beside the box; anyone but their offender
/// manager gets the 404 page, as the hub refuses them.
/// </summary>
public sealed class ExclusionZonesModel(IRehabGraphClient hub, IOptions<MapOptions> map) : PersonalPageModel
{
    public ExclusionZonesPresenter Presenter { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        ShowAsync(id, null, new FieldErrors(), conflict: false, StatusCodes.Status200OK, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string id, string? version, string? zones, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return NotFoundPage("person");
        }

        var form = new ExclusionZonesForm(version, zones);
        var (geoJson, read, errors) = form.Validate();
        if (errors.Any)
        {
            return await ShowAsync(id, form, errors, conflict: false, StatusCodes.Status400BadRequest, cancellationToken);
        }

        try
        {
            await hub.UpdateExclusionZonesAsync(new UpdateExclusionZonesVariables { PersonId = id, Version = read!.Value, Zones = geoJson }, cancellationToken);
            return Redirect($"/people/{Uri.EscapeDataString(id)}?done={ExclusionZonesPresenter.Done}");
        }
        catch (RehabGraphConflictException)
        {
            return await ShowAsync(id, form, errors, conflict: true, StatusCodes.Status409Conflict, cancellationToken);
        }
        catch (RehabGraphBadUserInputException refused) when (refused.Field?.StartsWith("input.exclusionZones", StringComparison.Ordinal) == true)
        {
            errors.Add(ExclusionZonesForm.Field, $"The hub cannot use these zones: {refused.Errors[0].Message}");
            return await ShowAsync(id, form, errors, conflict: false, StatusCodes.Status400BadRequest, cancellationToken);
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("person");
        }
    }

    /// <param name="posted">The form as posted, shown again after an error; null to show the zones as stored.</param>
    private Task<IActionResult> ShowAsync(string id, ExclusionZonesForm? posted, FieldErrors errors, bool conflict, int status, CancellationToken cancellationToken) =>
        ShowPersonAsync(
            id,
            async () => (await hub.ExclusionZonesPageAsync(new ExclusionZonesPageVariables { Id = id }, cancellationToken)).Person,
            person =>
            {
                Presenter = new ExclusionZonesPresenter(
                    person, posted ?? ExclusionZonesForm.From(person.ExclusionZoneCount > 0 ? person.ExclusionZones : null, person.Version), errors, conflict, map.Value);
                return WithStatus(Page(), status);
            });
}
