using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>The confirmation before a service is closed (the close itself is the service page's status handler).</summary>
[RequiresRole(WebRole.Partner)]
[NoStore]
public sealed class CloseModel(IRehabGraphClient hub) : PageModel
{
    public string Name { get; private set; } = "";

    public string Version { get; private set; } = "";

    public string ServiceHref { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length > 100)
        {
            return NotFoundPage.Result(ModelState);
        }

        try
        {
            var page = await hub.ServiceEditPageAsync(new ServiceEditPageVariables { Id = id }, cancellationToken);
            if (page.Node is not { Typename: "Service" } service || service.Organisation?.Id != WebUser.From(User)!.OrganisationId)
            {
                return NotFoundPage.Result(ModelState);
            }

            Name = service.Name ?? id;
            // The version the user read on this page: a change since then is a conflict, shown on the service's page.
            Version = service.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
            ServiceHref = PartnerPresenter.ServiceHref(id);
            return Page();
        }
        catch (RehabGraphBadUserInputException)
        {
            return NotFoundPage.Result(ModelState);
        }
    }
}
