using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Projects;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Transitions;

/// <summary>
/// A transition as the offender manager plans it: what kind; for a release or a new home, where they will live (a town or
/// area of the region, as the start-a-project form takes a place, and the postcode district, which the hub keeps); for a
/// handover, who takes them over, from a list narrowed by delivery unit (their own unless they choose another) and part of
/// a name, since a national hub has more offender managers than one select can hold; the day (today when left blank, within a year either side); and a note for whoever
/// reads their record next. A release and a new home each have their own place and district, since both sit in the
/// radios' conditional reveals and a browser sends every field, revealed or not. Kept as typed (JSON, in TempData) for
/// the check page and Change; what is worked out from it is not kept.
/// </summary>
public sealed partial class TransitionForm
{
    public const int NoteMaxLength = 2000;

    /// <summary>The hub takes a day this many days either side of today.</summary>
    public const int DaysEitherSide = 366;

    /// <summary>The hub's longest name search (<c>colleagues(search:)</c>).</summary>
    public const int SearchMaxLength = 100;

    /// <summary>The hub's longest delivery unit (<c>colleagues(deliveryUnit:)</c>).</summary>
    public const int UnitMaxLength = 100;

    public string? Kind { get; set; }
    public string? ReleasePlace { get; set; }
    public string? ReleaseDistrict { get; set; }
    public string? NewHomePlace { get; set; }
    public string? NewHomeDistrict { get; set; }
    public string? Practitioner { get; set; }

    /// <summary>The delivery unit the handover's colleagues are listed from: null for the offender manager's own, empty for every unit.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Unit { get; set; }

    /// <summary>Part of the name of the colleague they look for; blank for anyone.</summary>
    public string? Search { get; set; }

    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }
    public string? Note { get; set; }

    public static class Fields
    {
        public const string Kind = "kind";
        public const string ReleasePlace = "releasePlace";
        public const string ReleaseDistrict = "releaseDistrict";
        public const string NewHomePlace = "newHomePlace";
        public const string NewHomeDistrict = "newHomeDistrict";
        public const string Practitioner = "practitioner";
        public const string Unit = "unit";
        public const string Search = "search";
        public const string On = "on";
        public const string Note = "note";
    }

    public static IReadOnlyList<string> FieldOrder { get; } =
        [Fields.Kind, Fields.ReleasePlace, Fields.ReleaseDistrict, Fields.NewHomePlace, Fields.NewHomeDistrict, Fields.Unit, Fields.Search, Fields.Practitioner, Fields.On, Fields.Note];

    /// <summary>The kind chosen, or null for none or one the hub does not have.</summary>
    [JsonIgnore]
    public TransitionKind? ChosenKind => HubCodes.Parse<TransitionKind>(Kind);

    [JsonIgnore]
    public bool Moves => ChosenKind is TransitionKind.Release or TransitionKind.NewHome;

    /// <summary>The place and district fields of the kind chosen (a release's or a new home's).</summary>
    [JsonIgnore]
    public (string Place, string District) HomeFields => ChosenKind == TransitionKind.Release
        ? (Fields.ReleasePlace, Fields.ReleaseDistrict)
        : (Fields.NewHomePlace, Fields.NewHomeDistrict);

    [JsonIgnore]
    public string? Place => ChosenKind == TransitionKind.Release ? ReleasePlace : NewHomePlace;

    /// <summary>The district as the hub keeps it (capitals), as typed when it is not one.</summary>
    [JsonIgnore]
    public string? District => FormValues.Trimmed(ChosenKind == TransitionKind.Release ? ReleaseDistrict : NewHomeDistrict)?.ToUpperInvariant();

    /// <summary>
    /// Whom to list for a handover: the unit chosen (<paramref name="yours"/> when none is, every unit when it is empty, or
    /// when they have none) and the name searched for. A unit not in <paramref name="units"/> or too long a search is an
    /// error beside it, and the list is as if it had not been given.
    /// </summary>
    public ColleagueFilter FilterColleagues(IReadOnlyCollection<string> units, string? yours, FieldErrors errors)
    {
        var search = FormValues.Trimmed(Search);
        if (search is { Length: > SearchMaxLength })
        {
            errors.Add(Fields.Search, $"Search must be {SearchMaxLength} characters or fewer");
            search = null;
        }

        var unit = Unit switch
        {
            null => yours,
            "" => null,
            _ when units.Contains(Unit) => Unit,
            _ => null,
        };
        if (Unit is { Length: > 0 } && unit is null)
        {
            errors.Add(Fields.Unit, "Select a delivery unit from the list");
            unit = yours;
        }

        return new ColleagueFilter(unit, search);
    }

    /// <summary>The hub's input for this transition, or the errors that stop it being sent.</summary>
    public (TransitionInput? Input, FieldErrors Errors) Validate(string personId, DateOnly today)
    {
        var errors = new FieldErrors();
        var kind = ChosenKind;
        if (kind is null)
        {
            errors.Add(Fields.Kind, "Select what kind of transition it is");
        }

        GeoPointInput? home = null;
        string? district = null;
        if (Moves)
        {
            (home, district) = NewHome(errors);
        }

        string? practitioner = null;
        if (kind == TransitionKind.OffenderManagerChange)
        {
            practitioner = FormValues.Trimmed(Practitioner);
            if (practitioner is null)
            {
                errors.Add(Fields.Practitioner, "Select the offender manager who is taking them over");
            }
            else if (!PractitionerId().IsMatch(practitioner))
            {
                errors.Add(Fields.Practitioner, "Select an offender manager from the list");
                practitioner = null;
            }
        }

        var on = On(today, errors);
        var note = FormValues.Optional(Note, Fields.Note, NoteMaxLength, "Note", errors);
        if (errors.Any)
        {
            return (null, errors);
        }

        return (new TransitionInput
        {
            PersonId = personId,
            Kind = kind!.Value,
            On = on,
            Home = home,
            PostcodeDistrict = district,
            PractitionerId = practitioner,
            Note = note,
        }, errors);
    }

    /// <summary>The same transition as the hub records it, at the person's version as the check page read it.</summary>
    public static RecordTransitionInput Recording(TransitionInput checkedInput, int version) => new()
    {
        PersonId = checkedInput.PersonId,
        Kind = checkedInput.Kind,
        On = checkedInput.On,
        Home = checkedInput.Home,
        PostcodeDistrict = checkedInput.PostcodeDistrict,
        PractitionerId = checkedInput.PractitionerId,
        Note = checkedInput.Note,
        Version = version,
    };

    /// <summary>
    /// The field a hub refusal (<c>input.home.latitude</c>) is about, or null for none on the form: the new home's place or
    /// district is the one of the kind chosen; a refusal of the kind (no birth year to check the move to adult services
    /// against) is shown at the kind.
    /// </summary>
    public string? FieldOf(string? hubField) => HubFields.Top(hubField) switch
    {
        "home" => HomeFields.Place,
        "postcodeDistrict" => HomeFields.District,
        "practitionerId" => Fields.Practitioner,
        "on" => Fields.On,
        "note" => Fields.Note,
        "kind" => Fields.Kind,
        _ => null,
    };

    /// <summary>The words for a hub refusal beside <paramref name="field"/>: its own, but where it names the API.</summary>
    public string RefusalMessage(string? field, string hubMessage, bool notFound) => field switch
    {
        Fields.Practitioner when notFound => "That offender manager is no longer on the hub. Select another",
        Fields.Kind when ChosenKind == TransitionKind.YouthToAdult => "Their year of birth is not recorded, so the move to adult services cannot be checked. Ask your admin to add it",
        _ => hubMessage,
    };

    private (GeoPointInput? Home, string? District) NewHome(FieldErrors errors)
    {
        var (placeField, districtField) = HomeFields;
        var place = ProjectChoices.Places.FirstOrDefault(p => p.Name == FormValues.Trimmed(Place));
        if (place is null)
        {
            errors.Add(placeField, "Select the town or area where they will live");
        }

        var district = District;
        if (district is null)
        {
            errors.Add(districtField, "Enter the postcode district of their new home, like HU19");
        }
        else if (!PostcodeDistrict().IsMatch(district))
        {
            errors.Add(districtField, district.Contains(' ', StringComparison.Ordinal)
                ? "Enter the first part of the postcode only, like HU19"
                : "Enter a postcode district, like HU19");
            district = null;
        }

        return (place is null ? null : new GeoPointInput { Latitude = place.Latitude, Longitude = place.Longitude }, district);
    }

    private DateOnly? On(DateOnly today, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year))
        {
            return null;
        }

        if (!TryDate(out var date))
        {
            errors.Add(Fields.On, $"The date must be a real date, like {today.AddMonths(1).ToString("d M yyyy", CultureInfo.InvariantCulture)}");
            return null;
        }

        if (Math.Abs(date.DayNumber - today.DayNumber) > DaysEitherSide)
        {
            errors.Add(Fields.On, "The date must be within a year of today, before or after");
            return null;
        }

        return date;
    }

    private bool TryDate(out DateOnly date)
    {
        date = default;
        if (!int.TryParse(Day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 2000 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The outward part of a UK postcode: one or two letters, a digit, and a letter or digit (HU1, HU19, EC1A).</summary>
    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?$", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeDistrict();

    /// <summary>The hub's practitioner ids (<c>prc-07</c>); anything else names no one, and is not sent.</summary>
    [GeneratedRegex("^prc-[A-Za-z0-9_-]{1,76}$", RegexOptions.CultureInvariant)]
    private static partial Regex PractitionerId();
}

/// <summary>Whom a handover's select lists: those in <paramref name="DeliveryUnit"/> (every unit when null) whose name contains <paramref name="Search"/>.</summary>
public sealed record ColleagueFilter(string? DeliveryUnit, string? Search);
