using System.Globalization;
using Rehab.Graph.Web.Pages.Shared;
using Mentor = Rehab.Graph.Client.MentorEditPageResult.NodeData;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>What the mentor form shows; after a CONFLICT, the mentor as someone else left them.</summary>
/// <param name="stored">The mentor as stored: after a conflict, as the other change left them.</param>
public sealed class MentorEditPresenter(string? mentorId, MentorForm form, IReadOnlyList<(string Code, string Label)> needs, FieldErrors errors, Mentor? stored, bool conflict = false)
    : EditPresenter("a mentor", mentorId, errors, MentorForm.FieldOrder, conflict)
{
    public MentorForm Form => form;

    protected override string? Name => form.DisplayName;

    public override string Heading => IsNew ? Title : "Change a mentor";

    public override string Action => PartnerPresenter.MentorHref(Id ?? "new");

    public override string BackHref => PartnerPresenter.Path;

    public override string BackText => "Back to your organisation";

    public override string FieldsPartial => "/Pages/Partner/_MentorFields.cshtml";

    public override string? Version => form.Version;

    public FieldView Gender => Select("gender", "Gender", form.Gender, MentorForm.Genders, none: "Choose a gender");

    /// <summary>How many they mentor now: capacity may not go below it.</summary>
    public string CapacityHint => stored is { Capacity: { } capacity, SpareCapacity: { } spare }
        ? $"How many people they can mentor at once, up to {MentorForm.MaxMentees}. They mentor {capacity - spare} now: no fewer than that."
        : $"How many people they can mentor at once, up to {MentorForm.MaxMentees}";

    public CheckboxesView LivedExperience => Checkboxes("livedExperience", "Needs they have lived experience of", needs, form.LivedExperience);

    protected override IReadOnlyList<CurrentValue> Current() => stored is null
        ? []
        :
        [
            new("Name", stored.DisplayName ?? ""),
            new("Gender", stored.Gender is { } s ? HubCodes.Words(s) : ""),
            new("Mentees", $"{stored.Capacity - stored.SpareCapacity} of {stored.Capacity}"),
            new("Lived experience", string.Join(", ", (stored.LivedExperience ?? []).Select(n => needs.FirstOrDefault(x => x.Code == n.Code).Label ?? n.Code)) is { Length: > 0 } lived ? lived : "None"),
            new("Languages", stored.Languages is { Count: > 0 } languages ? string.Join(", ", languages) : "None"),
            new("Version", stored.Version?.ToString(CultureInfo.InvariantCulture) ?? ""),
        ];
}
