using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.Evaluation;

/// <summary>
/// The one way the page and its CSV download ask the hub: the form's checks, then <c>EvaluationPage</c>, with the hub's
/// BAD_USER_INPUT turned into the form's field errors.
/// </summary>
public static class EvaluationRequest
{
    public static async Task<(IReadOnlyList<EvaluationPageResult.EvaluationData>? Evaluation, IReadOnlyDictionary<string, string> Errors)> RunAsync(
        IRehabGraphClient hub, EvaluationForm form, DateOnly today, CancellationToken cancellationToken)
    {
        var (variables, errors) = form.Validate(today);
        if (variables is null)
        {
            return (null, errors);
        }

        try
        {
            return ((await hub.EvaluationPageAsync(variables, cancellationToken)).Evaluation, errors);
        }
        catch (RehabGraphBadUserInputException refused)
        {
            var field = EvaluationForm.FieldOf(refused.Field);
            return (null, new Dictionary<string, string> { [field ?? string.Empty] = form.RefusalMessage(field, refused.Errors[0].Message, today) });
        }
    }
}
