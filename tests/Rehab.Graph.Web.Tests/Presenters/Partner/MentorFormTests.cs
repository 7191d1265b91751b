using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Mentor = Rehab.Graph.Client.MentorEditPageResult.NodeData;

namespace Rehab.Graph.Web.Tests.Presenters.Partner;

public sealed class MentorFormTests
{
    private static MentorForm Valid() => new()
    {
        Version = "2",
        DisplayName = " E. Munteanu ",
        Gender = "NON_BINARY",
        Capacity = "3",
        LivedExperience = ["RELATIONSHIPS", "RELATIONSHIPS", " "],
        Languages = "EN, ro",
        Latitude = "53.74164",
        Longitude = "-0.31651",
        Bio = "Ex-warehouse supervisor.",
    };

    [Fact]
    public void A_change_becomes_the_whole_mentor_input_with_the_version_read()
    {
        var (input, errors) = Valid().Validate("org-0052", "mnt-0013");

        Assert.False(errors.Any);
        Assert.NotNull(input);
        Assert.Equal(("mnt-0013", 2, "org-0052"), (input.Id, input.Version, input.OrganisationId));
        Assert.Equal("E. Munteanu", input.DisplayName);
        Assert.Equal(Gender.NonBinary, input.Gender);
        Assert.Equal(3, input.Capacity);
        Assert.Equal(["RELATIONSHIPS"], input.LivedExperience!);
        Assert.Equal(["en", "ro"], input.Languages!);
        Assert.Equal(53.74164, input.Location.Latitude);
        Assert.Equal("Ex-warehouse supervisor.", input.Bio);
    }

    [Fact]
    public void A_new_mentor_has_no_id_or_version()
    {
        var (input, _) = Valid().Validate("org-0052", null);

        Assert.Null(input!.Id);
        Assert.Null(input.Version);
    }

    [Fact]
    public void Missing_and_malformed_fields_are_each_named_beside_their_field_in_page_order()
    {
        var form = new MentorForm { Version = "1", Gender = "OTHER", Capacity = "21", Languages = "english", Latitude = "x", Longitude = "-0.3", Bio = new string('b', 2001) };

        var (input, errors) = form.Validate("org-0052", "mnt-0013");

        Assert.Null(input);
        Assert.StartsWith("Enter the name the mentor is shown by", errors.For("displayName"));
        Assert.StartsWith("Choose the mentor's gender", errors.For("gender"));
        Assert.Equal("Mentees must be a whole number from 0 to 20", errors.For("capacity"));
        Assert.Equal("Enter languages as two-letter codes, like en, pl", errors.For("languages"));
        Assert.StartsWith("Latitude must be a number", errors.For("latitude"));
        Assert.Equal("About the mentor must be 2000 characters or fewer", errors.For("bio"));
        Assert.Equal(["#displayName", "#gender", "#capacity", "#languages", "#latitude", "#bio"], errors.Summary(MentorForm.FieldOrder).Select(e => e.Href));
    }

    [Theory]
    [InlineData("input.displayName", "displayName")]
    [InlineData("input.capacity", "capacity")]
    [InlineData("input.livedExperience", "livedExperience")]
    [InlineData("input.languages", "languages")]
    [InlineData("input.location.latitude", "latitude")]
    [InlineData("input.id", null)]
    public void The_hubs_refusal_lands_beside_its_field(string? hubField, string? field) =>
        Assert.Equal(field, MentorForm.FieldOf(hubField));

    [Fact]
    public void The_form_is_filled_with_the_mentor_as_stored()
    {
        var form = MentorForm.From(new Mentor
        {
            Typename = "Mentor", Id = "mnt-0013", DisplayName = "E. Munteanu", Gender = Gender.Male, Capacity = 3, SpareCapacity = 2, Version = 5,
            Languages = ["en", "ro"], LivedExperience = [new() { Code = "RELATIONSHIPS" }], Location = new() { Latitude = 53.74164, Longitude = -0.31651 },
        });

        Assert.Equal(("5", "MALE", "3", "en, ro"), (form.Version, form.Gender, form.Capacity, form.Languages));
        Assert.Equal(["RELATIONSHIPS"], form.LivedExperience);
        Assert.Equal("-0.31651", form.Longitude);
    }
}
