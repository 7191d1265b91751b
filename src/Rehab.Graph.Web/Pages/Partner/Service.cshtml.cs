using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>
/// A service of the partner's organisation: <c>/partner/services/new</c> adds one, <c>/partner/services/{id}</c> changes
/// one (<c>ServiceEditPage</c>, then <c>UpsertService</c> with the version read) and pauses, closes or reopens it
/// (<c>SetServiceStatus</c>).
/// </summary>
[RequiresRole(WebRole.Partner)]
[NoStore]
public sealed class ServiceModel(IRehabGraphClient hub) : PageModel
{
    public const string New = "new";

    public ServiceEditPresenter Presenter { get; private set; } = null!;

    [BindProperty]
    public ServiceForm Form { get; set; } = new();

    private string Organisation => WebUser.From(User)!.OrganisationId ?? string.Empty;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (id == New)
        {
            Presenter = new ServiceEditPresenter(null, new ServiceForm(), await NeedsAsync(cancellationToken), new FieldErrors(), null);
            return Page();
        }

        var page = await ReadAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFoundPage.Result(ModelState);
        }

        Presenter = new ServiceEditPresenter(id, ServiceForm.From(page.Value.Service), page.Value.Needs, new FieldErrors(), page.Value.Service.Status);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var serviceId = id == New ? null : id;
        var (input, errors) = Form.Validate(Organisation, serviceId);
        if (input is not null)
        {
            try
            {
                var saved = await hub.UpsertServiceAsync(new UpsertServiceVariables { Input = input }, cancellationToken);
                return Redirect($"{PartnerPresenter.Path}?saved={Uri.EscapeDataString(saved.UpsertService.Id)}");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                errors.Add(ServiceForm.FieldOf(refused.Field) ?? "name", refused.Errors[0].Message);
            }
            catch (RehabGraphConflictException)
            {
                var now = await ReadAsync(id, cancellationToken);
                if (now is null)
                {
                    return NotFoundPage.Result(ModelState);
                }

                // The form keeps what the user typed; saving again applies it to the version they have now seen.
                Form.Version = now.Value.Service.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Presenter = new ServiceEditPresenter(serviceId, Form, now.Value.Needs, errors, now.Value.Service.Status, now.Value.Service);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }
            catch (Exception e) when (e is RehabGraphNotFoundException or RehabGraphForbiddenException)
            {
                return NotFoundPage.Result(ModelState);
            }
        }

        ServiceStatus? status = null;
        IReadOnlyList<(string, string)> needs;
        if (serviceId is null)
        {
            needs = await NeedsAsync(cancellationToken);
        }
        else if (await ReadAsync(serviceId, cancellationToken) is { } stored)
        {
            needs = stored.Needs;
            status = stored.Service.Status;
        }
        else
        {
            return NotFoundPage.Result(ModelState);
        }

        Presenter = new ServiceEditPresenter(serviceId, Form, needs, errors, status);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Pause, close or reopen, from the service's page (or the close confirmation).</summary>
    public async Task<IActionResult> OnPostStatusAsync(string id, string? status, string? version, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ServiceStatus>(status, ignoreCase: true, out var to) || !Enum.IsDefined(to)
            || !int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var read))
        {
            return BadRequest();
        }

        try
        {
            var changed = await hub.SetServiceStatusAsync(new SetServiceStatusVariables { Input = new SetServiceStatusInput { ServiceId = id, Status = to, Version = read } }, cancellationToken);
            var code = changed.SetServiceStatus.Status switch { ServiceStatus.Active => "ACTIVE", ServiceStatus.Paused => "PAUSED", _ => "CLOSED" };
            return Redirect($"{PartnerPresenter.Path}?saved={Uri.EscapeDataString(id)}&status={code}");
        }
        catch (RehabGraphConflictException)
        {
            var now = await ReadAsync(id, cancellationToken);
            if (now is null)
            {
                return NotFoundPage.Result(ModelState);
            }

            Form = ServiceForm.From(now.Value.Service);
            Presenter = new ServiceEditPresenter(id, Form, now.Value.Needs, new FieldErrors(), now.Value.Service.Status, now.Value.Service);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        catch (Exception e) when (e is RehabGraphNotFoundException or RehabGraphForbiddenException or RehabGraphBadUserInputException)
        {
            return NotFoundPage.Result(ModelState);
        }
    }

    private async Task<IReadOnlyList<(string Code, string Label)>> NeedsAsync(CancellationToken cancellationToken) =>
        (await hub.DirectoryNeedsAsync(cancellationToken)).Needs.Select(n => (n.Code, n.Label)).ToList();

    /// <summary>The service, when it is one of the user's organisation's; null for anything else.</summary>
    private async Task<(ServiceEditPageResult.NodeData Service, IReadOnlyList<(string Code, string Label)> Needs)?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length > 100)
        {
            return null;
        }

        try
        {
            var page = await hub.ServiceEditPageAsync(new ServiceEditPageVariables { Id = id }, cancellationToken);
            return page.Node is { Typename: "Service" } service && service.Organisation?.Id == Organisation
                ? (service, page.Needs.Select(n => (n.Code, n.Label)).ToList())
                : null;
        }
        catch (RehabGraphBadUserInputException)
        {
            return null;
        }
    }
}
