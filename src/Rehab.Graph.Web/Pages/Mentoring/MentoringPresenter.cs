using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Plans;
using Rehab.Graph.Web.Pages.Shared;
using Page = Rehab.Graph.Client.MentoringPageResult;

namespace Rehab.Graph.Web.Pages.Mentoring;

/// <summary>A mentor the person has now: who, where they volunteer, since when, and the form that ends it.</summary>
public sealed record CurrentMentor(string Id, string Name, string Organisations, string Since, FieldView Reason);

/// <summary>
/// A mentor who suits the person, as a radio: their name, and what the offender manager weighs up in its hint (where
/// they volunteer, their lived experience, and connect's reasons, which give the distance and the places left).
/// </summary>
public sealed record MentorChoice(string Id, string Name, bool Checked, IReadOnlyList<string> Details);

/// <summary>
/// The offender manager's peer mentor page: the person's mentors now, each with a way to end it, and connect's mentors
/// for them (the hard rules already applied, best first) to choose one from. A mentor who suits them but has no place
/// left (connect's FULL exclusion) is named, so the page does not hide why they cannot be chosen, but not offered.
/// </summary>
public sealed class MentoringPresenter(Page page, MentoringForm form, FieldErrors errors, string? posted, string? done)
{
    public const string AssignHandler = "assign";
    public const string EndHandler = "end";

    private readonly Page.PersonData _person = page.Person!;

    public string Title => "Peer mentor";

    public string Caption => _person.DisplayName;

    public string PlanHref => PlanPaths.Plan(_person.Id);

    public string Action => MentoringPaths.Page(_person.Id);

    public bool HasErrors => errors.Any;

    public IReadOnlyList<ErrorLink> ErrorSummary => errors.Summary();

    public string? Banner => done switch
    {
        MentoringPaths.Assigned => "Mentor assigned",
        MentoringPaths.Ended => "Mentoring ended",
        _ => null,
    };

    public string? MentorError => errors.For(MentoringForm.MentorField);

    public IReadOnlyList<CurrentMentor> Current => [.. (page.Plan?.Mentors ?? []).Select(m => new CurrentMentor(
        m.Mentor.Id, m.Mentor.DisplayName, Organisations(m.Mentor.Organisations.Select(o => o.Name)),
        m.Since is { } since ? Words.Date(since) : "Not recorded",
        new FieldView(MentoringForm.ReasonField(m.Mentor.Id), $"Why is mentoring with {m.Mentor.DisplayName} ending? (optional)",
            posted == EndHandler && form.MentorId == m.Mentor.Id ? form.Reason : null, errors.For(MentoringForm.ReasonField(m.Mentor.Id)),
            $"Kept on their record with the dates. Up to {MentoringForm.ReasonMaxLength} characters.", Multiline: true, Name: "reason")))];

    public string NoMentor => $"{_person.DisplayName} has no peer mentor at the moment.";

    /// <summary>Those with a place to give, best first; the one the form chose stays chosen after an error.</summary>
    public IReadOnlyList<MentorChoice> Choices => [.. Offered.Select(m => new MentorChoice(
        m.Mentor.Id, m.Mentor.DisplayName, posted == AssignHandler && form.MentorId == m.Mentor.Id,
        [
            $"Volunteers with {Organisations(m.Mentor.Organisations.Select(o => o.Name))}",
            .. m.Mentor.LivedExperience.Count == 0 ? Array.Empty<string>() : [$"Lived experience of {string.Join(", ", m.Mentor.LivedExperience.Select(l => l.Label.ToLowerInvariant()))}"],
            .. m.Reasons.Select(r => r.Text),
        ]))];

    /// <summary>Who would suit them but has no place now, by name, so the offender manager knows to ask again later.</summary>
    public IReadOnlyList<string> Full => [.. page.Connect.Excluded.Where(e => e is { Kind: "MENTOR", Rule: "FULL" }).Select(e => e.Name)];

    public string NoChoices => "No mentor near them who suits them has a place at the moment.";

    private IEnumerable<Page.ConnectData.MentorsData> Offered => page.Connect.Mentors.Where(m => !m.CurrentMentor);

    private static string Organisations(IEnumerable<string> names) => names.ToList() is { Count: > 0 } all ? string.Join(", ", all) : "no organisation";
}

/// <summary>Where the peer mentor page is, and its <c>done</c> codes.</summary>
public static class MentoringPaths
{
    public const string Assigned = "assigned";
    public const string Ended = "ended";

    public static string Page(string personId) => $"/people/{Uri.EscapeDataString(personId)}/mentor";
}
