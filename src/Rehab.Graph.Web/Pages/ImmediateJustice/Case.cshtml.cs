using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Partner;

namespace Rehab.Graph.Web.Pages.ImmediateJustice;

/// <summary>
/// An Immediate Justice case (<c>ImmediateJusticeCasePage</c>) and its coordinator's tasks, each a POST that redirects
/// back to the task list with a banner: take the case, record contact, the risk assessment, book a placement
/// (<c>ImmediateJusticePlacements</c> lists those near home), the safety briefing.
/// </summary>
[RequiresRole(WebRole.OffenderManager, WebRole.Partner, WebRole.Referrer)]
[NoStore]
public sealed class CaseModel(IRehabGraphClient hub) : PageModel
{
    public CasePresenter Presenter { get; private set; } = null!;

    private WebUser SignedIn => WebUser.From(User)!;

    public async Task<IActionResult> OnGetAsync(string id, string? task, string? done, CancellationToken cancellationToken) =>
        await ShowAsync(id, task, new FieldErrors(), done, cancellationToken);

    public async Task<IActionResult> OnPostAsync(
        string id, string? task, string? note, string? riskOfHarm, List<string>? riskFlags, string? placementId, CancellationToken cancellationToken)
    {
        if (IsPartnerWithoutTheDuty)
        {
            return ImmediateJusticePresenter.NotForThisUser(SignedIn).Result(ModelState);
        }

        if (SignedIn.Role == WebRole.Referrer || (task is not null && !CasePresenter.Tasks.Contains(task)))
        {
            return NotFoundPage.Result(ModelState);
        }

        var errors = new FieldErrors();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > 1000 })
        {
            errors.Add("note", "Note must be 1000 characters or fewer");
        }

        RiskLevel? risk = Enum.TryParse<RiskLevel>(riskOfHarm, ignoreCase: true, out var r) && Enum.IsDefined(r) ? r : null;
        if (task == "risk" && risk is null)
        {
            errors.Add("riskOfHarm", "Select the person's risk of harm");
        }

        if (task == "book" && string.IsNullOrWhiteSpace(placementId))
        {
            errors.Add("placementId", "Select a placement");
        }

        if (!errors.Any)
        {
            try
            {
                switch (task)
                {
                    case null:
                        await hub.TakeImmediateJusticeCaseAsync(new() { Input = new() { CaseId = id } }, cancellationToken);
                        break;
                    case "contact":
                        await hub.RecordCaseContactAsync(new() { Input = new() { CaseId = id, Note = note } }, cancellationToken);
                        break;
                    case "risk":
                        await hub.RecordRiskAssessmentAsync(new() { Input = new() { CaseId = id, Note = note, RiskOfHarm = risk!.Value, RiskFlags = (riskFlags ?? []).Where(CasePresenter.RiskFlags.Contains).Distinct().ToList() } }, cancellationToken);
                        break;
                    case "book":
                        await hub.BookImmediateJusticePlacementAsync(new() { Input = new() { CaseId = id, PlacementId = placementId!.Trim() } }, cancellationToken);
                        break;
                    default:
                        await hub.RecordSafetyBriefingAsync(new() { Input = new() { CaseId = id } }, cancellationToken);
                        break;
                }

                return Redirect($"{ImmediateJusticePresenter.CaseHref(id)}?done={task ?? "taken"}");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                errors.Add(FieldOf(task, refused.Field), refused.Errors[0].Message);
            }
            catch (RehabGraphConflictException conflict)
            {
                errors.Add(FieldOf(task, null), conflict.Errors[0].Message);
            }
            catch (Exception e) when (e is RehabGraphNotFoundException or RehabGraphForbiddenException)
            {
                return NotFoundPage.Result(ModelState);
            }
        }

        var result = await ShowAsync(id, task, errors, null, cancellationToken);
        if (result is PageResult)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return result;
    }

    /// <summary>The field a refusal goes beside: the task's main field (the take button has none but the summary).</summary>
    private static string FieldOf(string? task, string? hubField) => (task, HubFields.Top(hubField)) switch
    {
        ("risk", "riskFlags") => "riskFlags",
        ("risk", "note") or ("contact", _) => "note",
        ("risk", _) => "riskOfHarm",
        ("book", _) => "placementId",
        ("briefing", _) => "briefing",
        _ => "take",
    };

    /// <summary>
    /// A partner user without the coordinator duty may open no case: the same 403 page at every case address, whatever
    /// the id or task, so an address says nothing about which cases exist.
    /// </summary>
    private bool IsPartnerWithoutTheDuty => SignedIn.Role == WebRole.Partner && !SignedIn.IsImmediateJusticeCoordinator;

    private async Task<IActionResult> ShowAsync(string id, string? task, FieldErrors errors, string? done, CancellationToken cancellationToken)
    {
        if (IsPartnerWithoutTheDuty)
        {
            return ImmediateJusticePresenter.NotForThisUser(SignedIn).Result(ModelState);
        }

        if (id.Length > 100 || (task is not null && (!CasePresenter.Tasks.Contains(task) || SignedIn.Role == WebRole.Referrer)))
        {
            return NotFoundPage.Result(ModelState);
        }

        try
        {
            var page = await hub.ImmediateJusticeCasePageAsync(new ImmediateJusticeCasePageVariables { Id = id }, cancellationToken);
            if (page.ImmediateJusticeCase is not { } found)
            {
                return NotFoundPage.Result(ModelState);
            }

            IReadOnlyList<ImmediateJusticePlacementsResult.ConnectData.PlacementsData>? placements = null;
            if (task == "book")
            {
                if (found.PersonId is null)
                {
                    return Redirect(ImmediateJusticePresenter.CaseHref(id));
                }

                placements = (await hub.ImmediateJusticePlacementsAsync(new() { PersonId = found.PersonId }, cancellationToken)).Connect.Placements;
            }

            Presenter = new CasePresenter(SignedIn, found, task, errors, done, placements);
            return Page();
        }
        catch (Exception e) when (e is RehabGraphBadUserInputException or RehabGraphNotFoundException)
        {
            return NotFoundPage.Result(ModelState);
        }
        catch (RehabGraphForbiddenException)
        {
            return ImmediateJusticePresenter.NotForThisUser(SignedIn).Result(ModelState);
        }
    }
}
