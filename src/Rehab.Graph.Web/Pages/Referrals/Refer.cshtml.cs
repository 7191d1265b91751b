using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Referrals;

/// <summary>
/// Refer to a service or book a placement, in two steps and a confirmation: <c>/people/{id}/refer?service=ID</c> (the
/// answers), <c>/refer/check</c> (check them; Confirm sends <c>ReferToService</c> or <c>BookPlacement</c> with the key
/// the check page was given, so a second Confirm gets the same referral back from the hub) and <c>/refer/confirmation</c>.
/// Each page reads the person and the target in one request (<c>ReferPage</c>).
/// </summary>
public sealed partial class ReferModel(IRehabGraphClient hub) : PersonalPageModel
{
    private const string DraftKey = "refer-draft";

    public ReferPresenter Presenter { get; private set; } = null!;

    public ReferConfirmation? Confirmation { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? step, string? service, string? placement, string? referral, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return NotFoundPage("person");
        }

        if (step == "confirmation")
        {
            return await ConfirmationAsync(id, referral, cancellationToken);
        }

        if (step is not (null or "check") || ReferTarget.From(service, placement) is not { } target)
        {
            return NotFoundPage("service or placement to refer to");
        }

        var draft = Draft(id, target);
        if (step == "check" && draft is null)
        {
            return Redirect($"/people/{Uri.EscapeDataString(id)}/refer?{target.Query}");
        }

        return await ShowAsync(id, target, step == "check" ? ReferStep.Check : ReferStep.Answers, draft?.Form, new Dictionary<string, string>(), draft?.Key, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(
        string id, string? step, string? service, string? placement, string[]? needs, string? note, string? hoursOrdered, string? key, CancellationToken cancellationToken)
    {
        if (!IsId(id) || step is not (null or "check") || ReferTarget.From(service, placement) is not { } target)
        {
            return NotFoundPage("service or placement to refer to");
        }

        var form = new ReferForm(needs ?? [], note, hoursOrdered);
        var page = await ReadAsync(id, target, cancellationToken);
        if (page is null)
        {
            return NotFoundPage("service or placement to refer to");
        }

        var presenter = new ReferPresenter(ReferStep.Answers, page.Person!, target, page.Node!, page.Needs, form, new Dictionary<string, string>());
        var errors = form.Validate(target, presenter.NeedCodesOffered);
        if (errors.Count > 0)
        {
            return Show(page, target, ReferStep.Answers, form, errors, null, StatusCodes.Status400BadRequest);
        }

        if (step is null)
        {
            TempData[DraftKey] = JsonSerializer.Serialize(new ReferDraft(id, target.Query, form.NeedCodes, form.Note, form.HoursOrdered, Guid.NewGuid().ToString("D")));
            return Redirect($"/people/{Uri.EscapeDataString(id)}/refer/check?{target.Query}");
        }

        if (key is null || !Guid.TryParse(key, out _))
        {
            return Redirect($"/people/{Uri.EscapeDataString(id)}/refer?{target.Query}");
        }

        try
        {
            string referralId;
            using (RehabGraphIdempotency.UseKey(key))
            {
                referralId = target.IsPlacement
                    ? (await hub.BookPlacementAsync(form.PlacementVariables(id, target.Id), cancellationToken)).CreateReferral.Id
                    : (await hub.ReferToServiceAsync(form.ServiceVariables(id, target.Id), cancellationToken)).CreateReferral.Id;
            }

            TempData.Remove(DraftKey);
            return Redirect($"/people/{Uri.EscapeDataString(id)}/refer/confirmation?referral={Uri.EscapeDataString(referralId)}");
        }
        catch (RehabGraphBadUserInputException refused)
        {
            var field = ReferForm.FieldOf(refused.Field);
            var message = field is null ? Unsuitable(refused.Errors[0].Message, presenter) : refused.Errors[0].Message;
            return Show(page, target, ReferStep.Answers, form, new Dictionary<string, string> { [field ?? ""] = field == ReferForm.Fields.Needs ? NeedsMessage(presenter) : message }, null, StatusCodes.Status400BadRequest);
        }
        catch (RehabGraphConflictException conflict)
        {
            return Show(page, target, ReferStep.Answers, form, new Dictionary<string, string> { [""] = ConflictMessage(conflict, presenter) }, null, StatusCodes.Status409Conflict);
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("service or placement to refer to");
        }
    }

    /// <summary>The hub's hard-rule refusal ("breaks the WOMEN_ONLY rule") in words an offender manager reads.</summary>
    public static string Unsuitable(string hubMessage, ReferPresenter presenter)
    {
        var rule = BrokenRule().Match(hubMessage) is { Success: true } m ? m.Groups[1].Value : null;
        var why = rule switch
        {
            "WOMEN_ONLY" => "it is for women only",
            "AGE" => "it is for another age group",
            "RISK_FLAG" => "one of their risk flags rules it out",
            "RISK_LEVEL" => "their risk of harm is higher than it can manage",
            "LANGUAGE" => "it is not delivered in a language they speak",
            "EXCLUSION_ZONE" => "it is inside one of their exclusion zones",
            _ => "a rule rules it out",
        };
        return $"{presenter.TargetName} is not suitable for {presenter.PersonName}: {why}. Find other support";
    }

    private static string NeedsMessage(ReferPresenter presenter) =>
        presenter.IsPlacement ? "Select needs from the list" : $"Select the needs this referral is for: {presenter.TargetName} does not address the ones chosen";

    private static string ConflictMessage(RehabGraphConflictException conflict, ReferPresenter presenter) => conflict.Code switch
    {
        "IDEMPOTENCY_KEY_IN_USE" or "ALREADY_COMMITTED" => "This referral has already been sent. Check their referrals before sending it again",
        _ when conflict.Message.Contains("no place left", StringComparison.Ordinal) => $"There are no places left at {presenter.TargetName}. Choose another placement",
        _ when conflict.Message.Contains("already has an open referral", StringComparison.Ordinal) => $"{presenter.PersonName} already has an open referral to {presenter.TargetName}",
        _ when conflict.Message.Contains("takes no referrals", StringComparison.Ordinal) => $"{presenter.TargetName} is not taking referrals at the moment",
        _ => conflict.Errors.FirstOrDefault()?.Message ?? conflict.Message,
    };

    private async Task<IActionResult> ShowAsync(
        string id, ReferTarget target, ReferStep step, ReferForm? form, IReadOnlyDictionary<string, string> errors, string? key, CancellationToken cancellationToken) =>
        await ReadAsync(id, target, cancellationToken) is { } page
            ? Show(page, target, step, form, errors, key, StatusCodes.Status200OK)
            : NotFoundPage("service or placement to refer to");

    private IActionResult Show(ReferPageResult page, ReferTarget target, ReferStep step, ReferForm? form, IReadOnlyDictionary<string, string> errors, string? key, int status)
    {
        Presenter = new ReferPresenter(step, page.Person!, target, page.Node!, page.Needs, form, errors, key);
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The person and the target, or null when either is not there for this offender manager (or is not what the address says).</summary>
    private async Task<ReferPageResult?> ReadAsync(string id, ReferTarget target, CancellationToken cancellationToken)
    {
        try
        {
            var page = await hub.ReferPageAsync(new ReferPageVariables { PersonId = id, TargetId = target.Id }, cancellationToken);
            return page is { Person: not null, Node: { } node } && node.Typename == (target.IsPlacement ? "Placement" : "Service") ? page : null;
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return null;
        }
    }

    private async Task<IActionResult> ConfirmationAsync(string id, string? referral, CancellationToken cancellationToken)
    {
        if (!IsId(referral))
        {
            return NotFoundPage("referral");
        }

        try
        {
            var found = await hub.ReferralPageAsync(new ReferralPageVariables { Id = referral! }, cancellationToken);
            if (found.Referral is not { } r || r.Person.Id != id)
            {
                return NotFoundPage("referral");
            }

            Confirmation = new ReferConfirmation(r.Id, r.Service?.Name ?? r.Placement?.Title ?? "", r.Placement is not null, r.Person.DisplayName, id);
            return Page();
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("referral");
        }
    }

    /// <summary>The answers of step 1, kept (encrypted, in TempData's cookie) for the check page and for Change.</summary>
    private ReferDraft? Draft(string personId, ReferTarget target)
    {
        if (TempData.Peek(DraftKey) is not string json)
        {
            return null;
        }

        try
        {
            var draft = JsonSerializer.Deserialize<ReferDraft>(json);
            return draft is not null && draft.PersonId == personId && draft.Target == target.Query ? draft : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"breaks the ([A-Z_]+) rule", RegexOptions.CultureInvariant)]
    private static partial Regex BrokenRule();
}

/// <summary>Step 1's answers and the key Confirm sends them with.</summary>
public sealed record ReferDraft(string PersonId, string Target, IReadOnlyList<string> Needs, string? Note, string? HoursOrdered, string Key)
{
    public ReferForm Form => new(Needs, Note, HoursOrdered);
}

/// <summary>What the confirmation panel says.</summary>
public sealed record ReferConfirmation(string ReferralId, string To, bool IsPlacement, string PersonName, string PersonId)
{
    public string Title => IsPlacement ? "Place booked" : "Referral sent";

    public string ReferralHref => $"/referrals/{Uri.EscapeDataString(ReferralId)}";

    public string PersonHref => $"/people/{Uri.EscapeDataString(PersonId)}";

    public string ReferralsHref => $"/people/{Uri.EscapeDataString(PersonId)}/referrals";
}
