using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Web.Hosting;

namespace Rehab.Graph.Web.Pages.Certificates;

/// <summary>
/// A form for a certificate's code that sends the browser to the hub's own check, <c>/verify/{code}</c> (there is no
/// GraphQL field for it, and one page that says whether a certificate is genuine is enough).
/// </summary>
public sealed class CheckModel(HubAddress hub) : PageModel
{
    public CertificateCheckPresenter Presenter { get; private set; } = null!;

    public IActionResult OnGet(string? code)
    {
        var form = new CertificateCheckForm(code);
        if (code is null)
        {
            Presenter = new CertificateCheckPresenter(form, null);
            return Page();
        }

        var (valid, error) = form.Validate();
        if (valid is not null)
        {
            return Redirect(hub.ForBrowser($"verify/{valid}"));
        }

        Presenter = new CertificateCheckPresenter(form, error);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
