using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Pages.Shared;

/// <summary>
/// An add-or-change form: it carries the version of the item it was filled from (the hub refuses a change to an older
/// one), and knows its fields and which of them a hub refusal is about.
/// </summary>
public interface IEditForm
{
    string? Version { get; set; }

    /// <summary>The fields' ids (and form names), in the order they are on the page.</summary>
    static abstract IReadOnlyList<string> FieldOrder { get; }

    /// <summary>The form field a hub refusal (<c>input.contact.email</c>) is about, or null for none on the form.</summary>
    static abstract string? FieldOf(string? hubField);

    /// <summary>The words shown for a refusal beside <paramref name="field"/>; the hub's own by default.</summary>
    static virtual string RefusalMessage(string? field, string hubMessage) => hubMessage;
}

/// <summary>
/// An add-or-change page of one stored item (<c>{path}/new</c> adds one, <c>{path}/{id}</c> changes one): read it with its
/// version, check the form, save it whole, and answer each way a save can end the same on every such page: the hub's
/// BAD_USER_INPUT beside its field, CONFLICT as the item as it is now with the form keeping what was typed, an item
/// that is not there or not the user's as the 404 page, and a saved one as a redirect to the page that shows its banner.
/// </summary>
/// <typeparam name="TItem">The item as the page's read returns it.</typeparam>
/// <typeparam name="TForm">The form as posted.</typeparam>
/// <typeparam name="TInput">The hub's input the form becomes.</typeparam>
public abstract class EditPageModel<TItem, TForm, TInput> : PageModel
    where TItem : class
    where TForm : class, IEditForm, new()
    where TInput : class
{
    public const string New = "new";

    /// <summary>Longer ids name nothing: they are not sent to the hub.</summary>
    public const int IdMaxLength = 100;

    [BindProperty]
    public TForm Form { get; set; } = new();

    /// <summary>The item the user may change, or null when there is none (unknown, malformed or someone else's).</summary>
    protected abstract Task<TItem?> ReadAsync(string id, CancellationToken cancellationToken);

    /// <summary>What a new item's empty form needs from the hub (e.g. the needs to choose from).</summary>
    protected virtual Task PrepareNewAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected abstract TForm FormFrom(TItem item);

    /// <summary>The hub's input for <see cref="Form"/>, or the errors that stop it being sent; <paramref name="id"/> is null for a new item.</summary>
    protected abstract (TInput? Input, FieldErrors Errors) Validate(string? id);

    /// <summary>Saves, and says where to go next (the page that shows the banner).</summary>
    protected abstract Task<string> SaveAsync(TInput input, CancellationToken cancellationToken);

    /// <summary>Makes the page's presenter: <paramref name="stored"/> is the item as it is now (after a conflict, as the other change left it; null when it could not be read again).</summary>
    protected abstract void Show(string? id, FieldErrors errors, TItem? stored, bool conflict);

    /// <summary>The 404 page, for an id that names nothing the user may change.</summary>
    protected virtual IActionResult Missing() => NotFoundPage.Result(ModelState);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (id == New)
        {
            await PrepareNewAsync(cancellationToken);
            Show(null, new FieldErrors(), null, conflict: false);
            return Page();
        }

        if (await FindAsync(id, cancellationToken) is not { } item)
        {
            return Missing();
        }

        Form = FormFrom(item);
        Show(id, new FieldErrors(), item, conflict: false);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var itemId = id == New ? null : id;
        var (input, errors) = Validate(itemId);
        if (input is not null)
        {
            try
            {
                return Redirect(await SaveAsync(input, cancellationToken));
            }
            catch (RehabGraphBadUserInputException refused)
            {
                var field = TForm.FieldOf(refused.Field);
                errors.Add(field ?? TForm.FieldOrder[0], TForm.RefusalMessage(field, refused.Errors[0].Message));
            }
            catch (RehabGraphConflictException)
            {
                return await ConflictAsync(itemId, errors, cancellationToken);
            }
            catch (Exception e) when (e is RehabGraphNotFoundException or RehabGraphForbiddenException)
            {
                return Missing();
            }
        }

        TItem? stored = null;
        if (itemId is null)
        {
            await PrepareNewAsync(cancellationToken);
        }
        else if ((stored = await FindAsync(itemId, cancellationToken)) is null)
        {
            return Missing();
        }

        Show(itemId, errors, stored, conflict: false);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>
    /// Someone else changed the item first: the page shows it as it is now, and the form keeps what the user typed with the
    /// version they have now seen, so saving again applies their change to it.
    /// </summary>
    protected async Task<IActionResult> ConflictAsync(string? id, FieldErrors errors, CancellationToken cancellationToken)
    {
        var now = id is null ? null : await FindAsync(id, cancellationToken);
        if (now is not null)
        {
            Form.Version = FormFrom(now).Version;
        }

        Show(id, errors, now, conflict: true);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    protected async Task<TItem?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length > IdMaxLength)
        {
            return null;
        }

        try
        {
            return await ReadAsync(id, cancellationToken);
        }
        catch (RehabGraphBadUserInputException)
        {
            return null;
        }
    }
}
