using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Tests.Presenters.Partner;

public sealed class ServiceFormTests
{
    private static ServiceForm Valid() => new()
    {
        Version = "4",
        Name = "  Drama Club ",
        Needs = ["ATTITUDES_THINKING_BEHAVIOUR", "ATTITUDES_THINKING_BEHAVIOUR"],
        Latitude = "53.7446",
        Longitude = "-0.3352",
        MinAge = "18",
        Languages = "EN, pl",
        UnsuitableFor = "arson",
        AddressLines = "Unit 3\r\n\r\n44 Humber Street",
        Postcode = "HU1 1TU",
        ContactEmail = "club@example.org",
    };

    [Fact]
    public void A_change_becomes_the_whole_service_input_with_the_version_read()
    {
        var (input, errors) = Valid().Validate("org-0052", "svc-0121");

        Assert.False(errors.Any);
        Assert.NotNull(input);
        Assert.Equal("svc-0121", input.Id);
        Assert.Equal(4, input.Version);
        Assert.Equal("org-0052", input.OrganisationId);
        Assert.Equal("Drama Club", input.Name);
        Assert.Equal(["ATTITUDES_THINKING_BEHAVIOUR"], input.Needs);
        Assert.Equal(53.7446, input.Location!.Latitude);
        Assert.Equal(18, input.MinAge);
        Assert.Null(input.MaxAge);
        Assert.Equal(["en", "pl"], input.Languages!);
        Assert.Equal(["ARSON"], input.UnsuitableFor!);
        Assert.Equal(["Unit 3", "44 Humber Street"], input.Address!.Lines!);
        Assert.Equal("club@example.org", input.Contact!.Email);
        Assert.Null(input.Contact.Phone);
    }

    [Fact]
    public void A_new_service_has_no_id_or_version_and_an_online_one_no_location()
    {
        var form = Valid();
        form.Online = true;
        form.Latitude = form.Longitude = null;

        var (input, _) = form.Validate("org-0052", null);

        Assert.Null(input!.Id);
        Assert.Null(input.Version);
        Assert.Null(input.Location);
        Assert.True(input.Online);
    }

    [Fact]
    public void Missing_and_malformed_fields_are_each_named_beside_their_field_in_page_order()
    {
        var form = new ServiceForm { Version = "1", Name = new string('x', 201), Latitude = "north", MinAge = "30", MaxAge = "20", Capacity = "-1", ReferralRoute = "POST" };

        var (input, errors) = form.Validate("org-0052", "svc-0121");

        Assert.Null(input);
        Assert.Equal("Name must be 200 characters or fewer", errors.For("name"));
        Assert.Equal("Select at least one need the service addresses", errors.For("needs"));
        Assert.StartsWith("Latitude must be a number", errors.For("latitude"));
        Assert.StartsWith("Enter the longitude", errors.For("longitude"));
        Assert.Equal("Maximum age must be the same as or more than the minimum age", errors.For("maxAge"));
        Assert.Equal("Capacity must be a whole number from 0 to 10000", errors.For("capacity"));
        Assert.Equal("Choose how people are referred from the list", errors.For("referralRoute"));
        Assert.Equal(["#name", "#needs", "#latitude", "#longitude", "#maxAge", "#capacity", "#referralRoute"], errors.Summary(ServiceForm.FieldOrder).Select(e => e.Href));
    }

    [Fact]
    public void A_change_without_the_version_read_is_not_sent()
    {
        var form = Valid();
        form.Version = "<script>";

        var (input, errors) = form.Validate("org-0052", "svc-0121");

        Assert.Null(input);
        Assert.Contains("version", errors.For("name"));
    }

    [Theory]
    [InlineData("input.name", "name")]
    [InlineData("input.needs", "needs")]
    [InlineData("input.needs[0]", "needs")]
    [InlineData("input.location", "latitude")]
    [InlineData("input.location.longitude", "longitude")]
    [InlineData("input.address.lines", "addressLines")]
    [InlineData("input.address.postcode", "postcode")]
    [InlineData("input.contact.email", "contactEmail")]
    [InlineData("input.contact.url", "contactUrl")]
    [InlineData("input.openingTimes", "openingTimes")]
    [InlineData("input.organisationId", null)]
    [InlineData(null, null)]
    public void The_hubs_field_names_map_to_the_forms_fields(string? hubField, string? field) => Assert.Equal(field, ServiceForm.FieldOf(hubField));

    [Fact]
    public void The_form_is_filled_from_the_service_as_stored()
    {
        var form = ServiceForm.From(new ServiceEditPageResult.NodeData
        {
            Typename = "Service",
            Id = "svc-0121",
            Name = "Thinking Through Drama",
            Version = 7,
            Online = false,
            Location = new() { Latitude = 53.74, Longitude = -0.33 },
            Needs = [new() { Code = "RELATIONSHIPS" }],
            Languages = ["en", "pl"],
            Address = new() { Lines = ["1 Dock Street", "Hull"], Town = null, Postcode = "HU1 1AA" },
            MaxAge = 25,
            ByAndFor = ["WOMEN"],
        });

        Assert.Equal("7", form.Version);
        Assert.Equal(["RELATIONSHIPS"], form.Needs);
        Assert.Equal("53.74", form.Latitude);
        Assert.Equal("en, pl", form.Languages);
        Assert.Equal($"1 Dock Street{Environment.NewLine}Hull", form.AddressLines);
        Assert.Equal("25", form.MaxAge);
        Assert.Equal(["WOMEN"], form.ByAndFor);
    }

    [Fact]
    public void None_ticked_is_a_service_open_to_all_alike_and_ticked_communities_go_once_each_in_the_hubs_order()
    {
        var (open, _) = Valid().Validate("org-0052", "svc-0121");
        Assert.Empty(open!.ByAndFor!);

        var form = Valid();
        form.ByAndFor = ["YOUNG_ADULTS", " WOMEN ", "YOUNG_ADULTS", ""];
        var (input, errors) = form.Validate("org-0052", "svc-0121");

        Assert.False(errors.Any);
        Assert.Equal(["WOMEN", "YOUNG_ADULTS"], input!.ByAndFor!);
    }

    [Theory]
    [InlineData("EVERYONE")]
    [InlineData("women")]
    [InlineData("WOMEN<script>")]
    public void A_community_not_on_the_list_is_an_error_beside_the_boxes_and_nothing_is_sent(string code)
    {
        var form = Valid();
        form.ByAndFor = ["WOMEN", code];

        var (input, errors) = form.Validate("org-0052", "svc-0121");

        Assert.Null(input);
        Assert.Equal("Choose communities from the list", errors.For("byAndFor"));
        Assert.Equal([new ErrorLink("Choose communities from the list", "#byAndFor")], errors.Summary(ServiceForm.FieldOrder));
    }

    [Fact]
    public void The_form_offers_a_box_per_community_in_plain_words_ticked_as_the_service_is()
    {
        var form = Valid();
        form.ByAndFor = ["LGBTQ_PLUS"];

        var boxes = new ServiceEditPresenter("svc-0121", form, [("RELATIONSHIPS", "Relationships")], new FieldErrors(), null).ByAndFor;

        Assert.Equal("Who is the service run by and for?", boxes.Legend);
        Assert.Equal("Leave all unticked if it is open to all alike", boxes.Hint);
        Assert.Equal(
            ["Women", "Minority ethnic communities", "Older people", "Disabled people", "Young adults", "LGBT+"],
            boxes.Choices.Select(c => c.Label));
        Assert.Equal(["LGBTQ_PLUS"], boxes.Choices.Where(c => c.Checked).Select(c => c.Code));
    }
}
