using Microsoft.AspNetCore.Mvc;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Transitions;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>
/// A person on the caseload, one request (<c>PersonPage</c>); <c>?done=transition</c> after one is recorded,
/// <c>?done=by-and-for</c> after their wish for services run by and for a community is saved, <c>?done=zones</c> after
/// their licence exclusion zones are.
/// </summary>
public sealed class IndexModel(IRehabGraphClient hub) : PersonalPageModel
{
    public PersonPresenter Presenter { get; private set; } = null!;

    public TransitionHistoryPresenter Transitions { get; private set; } = null!;

    /// <summary>The success banner after a change made on another page, or null.</summary>
    public string? Banner { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? done, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return NotFoundPage("person");
        }

        try
        {
            var found = await hub.PersonPageAsync(new PersonPageVariables { Id = id }, cancellationToken);
            if (found.Person is not { } person)
            {
                return NotFoundPage("person");
            }

            Presenter = new PersonPresenter(person, found.Connect.SocialCapital);
            Transitions = new TransitionHistoryPresenter(found.Transitions, person.Id, WebUser.From(User)?.PractitionerId, done);
            Banner = done switch
            {
                ByAndForPresenter.Done => ByAndForPresenter.Saved,
                ExclusionZonesPresenter.Done => ExclusionZonesPresenter.Saved,
                _ => Transitions.Banner,
            };
            return Page();
        }
        catch (RehabGraphException e) when (IsNotFound(e))
        {
            return NotFoundPage("person");
        }
    }
}
