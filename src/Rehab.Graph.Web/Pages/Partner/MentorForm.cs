using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Shared;
using static Rehab.Graph.Web.Pages.Shared.FormValues;
using Mentor = Rehab.Graph.Client.MentorEditPageResult.NodeData;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>
/// A peer mentor as the form posts them: every field as typed, turned into the hub's whole <see cref="MentorInput"/> by
/// <see cref="Validate"/>.
/// </summary>
public sealed class MentorForm : ILocatedForm, IEditForm
{
    public const int DisplayNameMaxLength = 100;
    public const int BioMaxLength = 2000;
    public const int MaxMentees = 20;

    /// <summary>The hub's genders, with the words the form shows.</summary>
    public static IReadOnlyList<(string Code, string Label)> Genders => HubCodes.Genders;

    /// <summary>The fields' ids (and form names), in the order they are on the page.</summary>
    public static IReadOnlyList<string> FieldOrder { get; } =
        ["displayName", "gender", "capacity", "livedExperience", "languages", "latitude", "longitude", "bio"];

    public string? Version { get; set; }
    public string? DisplayName { get; set; }
    public string? Gender { get; set; }
    public string? Capacity { get; set; }
    public List<string> LivedExperience { get; set; } = [];
    public string? Languages { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Bio { get; set; }

    /// <summary>The form filled in with the mentor as stored.</summary>
    public static MentorForm From(Mentor mentor) => new()
    {
        Version = Text(mentor.Version),
        DisplayName = mentor.DisplayName,
        Gender = mentor.Gender is { } gender ? HubCodes.Of(gender) : null,
        Capacity = Text(mentor.Capacity),
        LivedExperience = mentor.LivedExperience?.Select(n => n.Code).ToList() ?? [],
        Languages = mentor.Languages is { } languages ? string.Join(", ", languages) : null,
        Latitude = Text(mentor.Location?.Latitude),
        Longitude = Text(mentor.Location?.Longitude),
        Bio = mentor.Bio,
    };

    /// <summary>The hub's input for this form, or the errors that stop it being sent.</summary>
    public (MentorInput? Input, FieldErrors Errors) Validate(string organisationId, string? mentorId)
    {
        var errors = new FieldErrors();
        var name = Required(DisplayName, "displayName", "Enter the name the mentor is shown by, like E. Munteanu", DisplayNameMaxLength, "Name", errors);
        var gender = HubCodes.Parse<Client.Gender>(Trimmed(Gender));
        if (gender is null)
        {
            errors.Add("gender", "Choose the mentor's gender: women-only support is matched with women mentors");
        }

        var capacity = Whole(Capacity, "capacity", "Mentees", 0, MaxMentees, errors, missing: "Enter how many people they can mentor at once");
        var livedExperience = Ticked(LivedExperience);
        var languages = Codes(Languages, lower: true);
        if (languages.Any(l => l.Length != 2 || !l.All(char.IsAsciiLetterLower)))
        {
            errors.Add("languages", "Enter languages as two-letter codes, like en, pl");
        }

        var location = Location(this, "where the mentor meets people", errors);
        var bio = Optional(Bio, "bio", BioMaxLength, "About the mentor", errors);
        var version = FormValues.Version(Version, mentorId, "mentor", "displayName", errors);
        if (errors.Any)
        {
            return (null, errors);
        }

        return (new MentorInput
        {
            Id = mentorId,
            Version = version,
            OrganisationId = organisationId,
            DisplayName = name!,
            Gender = gender!.Value,
            Capacity = capacity!.Value,
            LivedExperience = livedExperience,
            Languages = languages,
            Location = location!,
            Bio = bio,
        }, errors);
    }

    /// <summary>The form field a hub refusal is about, or null for none on the form.</summary>
    public static string? FieldOf(string? hubField) => FormValues.FieldOf(hubField, FieldOrder);

}
