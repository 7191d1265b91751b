using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Transitions;

/// <summary>
/// Plan a transition in two steps: <c>/people/{id}/transition</c> (what kind, where or to whom, when, a note), then
/// <c>/transition/check</c> (what goes with them and which ties it may break: <c>TransitionCheckPage</c>, one request
/// with the person's version), whose Record sends <c>RecordTransition</c> at that version with the key made for that
/// check page, so posting it twice records it once. The form's answers are kept for the check page and for Change
/// (encrypted, in TempData's cookie); the record form carries them itself.
/// </summary>
public sealed class TransitionModel(IRehabGraphClient hub, TimeProvider clock) : PersonalPageModel
{
    private const string DraftKey = "transition-draft";
    private const string CheckStep = "check";

    public TransitionFormPresenter? FormPresenter { get; private set; }

    public TransitionCheckPresenter? CheckPresenter { get; private set; }

    [BindProperty]
    public TransitionForm Form { get; set; } = new();

    private DateOnly Today => Words.Today(clock.GetUtcNow());

    public async Task<IActionResult> OnGetAsync(string id, string? step, CancellationToken cancellationToken)
    {
        if (!IsId(id) || step is not (null or CheckStep))
        {
            return NotFoundPage("person");
        }

        var draft = Draft(id);
        if (step is null)
        {
            Form = draft?.Form ?? new TransitionForm();
            if (Request.Query.ContainsKey(TransitionForm.Fields.Unit) || Request.Query.ContainsKey(TransitionForm.Fields.Search))
            {
                // The handover's finder: the same form, a handover, listing colleagues by the unit and name asked for.
                Form.Kind = HubCodes.Of(TransitionKind.OffenderManagerChange);
                Form.Unit = Request.Query.TryGetValue(TransitionForm.Fields.Unit, out var unit) ? unit.ToString() : null;
                Form.Search = Request.Query[TransitionForm.Fields.Search].ToString();
            }

            return await ShowFormAsync(id, new FieldErrors(), StatusCodes.Status200OK, cancellationToken);
        }

        if (draft is null)
        {
            return Redirect(TransitionPaths.Form(id));
        }

        Form = draft.Form;
        return await ShowCheckAsync(id, draft.Key, conflict: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string id, string? step, string? version, string? key, CancellationToken cancellationToken)
    {
        if (!IsId(id) || step is not (null or CheckStep))
        {
            return NotFoundPage("person");
        }

        var (input, errors) = Form.Validate(id, Today);
        if (input is null)
        {
            return await ShowFormAsync(id, errors, StatusCodes.Status400BadRequest, cancellationToken);
        }

        return step is null
            ? await ContinueAsync(id, input, cancellationToken)
            : await RecordAsync(id, input, version, key, cancellationToken);
    }

    /// <summary>Checks the transition with the hub first, so its refusals (an exclusion zone, their age) are errors on the form.</summary>
    private async Task<IActionResult> ContinueAsync(string id, TransitionInput input, CancellationToken cancellationToken)
    {
        try
        {
            await hub.TransitionCheckPageAsync(new TransitionCheckPageVariables { PersonId = id, Input = input }, cancellationToken);
        }
        catch (RehabGraphException e) when (Refusal(e) is { } errors)
        {
            return await ShowFormAsync(id, errors, StatusCodes.Status400BadRequest, cancellationToken);
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("person");
        }

        TempData[DraftKey] = JsonSerializer.Serialize(new TransitionDraft(id, Form, Guid.NewGuid().ToString("D")));
        return Redirect(TransitionPaths.Check(id));
    }

    private async Task<IActionResult> RecordAsync(string id, TransitionInput input, string? version, string? key, CancellationToken cancellationToken)
    {
        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var read) || key is null || !Guid.TryParse(key, out _))
        {
            return Redirect(TransitionPaths.Form(id));
        }

        try
        {
            var name = input.Kind == TransitionKind.OffenderManagerChange ? await NameAsync(id, cancellationToken) : null;
            RecordTransitionResult recorded;
            using (RehabGraphIdempotency.UseKey(key))
            {
                recorded = await hub.RecordTransitionAsync(new RecordTransitionVariables { Input = TransitionForm.Recording(input, read) }, cancellationToken);
            }

            return Recorded(id, input, name, recorded.RecordTransition.ToPractitioner?.Name);
        }
        catch (RehabGraphConflictException conflict) when (conflict.Code == "ALREADY_COMMITTED")
        {
            // The same Record posted again after the first was written: it is recorded.
            return Recorded(id, input, null, null);
        }
        catch (RehabGraphConflictException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await ShowCheckAsync(id, key, conflict: true, cancellationToken);
        }
        catch (RehabGraphException e) when (Refusal(e) is { } errors)
        {
            return await ShowFormAsync(id, errors, StatusCodes.Status400BadRequest, cancellationToken);
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("person");
        }
    }

    /// <summary>
    /// Their name, read before a handover for the caseload's banner: once handed over they are no longer this offender
    /// manager's to read (null then, as when the same Record is posted again after the first).
    /// </summary>
    private async Task<string?> NameAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return (await hub.TransitionPersonNameAsync(new TransitionPersonNameVariables { Id = id }, cancellationToken)).Person?.DisplayName;
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return null;
        }
    }

    private RedirectResult Recorded(string id, TransitionInput input, string? name, string? newOffenderManager)
    {
        TempData.Remove(DraftKey);
        if (input.Kind != TransitionKind.OffenderManagerChange)
        {
            return Redirect(TransitionPaths.Recorded(id));
        }

        // They are no longer on this caseload, so their page would be a 404: the caseload says where they went.
        TempData[TransitionPaths.HandoverBanner] =
            $"{name ?? "They"} {(name is null ? "have" : "has")} been handed over to {newOffenderManager ?? "their new offender manager"}, with their plan, referrals and fund. They are no longer on your caseload";
        return Redirect("/caseload");
    }

    /// <summary>The hub's refusal of something on the form, as the errors beside its field; null for any other answer.</summary>
    private FieldErrors? Refusal(RehabGraphException e)
    {
        if (e is not (RehabGraphBadUserInputException or RehabGraphNotFoundException) || Form.FieldOf(e.Errors.FirstOrDefault()?.Field) is not { } field)
        {
            return null;
        }

        var errors = new FieldErrors();
        errors.Add(field, Form.RefusalMessage(field, e.Errors[0].Message, e is RehabGraphNotFoundException));
        return errors;
    }

    private async Task<IActionResult> ShowFormAsync(string id, FieldErrors errors, int status, CancellationToken cancellationToken)
    {
        try
        {
            // A unit the form names already (after Find, a refusal or Change) is listed in the same request; the first
            // time, the offender manager's own unit is known only from this answer, so it is listed with a second.
            var asked = Form.Unit is null ? null : new ColleagueFilter(Form.Unit is "" ? null : Form.Unit, FormValues.Trimmed(Form.Search));
            if (asked is { DeliveryUnit.Length: > TransitionForm.UnitMaxLength } or { Search.Length: > TransitionForm.SearchMaxLength })
            {
                asked = null;
            }

            var found = await hub.TransitionPageAsync(
                new TransitionPageVariables { Id = id, DeliveryUnit = asked?.DeliveryUnit, Search = asked?.Search, ListColleagues = asked is not null }, cancellationToken);
            if (found.Person is not { } person)
            {
                return NotFoundPage("person");
            }

            var listed = errors.Count;
            var filter = Form.FilterColleagues([.. found.DeliveryUnits.Select(u => u.Name)], found.DeliveryUnits.FirstOrDefault(u => u.Yours)?.Name, errors);
            var colleagues = filter == asked && found.Colleagues is { } read
                ? new ColleagueList(read.TotalCount, [.. read.Nodes.Select(c => new ColleagueChoice(c.Id, c.Name, c.DeliveryUnit))])
                : await ColleaguesAsync(filter, cancellationToken);
            FormPresenter = new TransitionFormPresenter(person, found.DeliveryUnits, filter, colleagues, Form, errors, Today);
            Response.StatusCode = errors.Count > listed ? StatusCodes.Status400BadRequest : status;
            return Page();
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("person");
        }
    }

    private async Task<ColleagueList> ColleaguesAsync(ColleagueFilter filter, CancellationToken cancellationToken)
    {
        var read = (await hub.HandoverColleaguesAsync(new HandoverColleaguesVariables { DeliveryUnit = filter.DeliveryUnit, Search = filter.Search }, cancellationToken)).Colleagues;
        return new ColleagueList(read.TotalCount, [.. read.Nodes.Select(c => new ColleagueChoice(c.Id, c.Name, c.DeliveryUnit))]);
    }

    /// <summary>The check page: the transition checked now, with the person's version as it is now.</summary>
    private async Task<IActionResult> ShowCheckAsync(string id, string key, bool conflict, CancellationToken cancellationToken)
    {
        var (input, errors) = Form.Validate(id, Today);
        if (input is null)
        {
            return await ShowFormAsync(id, errors, StatusCodes.Status400BadRequest, cancellationToken);
        }

        try
        {
            var found = await hub.TransitionCheckPageAsync(new TransitionCheckPageVariables { PersonId = id, Input = input }, cancellationToken);
            if (found.Person is not { } person)
            {
                return NotFoundPage("person");
            }

            CheckPresenter = new TransitionCheckPresenter(person, found.TransitionCheck, Form, key, conflict);
            return Page();
        }
        catch (RehabGraphException e) when (Refusal(e) is { } refused)
        {
            return await ShowFormAsync(id, refused, StatusCodes.Status400BadRequest, cancellationToken);
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("person");
        }
    }

    /// <summary>The form's answers kept for the check page and Change, or null when none are kept for this person.</summary>
    private TransitionDraft? Draft(string personId)
    {
        if (TempData.Peek(DraftKey) is not string json)
        {
            return null;
        }

        try
        {
            var draft = JsonSerializer.Deserialize<TransitionDraft>(json);
            return draft?.PersonId == personId ? draft : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The form's answers and the key Record sends them with.</summary>
public sealed record TransitionDraft(string PersonId, TransitionForm Form, string Key);
