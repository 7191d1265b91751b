using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>
/// A person's wish for services run by and for a community: the page reads it with its version
/// (<c>PersonByAndForPage</c>), the POST sends <c>UpdatePersonByAndFor</c> at that version and goes back to the person's
/// page with a banner. Only their offender manager may (the hub refuses anyone else, which is the 404 page here).
/// </summary>
public sealed class ByAndForModel(IRehabGraphClient hub) : PersonalPageModel
{
    public ByAndForPresenter Presenter { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        ShowPersonAsync(id, () => ReadAsync(id, cancellationToken), person =>
        {
            Presenter = new ByAndForPresenter(person.Id, person.DisplayName, ByAndForForm.From(person.ByAndFor, person.Version), new FieldErrors());
            return Page();
        });

    public async Task<IActionResult> OnPostAsync(string id, string? version, string[]? byAndFor, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return NotFoundPage("person");
        }

        var form = new ByAndForForm(version, byAndFor ?? []);
        var (codes, read, errors) = form.Validate();
        try
        {
            if (errors.Any)
            {
                return await ShowAsync(id, form, errors, conflict: false, cancellationToken);
            }

            await hub.UpdatePersonByAndForAsync(
                new UpdatePersonByAndForVariables { PersonId = id, Version = read!.Value, ByAndFor = codes.ToList() }, cancellationToken);
            return Redirect($"/people/{Uri.EscapeDataString(id)}?done={ByAndForPresenter.Done}");
        }
        catch (RehabGraphConflictException)
        {
            return await ShowAsync(id, form, errors, conflict: true, cancellationToken);
        }
        catch (RehabGraphBadUserInputException refused) when (refused.Field == "input.byAndFor")
        {
            errors.Add(ByAndForForm.Field, "Choose communities from the list");
            return await ShowAsync(id, form, errors, conflict: false, cancellationToken);
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("person");
        }
    }

    /// <summary>The form again as posted, with its errors: 409 after a conflict, 400 otherwise.</summary>
    private async Task<IActionResult> ShowAsync(string id, ByAndForForm form, FieldErrors errors, bool conflict, CancellationToken cancellationToken) =>
        WithStatus(
            await ShowPersonAsync(id, () => ReadAsync(id, cancellationToken), person =>
            {
                Presenter = new ByAndForPresenter(person.Id, person.DisplayName, form, errors, conflict);
                return Page();
            }),
            conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);

    private async Task<PersonByAndForPageResult.PersonData?> ReadAsync(string id, CancellationToken cancellationToken) =>
        (await hub.PersonByAndForPageAsync(new PersonByAndForPageVariables { Id = id }, cancellationToken)).Person;
}
