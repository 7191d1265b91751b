using System.Text.RegularExpressions;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Shared;
using static Rehab.Graph.Web.Pages.Shared.FormValues;
using Placement = Rehab.Graph.Client.PlacementEditPageResult.NodeData;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>
/// A placement as its form posts it: every field as typed, turned into the hub's whole <see cref="PlacementInput"/> by
/// <see cref="Validate"/> (the hub clears what a change leaves out, so the form carries everything it shows).
/// </summary>
public sealed partial class PlacementForm : IAddressedForm, IEditForm
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int ShortTextMaxLength = 200;
    public const int MaxSessions = 14;

    /// <summary>The hub's placement kinds, with the words the form shows.</summary>
    public static IReadOnlyList<(string Code, string Label)> Kinds { get; } =
    [
        ("UNPAID_WORK", "Unpaid work"),
        ("IMMEDIATE_JUSTICE", "Immediate Justice"),
        ("VOLUNTEERING", "Volunteering"),
        ("WORK_TRIAL", "Work trial"),
    ];

    /// <summary>The risk of harm levels its supervision can manage, lowest first.</summary>
    public static IReadOnlyList<(string Code, string Label)> RiskLevels { get; } =
        [(HubCodes.Of(RiskLevel.Low), "Low"), (HubCodes.Of(RiskLevel.Medium), "Medium"), (HubCodes.Of(RiskLevel.High), "High"), (HubCodes.Of(RiskLevel.VeryHigh), "Very high")];

    /// <summary>The hub's risk flags (a person with one is not offered the placement).</summary>
    public static IReadOnlyList<(string Code, string Label)> RiskFlags { get; } =
    [
        ("NO_CONTACT_CHILDREN", "No contact with children"),
        ("SEXUAL_OFFENCE", "Sexual offence"),
        ("ARSON", "Arson"),
        ("DOMESTIC_ABUSE_PERPETRATOR", "Domestic abuse perpetrator"),
        ("VIOLENCE_TO_STAFF", "Violence to staff"),
        ("WEAPONS", "Weapons"),
    ];

    /// <summary>The hub's strength codes: what the work uses.</summary>
    public static IReadOnlyList<(string Code, string Label)> SkillChoices { get; } =
    [
        ("GARDENING", "Gardening"), ("COOKING", "Cooking"), ("SPORT", "Sport"), ("MUSIC", "Music"), ("FAITH", "Faith"), ("CARING", "Caring"),
        ("DIY", "DIY"), ("ART", "Art"), ("DRIVING", "Driving"), ("IT", "IT"), ("ANIMALS", "Animals"), ("WRITING", "Writing"),
        ("TEAMWORK", "Teamwork"), ("LANGUAGES", "Languages"), ("CUSTOMER_SERVICE", "Customer service"), ("FISHING", "Fishing"),
    ];

    /// <summary>The fields' ids (and form names), in the order they are on the page.</summary>
    public static IReadOnlyList<string> FieldOrder { get; } =
    [
        "title", "kind", "description", "capacity", "sessions", "latitude", "longitude", "womenOnly", "childFacing", "maxRiskOfHarm",
        "unsuitableFor", "skills", "supervisor", "meetingPoint", .. AddressFields,
    ];

    public string? Version { get; set; }
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public string? Description { get; set; }
    public string? Capacity { get; set; }
    public string? Sessions { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public bool WomenOnly { get; set; }
    public bool ChildFacing { get; set; }
    public string? MaxRiskOfHarm { get; set; }
    public List<string> UnsuitableFor { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public string? Supervisor { get; set; }
    public string? MeetingPoint { get; set; }
    public string? AddressLines { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactUrl { get; set; }

    /// <summary>The form filled in with the placement as stored.</summary>
    public static PlacementForm From(Placement placement) => WithAddress(
        new PlacementForm
        {
            Version = Text(placement.Version),
            Title = placement.Title,
            Kind = placement.Kind,
            Description = placement.Description,
            Capacity = Text(placement.Capacity),
            Sessions = placement.Sessions is { } sessions ? string.Join(Environment.NewLine, sessions) : null,
            Latitude = Text(placement.Location?.Latitude),
            Longitude = Text(placement.Location?.Longitude),
            WomenOnly = placement.WomenOnly ?? false,
            ChildFacing = placement.ChildFacing ?? false,
            MaxRiskOfHarm = placement.MaxRiskOfHarm is { } risk ? HubCodes.Of(risk) : null,
            UnsuitableFor = placement.UnsuitableFor?.ToList() ?? [],
            Skills = placement.Skills?.ToList() ?? [],
            Supervisor = placement.Supervisor,
            MeetingPoint = placement.MeetingPoint,
        },
        placement.Address is { } address ? (address.Lines, address.Town, address.Postcode) : null,
        placement.Contact is { } contact ? (contact.Name, contact.Email, contact.Phone, contact.Url) : null);

    /// <summary>The hub's input for this form, or the errors that stop it being sent.</summary>
    public (PlacementInput? Input, FieldErrors Errors) Validate(string organisationId, string? placementId)
    {
        var errors = new FieldErrors();
        var title = Required(Title, "title", "Enter the placement's title", TitleMaxLength, "Title", errors);
        var kind = Trimmed(Kind);
        if (!Kinds.Any(k => k.Code == kind))
        {
            errors.Add("kind", "Choose what kind of placement it is");
        }

        var description = Optional(Description, "description", DescriptionMaxLength, "Description", errors);
        var capacity = Whole(Capacity, "capacity", "Places", 0, 10_000, errors, missing: "Enter how many places it has (0 stops new referrals)");
        var sessions = WeeklySessions(errors);
        var location = Location(this, "where the placement is", errors);
        RiskLevel? risk = Trimmed(MaxRiskOfHarm) switch
        {
            null => null,
            var code when HubCodes.Parse<RiskLevel>(code) is { } level => level,
            _ => Refuse(errors, "maxRiskOfHarm", "Choose the highest risk of harm its supervision can manage from the list"),
        };
        var flags = Known(UnsuitableFor, RiskFlags, "unsuitableFor", "Choose risk flags from the list", errors);
        var skills = Known(Skills, SkillChoices, "skills", "Choose skills from the list", errors);
        var supervisor = Optional(Supervisor, "supervisor", ShortTextMaxLength, "Supervisor", errors);
        var meetingPoint = Optional(MeetingPoint, "meetingPoint", ShortTextMaxLength, "Meeting point", errors);
        var version = FormValues.Version(Version, placementId, "placement", "title", errors);
        if (errors.Any)
        {
            return (null, errors);
        }

        return (new PlacementInput
        {
            Id = placementId,
            Version = version,
            OrganisationId = organisationId,
            Title = title!,
            Kind = kind!,
            Description = description,
            Capacity = capacity!.Value,
            Sessions = sessions,
            Location = location!,
            WomenOnly = WomenOnly,
            ChildFacing = ChildFacing,
            MaxRiskOfHarm = risk,
            UnsuitableFor = flags,
            Skills = skills,
            Supervisor = supervisor,
            MeetingPoint = meetingPoint,
            Address = Address(this),
            Contact = Contact(this),
        }, errors);
    }

    /// <summary>The form field a hub refusal is about, or null for none on the form.</summary>
    public static string? FieldOf(string? hubField) => FormValues.FieldOf(hubField, FieldOrder);


    /// <summary>One session a line, like "Thu 09:30-15:30" (an en dash or spaces around the dash are tidied).</summary>
    private List<string> WeeklySessions(FieldErrors errors)
    {
        var lines = (Sessions ?? string.Empty).Split('\n')
            .Select(l => SpacedDash().Replace(l.Trim().Replace('–', '-'), "-"))
            .Where(l => l.Length > 0)
            .Distinct()
            .ToList();
        if (lines.Count > MaxSessions)
        {
            errors.Add("sessions", $"Enter at most {MaxSessions} weekly sessions");
        }
        else if (lines.FirstOrDefault(l => !Session().IsMatch(l)) is { } wrong)
        {
            errors.Add("sessions", $"Enter each session on its own line as a day and times, like Thu 09:30-15:30 (not \"{wrong}\")");
        }

        return lines;
    }

    private static List<string> Known(IEnumerable<string>? ticked, IReadOnlyList<(string Code, string Label)> known, string field, string message, FieldErrors errors)
    {
        var codes = Ticked(ticked);
        if (codes.Any(c => !known.Any(k => k.Code == c)))
        {
            errors.Add(field, message);
        }

        return codes;
    }

    private static RiskLevel? Refuse(FieldErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }

    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$")]
    private static partial Regex Session();

    [GeneratedRegex(@"\s*-\s*")]
    private static partial Regex SpacedDash();
}
