using System.Globalization;
using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.Referrals;

/// <summary>What is being referred to: a service or a placement, by id.</summary>
public sealed record ReferTarget(bool IsPlacement, string Id)
{
    /// <summary>The target from the query string (<c>service=ID</c> or <c>placement=ID</c>, exactly one), or null.</summary>
    public static ReferTarget? From(string? service, string? placement) => (service, placement) switch
    {
        ({ Length: > 0 } s, null or "") when People.PersonalPageModel.IsId(s) => new ReferTarget(false, s),
        (null or "", { Length: > 0 } p) when People.PersonalPageModel.IsId(p) => new ReferTarget(true, p),
        _ => null,
    };

    public string Query => (IsPlacement ? "placement=" : "service=") + Uri.EscapeDataString(Id);
}

/// <summary>
/// The referral's answers: the needs it is for, a note for the organisation, and for a placement the hours the order
/// asks for. Step 1 posts them; the check-answers page carries them (with the idempotency key) to Confirm.
/// </summary>
public sealed record ReferForm(IReadOnlyList<string> Needs, string? Note, string? HoursOrdered)
{
    public const int NoteMaxLength = 1000;

    public const int MaxHoursOrdered = 300;

    public static class Fields
    {
        public const string Needs = "needs";
        public const string Note = "note";
        public const string HoursOrdered = "hoursOrdered";
    }

    public IReadOnlyList<string> NeedCodes => Needs.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();

    public string? NoteText => string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();

    public int? Hours => int.TryParse(HoursOrdered?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var hours) ? hours : null;

    /// <summary>
    /// The field errors (field id to message): for a service, at least one of the needs it addresses; a note of at most
    /// 1000 characters; for a placement, whole hours from 1 to 300. <paramref name="needChoices"/> are the codes offered.
    /// </summary>
    public IReadOnlyDictionary<string, string> Validate(ReferTarget target, IReadOnlyCollection<string> needChoices)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = NeedCodes;
        if (codes.Any(c => !needChoices.Contains(c)))
        {
            errors[Fields.Needs] = "Select needs from the list";
        }
        else if (!target.IsPlacement && codes.Count == 0)
        {
            errors[Fields.Needs] = "Select the needs this referral is for";
        }

        if (NoteText is { Length: > NoteMaxLength })
        {
            errors[Fields.Note] = $"Note must be {NoteMaxLength} characters or fewer";
        }

        if (target.IsPlacement)
        {
            if (string.IsNullOrWhiteSpace(HoursOrdered))
            {
                errors[Fields.HoursOrdered] = "Enter the hours the order asks for";
            }
            else if (Hours is not { } hours)
            {
                errors[Fields.HoursOrdered] = "Hours ordered must be a whole number, like 40";
            }
            else if (hours is < 1 or > MaxHoursOrdered)
            {
                errors[Fields.HoursOrdered] = $"Hours ordered must be between 1 and {MaxHoursOrdered}";
            }
        }

        return errors;
    }

    /// <summary>The hub's BAD_USER_INPUT field as this form's field; a refusal of the target itself (a hard rule) has none.</summary>
    public static string? FieldOf(string? hubField) => hubField switch
    {
        "input.needs" => Fields.Needs,
        "input.note" => Fields.Note,
        "input.hoursOrdered" => Fields.HoursOrdered,
        _ => null,
    };

    public ReferToServiceVariables ServiceVariables(string personId, string serviceId) => new()
    {
        PersonId = personId,
        ServiceId = serviceId,
        Needs = NeedCodes.ToList<string?>(),
        Note = NoteText,
    };

    public BookPlacementVariables PlacementVariables(string personId, string placementId) => new()
    {
        PersonId = personId,
        PlacementId = placementId,
        Needs = NeedCodes.Count == 0 ? null : NeedCodes.ToList<string?>(),
        Note = NoteText,
        HoursOrdered = Hours ?? 0,
    };
}
