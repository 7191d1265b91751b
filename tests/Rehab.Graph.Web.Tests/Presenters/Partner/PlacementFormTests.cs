using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Placement = Rehab.Graph.Client.PlacementEditPageResult.NodeData;

namespace Rehab.Graph.Web.Tests.Presenters.Partner;

public sealed class PlacementFormTests
{
    private static PlacementForm Valid() => new()
    {
        Version = "3",
        Title = "  Theatre set building ",
        Kind = "UNPAID_WORK",
        Capacity = "4",
        Sessions = "Thu 10:00 – 16:00\r\n\r\nFri 10:00-16:00\nThu 10:00-16:00",
        Latitude = "53.741",
        Longitude = "-0.32718",
        MaxRiskOfHarm = "VERY_HIGH",
        UnsuitableFor = ["ARSON", "ARSON"],
        Skills = ["DIY", "ART"],
        Supervisor = "T. Fisher",
        MeetingPoint = "the workshop door",
        AddressLines = "15 High Street",
        Postcode = "HU1 6BP",
        ContactPhone = "07700 900017",
    };

    [Fact]
    public void A_change_becomes_the_whole_placement_input_with_the_version_read()
    {
        var (input, errors) = Valid().Validate("org-0052", "plc-0033");

        Assert.False(errors.Any);
        Assert.NotNull(input);
        Assert.Equal(("plc-0033", 3, "org-0052"), (input.Id, input.Version, input.OrganisationId));
        Assert.Equal("Theatre set building", input.Title);
        Assert.Equal("UNPAID_WORK", input.Kind);
        Assert.Equal(4, input.Capacity);
        Assert.Equal(["Thu 10:00-16:00", "Fri 10:00-16:00"], input.Sessions!);
        Assert.Equal((53.741, -0.32718), (input.Location.Latitude, input.Location.Longitude));
        Assert.Equal(RiskLevel.VeryHigh, input.MaxRiskOfHarm);
        Assert.Equal(["ARSON"], input.UnsuitableFor!);
        Assert.Equal(["DIY", "ART"], input.Skills!);
        Assert.Equal("the workshop door", input.MeetingPoint);
        Assert.Equal(["15 High Street"], input.Address!.Lines!);
        Assert.Equal("07700 900017", input.Contact!.Phone);
        Assert.Null(input.Contact.Email);
    }

    [Fact]
    public void A_new_placement_has_no_id_or_version_and_without_a_risk_level_leaves_the_hubs_default()
    {
        var form = Valid();
        form.MaxRiskOfHarm = "";
        form.AddressLines = form.Postcode = form.ContactPhone = null;

        var (input, _) = form.Validate("org-0052", null);

        Assert.Null(input!.Id);
        Assert.Null(input.Version);
        Assert.Null(input.MaxRiskOfHarm);
        Assert.Null(input.Address);
        Assert.Null(input.Contact);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("-NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("∞")]
    public void A_place_that_is_not_a_finite_number_is_refused_beside_its_field(string latitude)
    {
        var form = Valid();
        form.Latitude = latitude;

        var (input, errors) = form.Validate("org-0052", "plc-0033");

        Assert.Null(input);
        Assert.Equal("Latitude must be a number from -90 to 90, like 53.7446", errors.For("latitude"));
    }

    [Fact]
    public void Missing_and_malformed_fields_are_each_named_beside_their_field_in_page_order()
    {
        var form = new PlacementForm
        {
            Version = "1", Kind = "PICNIC", Capacity = "lots", Sessions = "Thursday mornings", Latitude = "53.7", Longitude = "200",
            MaxRiskOfHarm = "EXTREME", Skills = ["JUGGLING"], Supervisor = new string('x', 201),
        };

        var (input, errors) = form.Validate("org-0052", "plc-0033");

        Assert.Null(input);
        Assert.Equal("Enter the placement's title", errors.For("title"));
        Assert.Equal("Choose what kind of placement it is", errors.For("kind"));
        Assert.Equal("Places must be a whole number from 0 to 10000", errors.For("capacity"));
        Assert.Equal("Enter each session on its own line as a day and times, like Thu 09:30-15:30 (not \"Thursday mornings\")", errors.For("sessions"));
        Assert.Equal("Longitude must be a number from -180 to 180, like -0.3352", errors.For("longitude"));
        Assert.Equal("Choose the highest risk of harm its supervision can manage from the list", errors.For("maxRiskOfHarm"));
        Assert.Equal("Choose skills from the list", errors.For("skills"));
        Assert.Equal("Supervisor must be 200 characters or fewer", errors.For("supervisor"));
        Assert.Equal(
            ["#title", "#kind", "#capacity", "#sessions", "#longitude", "#maxRiskOfHarm", "#skills", "#supervisor"],
            errors.Summary(PlacementForm.FieldOrder).Select(e => e.Href));
    }

    [Fact]
    public void Places_and_the_place_are_required()
    {
        var form = Valid();
        form.Capacity = " ";
        form.Latitude = null;

        var (_, errors) = form.Validate("org-0052", null);

        Assert.Equal("Enter how many places it has (0 stops new referrals)", errors.For("capacity"));
        Assert.Equal("Enter the latitude of where the placement is", errors.For("latitude"));
    }

    [Fact]
    public void More_than_fourteen_sessions_are_refused()
    {
        var form = Valid();
        form.Sessions = string.Join("\n", Enumerable.Range(0, 15).Select(h => $"Mon {h:00}:00-{h:00}:30"));

        Assert.Equal("Enter at most 14 weekly sessions", form.Validate("org-0052", null).Errors.For("sessions"));
    }

    [Fact]
    public void A_change_without_the_version_read_is_not_sent()
    {
        var form = Valid();
        form.Version = "";

        var (input, errors) = form.Validate("org-0052", "plc-0033");

        Assert.Null(input);
        Assert.Contains("version", errors.For("title"));
    }

    [Theory]
    [InlineData("input.title", "title")]
    [InlineData("input.sessions", "sessions")]
    [InlineData("input.location.longitude", "longitude")]
    [InlineData("input.contact.email", "contactEmail")]
    [InlineData("input.address.postcode", "postcode")]
    [InlineData("input.meetingPoint", "meetingPoint")]
    [InlineData("input.capacity", "capacity")]
    [InlineData("input.organisationId", null)]
    [InlineData(null, null)]
    public void The_hubs_refusal_lands_beside_its_field(string? hubField, string? field) =>
        Assert.Equal(field, PlacementForm.FieldOf(hubField));

    [Fact]
    public void The_form_is_filled_with_the_placement_as_stored()
    {
        var form = PlacementForm.From(new Placement
        {
            Typename = "Placement", Id = "plc-0033", Title = "Theatre set building", Kind = "UNPAID_WORK", Capacity = 4, Filled = 1, Version = 7,
            Location = new() { Latitude = 53.741, Longitude = -0.32718 }, MaxRiskOfHarm = RiskLevel.Medium, Sessions = ["Thu 10:00-16:00", "Fri 10:00-16:00"],
            Skills = ["ART"], UnsuitableFor = [], ChildFacing = true, Address = new() { Lines = ["15 High Street"], Town = "Hull", Postcode = "HU1 6BP" },
            Contact = new() { Name = "T. Fisher" },
        });

        Assert.Equal("7", form.Version);
        Assert.Equal("4", form.Capacity);
        Assert.Equal("MEDIUM", form.MaxRiskOfHarm);
        Assert.Equal($"Thu 10:00-16:00{Environment.NewLine}Fri 10:00-16:00", form.Sessions);
        Assert.Equal("53.741", form.Latitude);
        Assert.True(form.ChildFacing);
        Assert.Equal(["ART"], form.Skills);
        Assert.Equal("T. Fisher", form.ContactName);
        Assert.Equal("HU1 6BP", form.Postcode);
    }
}
