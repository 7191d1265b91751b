using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>
/// A step as the offender manager posts it: what it is (required, up to 500 characters), by when (a GOV.UK date, from
/// today to 3 years ahead, or none), who helps (a service, placement or mentor the page offered, family, or the person
/// themselves), and whether to refer them now to the service or placement, with a note and, for a placement, the hours
/// the order asks for.
/// </summary>
public sealed class AddStepForm
{
    public const int TextMaxLength = 500;
    public const int NoteMaxLength = 1000;
    public const int MaxHoursOrdered = 300;
    public const int MaxYearsAhead = 3;

    public const string Family = "FAMILY";
    public const string Self = "SELF";

    public string? Text { get; set; }
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }
    public string? Supporter { get; set; }
    public string? Refer { get; set; }
    public string? Note { get; set; }
    public string? HoursOrdered { get; set; }

    public static class Fields
    {
        public const string Text = "text";
        public const string DueBy = "dueBy";
        public const string Supporter = "supporter";
        public const string Refer = "refer";
        public const string Note = "note";
        public const string HoursOrdered = "hoursOrdered";
    }

    public static IReadOnlyList<string> FieldOrder { get; } = [Fields.Text, Fields.DueBy, Fields.Supporter, Fields.Refer, Fields.Note, Fields.HoursOrdered];

    public bool Referring => Refer == "true";

    /// <summary>A directory supporter's choice value: its kind and id (<c>SERVICE:svc-0121</c>).</summary>
    public static string Choice(SupporterKind kind, string id) => $"{HubCodes.Of(kind)}:{id}";

    public (AddPlanStepInput? Input, FieldErrors Errors) Validate(string goalId, DateOnly today)
    {
        var errors = new FieldErrors();
        var text = FormValues.Required(Text, Fields.Text, "Enter the step", TextMaxLength, "Step", errors);
        var dueBy = DueBy(today, errors);
        var supporter = Who(errors);
        var directory = supporter is { Kind: SupporterKind.Service or SupporterKind.Placement };
        string? note = null;
        int? hours = null;
        if (Referring)
        {
            if (supporter is not null && !directory)
            {
                errors.Add(Fields.Refer, "Only a service or a placement can take a referral: select one, or untick the referral");
            }

            note = FormValues.Optional(Note, Fields.Note, NoteMaxLength, "Note", errors);
            if (supporter is { Kind: SupporterKind.Placement })
            {
                hours = FormValues.Whole(HoursOrdered, Fields.HoursOrdered, "Hours ordered", 1, MaxHoursOrdered, errors, "Enter the hours the order asks for");
            }
        }

        if (errors.Any || supporter is not { } who)
        {
            return (null, errors);
        }

        return (new AddPlanStepInput
        {
            GoalId = goalId,
            Text = text!,
            DueBy = dueBy,
            ServiceId = who.Kind == SupporterKind.Service ? who.Id : null,
            PlacementId = who.Kind == SupporterKind.Placement ? who.Id : null,
            MentorId = who.Kind == SupporterKind.Mentor ? who.Id : null,
            Supporter = who.Kind is SupporterKind.Family or SupporterKind.Self ? who.Kind : null,
            Refer = Referring ? true : null,
            Note = note,
            HoursOrdered = hours,
        }, errors);
    }

    /// <summary>
    /// The field a hub refusal is about. A refusal of whom the step names (a hard rule of the referral, or one the hub
    /// could not find) is shown at "who helps"; one of the goal, at the step's words.
    /// </summary>
    public static string FieldOf(string? hubField) => HubFields.Top(hubField) switch
    {
        Fields.Text or "goalId" => Fields.Text,
        Fields.DueBy => Fields.DueBy,
        Fields.Refer => Fields.Refer,
        Fields.Note => Fields.Note,
        Fields.HoursOrdered => Fields.HoursOrdered,
        _ => Fields.Supporter,
    };

    /// <summary>
    /// The words for a hub refusal: its own, but for a referral none of whose needs the person is assessed for, which the
    /// hub words for its API (the needs a referral is for are the person's; this form does not ask for them).
    /// </summary>
    public static string RefusalMessage(string? hubField, string hubMessage) => HubFields.Top(hubField) == "needs"
        ? "This service meets none of their assessed needs, so it cannot take a referral for them. Choose another, or untick the referral"
        : hubMessage;

    private DateOnly? DueBy(DateOnly today, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year))
        {
            return null;
        }

        if (!int.TryParse(Day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 2000 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            errors.Add(Fields.DueBy, $"The date must be a real date, like {today.AddMonths(1).ToString("d M yyyy", CultureInfo.InvariantCulture)}");
            return null;
        }

        var date = new DateOnly(year, month, day);
        if (date < today)
        {
            errors.Add(Fields.DueBy, "The date must be today or in the future");
            return null;
        }

        if (date > today.AddYears(MaxYearsAhead))
        {
            errors.Add(Fields.DueBy, $"The date must be within {MaxYearsAhead} years from today");
            return null;
        }

        return date;
    }

    private (SupporterKind Kind, string? Id)? Who(FieldErrors errors)
    {
        switch (FormValues.Trimmed(Supporter))
        {
            case null:
                errors.Add(Fields.Supporter, "Select who helps with the step");
                return null;
            case Family:
                return (SupporterKind.Family, null);
            case Self:
                return (SupporterKind.Self, null);
            case var value:
                var colon = value.IndexOf(':', StringComparison.Ordinal);
                var kind = colon > 0 ? HubCodes.Parse<SupporterKind>(value[..colon]) : null;
                var id = value[(colon + 1)..];
                if (kind is SupporterKind.Service or SupporterKind.Placement or SupporterKind.Mentor && PersonalPageModel.IsId(id))
                {
                    return (kind.Value, id);
                }

                errors.Add(Fields.Supporter, "Select who helps from the list");
                return null;
        }
    }
}
