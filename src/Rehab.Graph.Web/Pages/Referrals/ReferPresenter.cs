using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Shared;
using Node = Rehab.Graph.Client.ReferPageResult.NodeData;
using Person = Rehab.Graph.Client.ReferPageResult.PersonData;

namespace Rehab.Graph.Web.Pages.Referrals;

/// <summary>Which step of the referral a page is.</summary>
public enum ReferStep
{
    Answers,
    Check,
}

/// <summary>A row of the check-answers summary, with its Change link (null for what cannot change here).</summary>
public sealed record AnswerRow(string Key, IReadOnlyList<string> Values, string? ChangeHref, string ChangeWhat);

/// <summary>
/// What the refer pages show: step 1 the needs (defaulting as the hub does: for a service, the person's assessed needs it
/// addresses), a note and for a placement the hours ordered; step 2 the answers to check, each with a Change link, and
/// Confirm. The hub's refusals show as GOV.UK errors beside their fields or in the summary.
/// </summary>
public sealed class ReferPresenter(
    ReferStep step, Person person, ReferTarget target, Node node, IReadOnlyList<Client.ReferPageResult.NeedsData> taxonomy,
    ReferForm? form, IReadOnlyDictionary<string, string> errors, string? idempotencyKey = null)
{
    public ReferStep Step => step;

    public bool IsPlacement => target.IsPlacement;

    public string TargetName => (target.IsPlacement ? node.Title : node.Name) ?? target.Id;

    public string Organisation => node.Organisation?.Name ?? "";

    public string PersonName => person.DisplayName;

    public string Title => step == ReferStep.Check
        ? "Check your answers before sending the referral"
        : target.IsPlacement ? $"Book a place at {TargetName}" : $"Refer {person.DisplayName} to {TargetName}";

    public string Caption => target.IsPlacement ? $"Book a placement for {person.DisplayName}" : $"Refer {person.DisplayName}";

    public string AnswersPath => $"/people/{Uri.EscapeDataString(person.Id)}/refer?{target.Query}";

    public string CheckPath => $"/people/{Uri.EscapeDataString(person.Id)}/refer/check?{target.Query}";

    public string BackHref => step == ReferStep.Check ? AnswersPath : $"/people/{Uri.EscapeDataString(person.Id)}/support";

    public string? IdempotencyKey => idempotencyKey;

    public bool HasErrors => errors.Count > 0;

    public IReadOnlyList<ErrorLink> ErrorSummary =>
        new[] { ReferForm.Fields.Needs, ReferForm.Fields.Note, ReferForm.Fields.HoursOrdered }
            .Where(errors.ContainsKey)
            .Select(id => new ErrorLink(errors[id], "#" + id))
            .Concat(errors.Where(e => e.Key.Length == 0).Select(e => new ErrorLink(e.Value, "#main-content")))
            .ToList();

    public string? ErrorFor(string field) => errors.TryGetValue(field, out var message) ? message : null;

    public string NeedsLegend => target.IsPlacement ? "Needs this placement is for (optional)" : "Which needs is this referral for?";

    public string NeedsHint => target.IsPlacement
        ? "A placement addresses no needs of its own; tick any this work will help with."
        : $"{TargetName} addresses these needs. Their assessed needs are ticked.";

    /// <summary>The needs offered: a service's own needs, or the person's for a placement.</summary>
    public IReadOnlyList<Choice> NeedChoices
    {
        get
        {
            var own = person.Needs.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
            IEnumerable<(string Code, string Label)> offered = target.IsPlacement
                ? person.Needs.OrderByDescending(n => n.Severity).Select(n => (n.Code, n.Label))
                : (node.Needs ?? []).Select(n => (n.Code, n.Label));
            var chosen = form?.NeedCodes;
            return offered.Select(n => new Choice(
                    n.Code, n.Label, own.Contains(n.Code) && !target.IsPlacement ? "Assessed need" : null,
                    chosen is null ? !target.IsPlacement && own.Contains(n.Code) : chosen.Contains(n.Code)))
                .ToList();
        }
    }

    public IReadOnlyCollection<string> NeedCodesOffered => NeedChoices.Select(c => c.Value).ToList();

    public string NoteValue => form?.Note ?? "";

    public string HoursValue => form?.HoursOrdered ?? "";

    public IReadOnlyList<string> ChosenNeeds => form?.NeedCodes ?? [];

    public IReadOnlyList<AnswerRow> Answers
    {
        get
        {
            var labels = (node.Needs ?? []).Select(n => (n.Code, n.Label)).Concat(person.Needs.Select(n => (n.Code, n.Label))).Concat(taxonomy.Select(n => (n.Code, n.Label)))
                .GroupBy(n => n.Code).ToDictionary(g => g.Key, g => g.First().Label);
            var needs = ChosenNeeds.Select(c => labels.GetValueOrDefault(c, c)).ToList();
            var rows = new List<AnswerRow>
            {
                new("Person", [person.DisplayName], null, "person"),
                new(target.IsPlacement ? "Placement" : "Service", [TargetName, Organisation], null, target.IsPlacement ? "placement" : "service"),
                new("Needs", needs.Count == 0 ? ["None"] : needs, AnswersPath + "#" + ReferForm.Fields.Needs, "needs"),
            };
            if (target.IsPlacement)
            {
                rows.Add(new("Hours ordered", [form?.Hours?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""], AnswersPath + "#" + ReferForm.Fields.HoursOrdered, "hours ordered"));
            }

            rows.Add(new("Note for the organisation", [form?.NoteText ?? "None"], AnswersPath + "#" + ReferForm.Fields.Note, "note"));
            return rows;
        }
    }

    public string ConfirmText => target.IsPlacement ? "Confirm and book" : "Confirm and send";

    /// <summary>Placement facts the offender manager checks before booking.</summary>
    public IReadOnlyList<string> PlacementFacts => !target.IsPlacement
        ? []
        : new[]
        {
            node.Capacity is { } capacity && node.Filled is { } filled ? $"{Math.Max(0, capacity - filled)} of {capacity} places free" : null,
            node.Sessions is { Count: > 0 } sessions ? "Sessions: " + string.Join(", ", sessions) : null,
            node.EarliestStart is { } start ? "Next start: " + Words.DateTime(start) : null,
        }.OfType<string>().ToList();
}
