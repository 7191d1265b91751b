using Rehab.Graph.Web.Pages.Shared;
using Practitioners = Rehab.Graph.Client.PractitionersPageResult.PractitionersData;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>
/// What the move page shows: first the form (whom, to whom), then, when it is filled in well, the confirmation to
/// make the move.
/// </summary>
public sealed class MovePersonPresenter(MovePersonForm form, Practitioners practitioners, IReadOnlyDictionary<string, string> errors, bool confirming)
{
    public const string Path = "/admin/practitioners/move";

    public string Title => Confirming ? "Check and move" : "Move a person to another offender manager";

    public bool Confirming => confirming && errors.Count == 0;

    public bool HasErrors => errors.Count > 0;

    public MovePersonForm Form => form;

    public IReadOnlyList<ErrorLink> ErrorSummary =>
        new[] { MovePersonForm.Fields.Person, MovePersonForm.Fields.Practitioner }
            .Where(errors.ContainsKey)
            .Select(id => new ErrorLink(errors[id], "#" + id))
            .Concat(errors.Where(e => e.Key.Length == 0).Select(e => new ErrorLink(e.Value, "#" + MovePersonForm.Fields.Person)))
            .ToList();

    public string? ErrorFor(string field) => errors.TryGetValue(field, out var message) ? message : null;

    public IReadOnlyList<Option> PractitionerOptions =>
    [
        new Option(string.Empty, "Choose an offender manager", form.PractitionerId is null),
        .. practitioners.Nodes.Select(p => new Option(p.Id, $"{p.Name}, {p.DeliveryUnit} ({Caseload(p.Caseload)})", p.Id == form.PractitionerId)),
    ];

    /// <summary>The chosen offender manager as the confirmation names them.</summary>
    public string PractitionerDescription =>
        practitioners.Nodes.FirstOrDefault(p => p.Id == form.PractitionerId) is { } chosen ? $"{chosen.Name}, {chosen.DeliveryUnit}" : string.Empty;

    /// <summary>The ids the form may choose from.</summary>
    public static IEnumerable<string> Choices(Practitioners practitioners) => practitioners.Nodes.Select(p => p.Id);

    private static string Caseload(int count) => count == 1 ? "1 person" : $"{count} people";
}
