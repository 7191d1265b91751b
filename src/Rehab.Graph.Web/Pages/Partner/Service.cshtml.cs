using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Shared;
using Service = Rehab.Graph.Client.ServiceEditPageResult.NodeData;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>
/// A service of the partner's organisation: <c>/partner/services/new</c> adds one, <c>/partner/services/{id}</c> changes
/// one (<c>ServiceEditPage</c>, then <c>UpsertService</c> with the version read) and pauses, closes or reopens it
/// (<c>SetServiceStatus</c>).
/// </summary>
[RequiresRole(WebRole.Partner)]
[NoStore]
public sealed class ServiceModel(IRehabGraphClient hub) : EditPageModel<Service, ServiceForm, ServiceInput>
{
    private IReadOnlyList<(string Code, string Label)> _needs = [];

    public ServiceEditPresenter Presenter { get; private set; } = null!;

    private string Organisation => WebUser.From(User)!.OrganisationId ?? string.Empty;

    /// <summary>The service, when it is one of the user's organisation's (and the needs to choose from).</summary>
    protected override async Task<Service?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var page = await hub.ServiceEditPageAsync(new ServiceEditPageVariables { Id = id }, cancellationToken);
        _needs = page.Needs.Select(n => (n.Code, n.Label)).ToList();
        return page.Node is { Typename: "Service" } service && service.Organisation?.Id == Organisation ? service : null;
    }

    protected override async Task PrepareNewAsync(CancellationToken cancellationToken) =>
        _needs = (await hub.DirectoryNeedsAsync(cancellationToken)).Needs.Select(n => (n.Code, n.Label)).ToList();

    protected override ServiceForm FormFrom(Service item) => ServiceForm.From(item);

    protected override (ServiceInput? Input, FieldErrors Errors) Validate(string? id) => Form.Validate(Organisation, id);

    protected override async Task<string> SaveAsync(ServiceInput input, CancellationToken cancellationToken)
    {
        var saved = await hub.UpsertServiceAsync(new UpsertServiceVariables { Input = input }, cancellationToken);
        return PartnerPresenter.SavedHref(saved.UpsertService.Id);
    }

    protected override void Show(string? id, FieldErrors errors, Service? stored, bool conflict) =>
        Presenter = new ServiceEditPresenter(id, Form, _needs, errors, stored, conflict);

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
            return Redirect($"{PartnerPresenter.SavedHref(id)}&status={code}");
        }
        catch (RehabGraphConflictException)
        {
            // Nothing was typed: the form shows the service as it is now.
            if (await FindAsync(id, cancellationToken) is not { } now)
            {
                return Missing();
            }

            Form = ServiceForm.From(now);
            Show(id, new FieldErrors(), now, conflict: true);
            Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status409Conflict;
            return Page();
        }
        catch (Exception e) when (e is RehabGraphNotFoundException or RehabGraphForbiddenException or RehabGraphBadUserInputException)
        {
            return Missing();
        }
    }
}
