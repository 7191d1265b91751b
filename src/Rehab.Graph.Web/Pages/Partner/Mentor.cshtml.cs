using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Shared;
using Mentor = Rehab.Graph.Client.MentorEditPageResult.NodeData;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>
/// A peer mentor who volunteers with the partner's organisation: <c>/partner/mentors/new</c> adds one,
/// <c>/partner/mentors/{id}</c> changes one (<c>MentorEditPage</c>, then <c>UpsertMentor</c> with the version read).
/// </summary>
[RequiresRole(WebRole.Partner)]
[NoStore]
public sealed class MentorModel(IRehabGraphClient hub) : EditPageModel<Mentor, MentorForm, MentorInput>
{
    private IReadOnlyList<(string Code, string Label)> _needs = [];

    public MentorEditPresenter Presenter { get; private set; } = null!;

    private string Organisation => WebUser.From(User)!.OrganisationId ?? string.Empty;

    /// <summary>The mentor, when they volunteer with the user's organisation (and the needs to choose from).</summary>
    protected override async Task<Mentor?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var page = await hub.MentorEditPageAsync(new MentorEditPageVariables { Id = id }, cancellationToken);
        _needs = page.Needs.Select(n => (n.Code, n.Label)).ToList();
        return page.Node is { Typename: "Mentor" } mentor && (mentor.Organisations ?? []).Any(o => o.Id == Organisation) ? mentor : null;
    }

    protected override async Task PrepareNewAsync(CancellationToken cancellationToken) =>
        _needs = (await hub.DirectoryNeedsAsync(cancellationToken)).Needs.Select(n => (n.Code, n.Label)).ToList();

    protected override MentorForm FormFrom(Mentor item) => MentorForm.From(item);

    protected override (MentorInput? Input, FieldErrors Errors) Validate(string? id) => Form.Validate(Organisation, id);

    protected override async Task<string> SaveAsync(MentorInput input, CancellationToken cancellationToken) =>
        PartnerPresenter.SavedHref((await hub.UpsertMentorAsync(new UpsertMentorVariables { Input = input }, cancellationToken)).UpsertMentor.Id);

    protected override void Show(string? id, FieldErrors errors, Mentor? stored, bool conflict) =>
        Presenter = new MentorEditPresenter(id, Form, _needs, errors, stored, conflict);
}
