using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.ImmediateJustice;

namespace Rehab.Graph.Web.Tests.Presenters.ImmediateJustice;

public sealed class ReferFormTests
{
    /// <summary>Referring in 2026, so a person must have been born in 2016 or earlier.</summary>
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.Zero));

    private static ReferForm Valid() => new()
    {
        DisplayName = " J. Smith ",
        Gender = "MALE",
        BirthYear = "1990",
        Latitude = "53.7846",
        Longitude = "-0.3903",
        Languages = "EN, pl",
        Email = "j.smith@example.org",
        Phone = "07700900123",
        PostalAddress = "1 High Street, Hull",
        OffenceSummary = "Criminal damage to a bus shelter",
        Hours = "6",
        ReferrerEmail = "ooc@police.example",
    };

    private static string? ErrorOf(ReferForm form, string field) => form.Validate(Clock).Errors.For(field);

    [Fact]
    public void A_complete_form_is_the_hubs_input_trimmed()
    {
        var (input, errors) = Valid().Validate(Clock);

        Assert.False(errors.Any);
        Assert.NotNull(input);
        Assert.Equal("J. Smith", input.DisplayName);
        Assert.Equal(Gender.Male, input.Gender);
        Assert.Equal(1990, input.BirthYear);
        Assert.Equal(53.7846, input.Home.Latitude);
        Assert.Equal(-0.3903, input.Home.Longitude);
        Assert.Equal(["en", "pl"], input.Languages);
        Assert.Equal("07700900123", input.Phone);
        Assert.Equal(6, input.Hours);
        Assert.Equal("ooc@police.example", input.ReferrerEmail);
    }

    [Fact]
    public void An_empty_form_asks_for_every_required_field_in_page_order()
    {
        var (input, errors) = new ReferForm().Validate(Clock);

        Assert.Null(input);
        Assert.Equal(
            ["#displayName", "#gender", "#latitude", "#longitude", "#email", "#offenceSummary", "#hours", "#referrerEmail"],
            errors.Summary(ReferForm.FieldOrder).Select(e => e.Href));
        Assert.Equal("Enter the person's name", errors.For("displayName"));
        Assert.Equal("Select the person's gender", errors.For("gender"));
        Assert.Equal("Enter the latitude of the person's home", errors.For("latitude"));
        Assert.Equal("Enter at least one way to reach the person: email, mobile or postal address", errors.For("email"));
        Assert.Equal("Enter a summary of the offence", errors.For("offenceSummary"));
        Assert.Equal("Enter the hours of reparation", errors.For("hours"));
        Assert.Equal("Enter the email address to send the completion to", errors.For("referrerEmail"));
    }

    [Fact]
    public void Blank_fields_count_as_empty()
    {
        var form = Valid();
        form.DisplayName = "   ";
        form.OffenceSummary = "\t";

        Assert.Equal("Enter the person's name", ErrorOf(form, "displayName"));
        Assert.Equal("Enter a summary of the offence", ErrorOf(form, "offenceSummary"));
    }

    [Fact]
    public void Any_one_way_to_reach_the_person_is_enough()
    {
        foreach (var only in new[] { "email", "phone", "postalAddress" })
        {
            var form = Valid();
            form.Email = only == "email" ? form.Email : null;
            form.Phone = only == "phone" ? form.Phone : " ";
            form.PostalAddress = only == "postalAddress" ? form.PostalAddress : null;
            Assert.False(form.Validate(Clock).Errors.Any, only);
        }
    }

    [Theory]
    [InlineData("displayName", 100, "Name must be 100 characters or fewer")]
    [InlineData("offenceSummary", 1000, "Offence summary must be 1000 characters or fewer")]
    [InlineData("postalAddress", 200, "Postal address must be 200 characters or fewer")]
    public void Text_has_the_hubs_length_limits(string field, int limit, string message)
    {
        var atLimit = Valid();
        var over = Valid();
        var property = typeof(ReferForm).GetProperty(char.ToUpperInvariant(field[0]) + field[1..])!;
        property.SetValue(atLimit, new string('a', limit));
        property.SetValue(over, new string('a', limit + 1));

        Assert.Null(ErrorOf(atLimit, field));
        Assert.Equal(message, ErrorOf(over, field));
    }

    [Fact]
    public void A_megabyte_in_every_field_is_a_set_of_errors_not_a_failure()
    {
        var huge = new string('9', 1_000_000);
        var form = new ReferForm
        {
            DisplayName = huge, Gender = huge, BirthYear = huge, Latitude = huge, Longitude = huge, Languages = huge, Email = huge,
            Phone = huge, PostalAddress = huge, OffenceSummary = huge, Hours = huge, ReferrerEmail = huge,
        };

        var (input, errors) = form.Validate(Clock);

        Assert.Null(input);
        Assert.Equal(ReferForm.FieldOrder, errors.Summary(ReferForm.FieldOrder).Select(e => e.Href[1..]));
    }

    [Theory]
    [InlineData("female")]
    [InlineData("Female")]
    [InlineData("UNKNOWN")]
    [InlineData("0")]
    [InlineData("FEMALE,MALE")]
    public void Gender_is_one_of_the_radios_values_exactly(string gender)
    {
        var form = Valid();
        form.Gender = gender;

        Assert.Equal("Select the person's gender", ErrorOf(form, "gender"));
    }

    [Theory]
    [InlineData("FEMALE", Gender.Female)]
    [InlineData("MALE", Gender.Male)]
    [InlineData("NON_BINARY", Gender.NonBinary)]
    [InlineData("NOT_STATED", Gender.NotStated)]
    public void Each_radio_is_a_gender_the_hub_knows(string value, Gender gender)
    {
        var form = Valid();
        form.Gender = value;

        Assert.Equal(gender, form.Validate(Clock).Input!.Gender);
        Assert.Contains(ReferForm.Genders, g => g.Code == value);
    }

    [Theory]
    [InlineData("1900", null)]
    [InlineData("2016", null)]
    [InlineData(" 1990 ", null)]
    [InlineData("2017", "Year of birth must be 2016 or earlier: the person must be 10 or older")]
    [InlineData("2026", "Year of birth must be 2016 or earlier: the person must be 10 or older")]
    [InlineData("2027", "Year of birth must be in the past")]
    [InlineData("3000", "Year of birth must be in the past")]
    [InlineData("1899", "Year of birth must be 1900 or later")]
    [InlineData("0", "Year of birth must be 1900 or later")]
    [InlineData("-1990", "Year of birth must be a year, like 1990")]
    [InlineData("1990.0", "Year of birth must be a year, like 1990")]
    [InlineData("'90", "Year of birth must be a year, like 1990")]
    [InlineData("99999999999", "Year of birth must be a year, like 1990")]
    public void A_year_of_birth_is_optional_and_past_and_the_person_at_least_10(string year, string? message)
    {
        var form = Valid();
        form.BirthYear = year;

        Assert.Equal(message, ErrorOf(form, "birthYear"));
    }

    [Fact]
    public void Which_years_of_birth_are_allowed_moves_with_the_clock_not_the_machine()
    {
        var form = Valid();
        form.BirthYear = "2017";

        Assert.NotNull(form.Validate(Clock).Errors.For("birthYear"));
        Assert.Null(form.Validate(new FixedClock(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero))).Errors.For("birthYear"));
    }

    [Theory]
    [InlineData("90", null)]
    [InlineData("-90", null)]
    [InlineData("90.0001", "Latitude must be a number from -90 to 90, like 53.7846")]
    [InlineData("NaN", "Latitude must be a number from -90 to 90, like 53.7846")]
    [InlineData("Infinity", "Latitude must be a number from -90 to 90, like 53.7846")]
    [InlineData("-∞", "Latitude must be a number from -90 to 90, like 53.7846")]
    [InlineData("5e1", "Latitude must be a number from -90 to 90, like 53.7846")]
    [InlineData("53,78", "Latitude must be a number from -90 to 90, like 53.7846")]
    [InlineData("north", "Latitude must be a number from -90 to 90, like 53.7846")]
    public void The_homes_latitude_is_a_plain_decimal_on_the_globe(string latitude, string? message)
    {
        var form = Valid();
        form.Latitude = latitude;

        Assert.Equal(message, ErrorOf(form, "latitude"));
    }

    [Theory]
    [InlineData("180", null)]
    [InlineData("-180.5", "Longitude must be a number from -180 to 180, like -0.3903")]
    [InlineData("nan", "Longitude must be a number from -180 to 180, like -0.3903")]
    public void The_homes_longitude_is_a_plain_decimal_on_the_globe(string longitude, string? message)
    {
        var form = Valid();
        form.Longitude = longitude;

        Assert.Equal(message, ErrorOf(form, "longitude"));
    }

    [Theory]
    [InlineData("0", "Hours must be a whole number from 1 to 40")]
    [InlineData("41", "Hours must be a whole number from 1 to 40")]
    [InlineData("-1", "Hours must be a whole number from 1 to 40")]
    [InlineData("+5", "Hours must be a whole number from 1 to 40")]
    [InlineData("2.5", "Hours must be a whole number from 1 to 40")]
    [InlineData("99999999999999999999", "Hours must be a whole number from 1 to 40")]
    [InlineData("six", "Hours must be a whole number from 1 to 40")]
    [InlineData(" 40 ", null)]
    [InlineData("1", null)]
    public void Hours_are_whole_from_1_to_40(string hours, string? message)
    {
        var form = Valid();
        form.Hours = hours;

        Assert.Equal(message, ErrorOf(form, "hours"));
    }

    [Theory]
    [InlineData("name@example.org", null)]
    [InlineData("name", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("name@", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("@example.org", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("a@b@example.org", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("j smith@example.org", "Enter an email address in the correct format, like name@example.com")]
    public void The_persons_email_has_the_hubs_shape(string email, string? message)
    {
        var form = Valid();
        form.Email = email;

        Assert.Equal(message, ErrorOf(form, "email"));
    }

    [Fact]
    public void An_email_address_is_at_most_200_characters()
    {
        var form = Valid();
        form.Email = new string('a', 189) + "@example.org";
        form.ReferrerEmail = form.Email;

        Assert.Equal("Email address must be 200 characters or fewer", ErrorOf(form, "email"));
        Assert.Equal("Email address must be 200 characters or fewer", ErrorOf(form, "referrerEmail"));
    }

    [Theory]
    [InlineData("ooc@police.example", null)]
    [InlineData("the duty desk", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("@police.example", "Enter an email address in the correct format, like name@example.com")]
    public void The_referrers_email_has_the_hubs_shape(string email, string? message)
    {
        var form = Valid();
        form.ReferrerEmail = email;

        Assert.Equal(message, ErrorOf(form, "referrerEmail"));
    }

    [Theory]
    [InlineData("07700 900123", "07700900123")]
    [InlineData("07700-900-123", "07700900123")]
    [InlineData("+44 7700 900123", "+447700900123")]
    [InlineData("(07700) 900123", "07700900123")]
    public void A_mobile_number_may_be_written_with_spaces_as_the_hint_shows(string phone, string sent)
    {
        var form = Valid();
        form.Phone = phone;

        Assert.Equal(sent, form.Validate(Clock).Input!.Phone);
    }

    [Theory]
    [InlineData("0770090")]
    [InlineData("07700 900123 ext 4")]
    [InlineData("07700900123456789")]
    [InlineData("++447700900123")]
    [InlineData("07700+900123")]
    public void A_mobile_number_is_10_to_16_digits(string phone)
    {
        var form = Valid();
        form.Phone = phone;

        Assert.Equal("Enter a mobile number in the correct format, like 07700 900123", ErrorOf(form, "phone"));
    }

    [Theory]
    [InlineData("en", new[] { "en" })]
    [InlineData("EN; pl  ro", new[] { "en", "pl", "ro" })]
    [InlineData("en, en", new[] { "en" })]
    public void Languages_are_two_letter_codes_in_any_case_and_separator(string languages, string[] sent)
    {
        var form = Valid();
        form.Languages = languages;

        Assert.Equal(sent, form.Validate(Clock).Input!.Languages);
    }

    [Theory]
    [InlineData("english")]
    [InlineData("e")]
    [InlineData("en, p1")]
    [InlineData("é")]
    public void Anything_but_two_letter_codes_is_refused_here_not_by_the_hub(string languages)
    {
        var form = Valid();
        form.Languages = languages;

        Assert.Equal("Enter languages as two-letter codes, like en, pl", ErrorOf(form, "languages"));
    }

    [Theory]
    [InlineData("input.displayName", "displayName")]
    [InlineData("input.home.latitude", "latitude")]
    [InlineData("input.home.longitude", "longitude")]
    [InlineData("input.home", "latitude")]
    [InlineData("input.languages[0]", "languages")]
    [InlineData("input.phone", "phone")]
    [InlineData("input.referrerEmail", "referrerEmail")]
    [InlineData("input.somethingNew", "displayName")]
    [InlineData("input", "displayName")]
    [InlineData(null, "displayName")]
    public void The_hubs_refusals_go_beside_their_field(string? hubField, string field)
    {
        Assert.Equal(field, ReferForm.FieldOf(hubField));
    }
}
