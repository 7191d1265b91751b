using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>
/// A goal as posted, by the offender manager with the person or by the person themselves: the goal in the person's words
/// (required, up to 500 characters), the needs it serves (the offender manager's form only) and the strengths it builds
/// on, each ticked from the choices the page offered.
/// </summary>
public sealed class AddGoalForm
{
    public const int TextMaxLength = 500;

    public string? Text { get; set; }

    public List<string> Needs { get; set; } = [];

    public List<string> Strengths { get; set; } = [];

    public static class Fields
    {
        public const string Text = "text";
        public const string Needs = "needs";
        public const string Strengths = "strengths";
    }

    public static IReadOnlyList<string> FieldOrder { get; } = [Fields.Text, Fields.Needs, Fields.Strengths];

    public (AddGoalInput? Input, FieldErrors Errors) Validate(string personId, PlanAudience audience, IReadOnlyCollection<string> needChoices)
    {
        var errors = new FieldErrors();
        var text = FormValues.Required(Text, Fields.Text, audience == PlanAudience.Person ? "Enter your goal" : "Enter the goal, in their words", TextMaxLength, "Goal", errors);
        var needs = FormValues.Ticked(Needs);
        if (needs.Any(n => !needChoices.Contains(n)))
        {
            errors.Add(Fields.Needs, "Select needs from the list");
        }

        var strengths = FormValues.Ticked(Strengths);
        if (strengths.Any(s => Plans.Strengths.All.All(known => known.Code != s)))
        {
            errors.Add(Fields.Strengths, "Select strengths from the list");
        }

        return errors.Any
            ? (null, errors)
            : (new AddGoalInput { PersonId = personId, Text = text!, Needs = needs.ToList<string?>(), Strengths = strengths.ToList<string?>() }, errors);
    }

    /// <summary>The field a hub refusal is about; anything else (the person, say) is shown at the goal's words.</summary>
    public static string FieldOf(string? hubField) => HubFields.Top(hubField) switch
    {
        Fields.Needs => Fields.Needs,
        Fields.Strengths => Fields.Strengths,
        _ => Fields.Text,
    };
}
