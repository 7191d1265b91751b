using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Shared;
using Connect = Rehab.Graph.Client.StepSupportersResult.ConnectData;
using Goal = Rehab.Graph.Client.AddStepPageResult.PlanData.GoalsData;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>A group of a select's options (<c>optgroup</c>).</summary>
public sealed record OptionGroup(string Label, IReadOnlyList<Option> Options);

/// <summary>
/// What the add-a-step page shows: the goal, the step's fields as typed, and who could help: connect's matches for the
/// goal's needs (services, online support, placements with a place free, mentors), then the person's family or
/// themselves. Errors sit beside their fields and in the summary.
/// </summary>
public sealed class AddStepPresenter(string personName, string personId, Goal goal, Connect supporters, AddStepForm form, FieldErrors errors)
{
    public string Title => "Add a step";

    public string Caption => $"{personName}'s plan";

    public string GoalText => goal.Text;

    public string PlanHref => $"{PlanPaths.Plan(personId)}#{PlanForms.GoalField(goal.Id)}";

    public string Action => $"{PlanPaths.Plan(personId)}/goals/{Uri.EscapeDataString(goal.Id)}/steps/new";

    public bool HasErrors => errors.Any;

    public IReadOnlyList<ErrorLink> ErrorSummary => errors.Summary(AddStepForm.FieldOrder);

    public string? ErrorFor(string field) => errors.For(field);

    public FieldView Text => new(AddStepForm.Fields.Text, "What is the step?", form.Text, errors.For(AddStepForm.Fields.Text),
        $"Something they will do towards the goal, in words they would use. Up to {AddStepForm.TextMaxLength} characters.", Multiline: true);

    public DateView DueBy => new(AddStepForm.Fields.DueBy, "By when? (optional)", "For example, 27 3 2027", form.Day, form.Month, form.Year, errors.For(AddStepForm.Fields.DueBy));

    public string SupporterHint => goal.Needs.Count == 0
        ? "Matches for their assessed needs, best first, or their family, or themselves."
        : $"Matches for the goal's needs ({string.Join(", ", goal.Needs.Select(n => n.Label.ToLowerInvariant()))}), best first, or their family, or themselves.";

    /// <summary>Who could help, grouped as connect found them; the one posted is chosen again.</summary>
    public IReadOnlyList<OptionGroup> SupporterGroups
    {
        get
        {
            Option Choice(SupporterKind kind, string id, string text) => new(AddStepForm.Choice(kind, id), text, form.Supporter == AddStepForm.Choice(kind, id));
            var groups = new List<OptionGroup>
            {
                new("Services", supporters.Services.Select(m => Choice(SupporterKind.Service, m.Service.Id,
                    $"{m.Service.Name}, {m.Service.Organisation.Name} ({Words.Km(m.DistanceKm)}{(m.AlreadyReferred ? ", already referred" : "")})")).ToList()),
                new("Online support", supporters.Online.Select(m => Choice(SupporterKind.Service, m.Service.Id,
                    $"{m.Service.Name}, {m.Service.Organisation.Name} (online{(m.AlreadyReferred ? ", already referred" : "")})")).ToList()),
                new("Placements", supporters.Placements.Where(m => m.AvailableSlots > 0).Select(m => Choice(SupporterKind.Placement, m.Placement.Id,
                    $"{m.Placement.Title}, {m.Placement.Organisation.Name} ({Words.Km(m.DistanceKm)}, {Places(m.AvailableSlots)} free)")).ToList()),
                new("Mentors", supporters.Mentors.Select(m => Choice(SupporterKind.Mentor, m.Mentor.Id,
                    $"{m.Mentor.DisplayName}, mentor ({Words.Km(m.DistanceKm)}{(m.CurrentMentor ? ", their mentor" : "")})")).ToList()),
                new("Someone else",
                [
                    new(AddStepForm.Family, "Their family", form.Supporter == AddStepForm.Family),
                    new(AddStepForm.Self, "They do it themselves", form.Supporter == AddStepForm.Self),
                ]),
            };
            return groups.Where(g => g.Options.Count > 0).ToList();
        }
    }

    public bool NothingChosen => SupporterGroups.SelectMany(g => g.Options).All(o => !o.Selected);

    public bool Referring => form.Referring;

    public FieldView Note => new(AddStepForm.Fields.Note, "Note for the organisation (optional)", form.Note, errors.For(AddStepForm.Fields.Note),
        $"What they should know to make contact. Up to {AddStepForm.NoteMaxLength} characters.", Multiline: true);

    public FieldView HoursOrdered => new(AddStepForm.Fields.HoursOrdered, "Hours ordered, for a placement", form.HoursOrdered, errors.For(AddStepForm.Fields.HoursOrdered),
        $"The hours of unpaid work the order asks for, from 1 to {AddStepForm.MaxHoursOrdered}", "govuk-input--width-4", InputMode: "numeric");

    private static string Places(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " place" : " places");
}
