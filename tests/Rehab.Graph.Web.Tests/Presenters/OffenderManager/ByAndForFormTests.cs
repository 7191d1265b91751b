using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Tests.Presenters.OffenderManager;

public sealed class ByAndForFormTests
{
    [Fact]
    public void None_ticked_is_no_preference_sent_as_an_empty_list_at_the_version_read()
    {
        var (codes, version, errors) = new ByAndForForm("3", []).Validate();

        Assert.False(errors.Any);
        Assert.Empty(codes);
        Assert.Equal(3, version);
    }

    [Fact]
    public void Ticked_communities_go_once_each_in_the_hubs_order()
    {
        var (codes, _, errors) = new ByAndForForm("0", ["OLDER_PEOPLE", "WOMEN", "OLDER_PEOPLE"]).Validate();

        Assert.False(errors.Any);
        Assert.Equal(["WOMEN", "OLDER_PEOPLE"], codes);
    }

    [Theory]
    [InlineData("EVERYONE")]
    [InlineData("Women")]
    public void A_community_not_on_the_list_is_an_error_beside_the_boxes(string code)
    {
        var (codes, _, errors) = new ByAndForForm("0", ["WOMEN", code]).Validate();

        Assert.Empty(codes);
        Assert.Equal([new ErrorLink("Choose communities from the list", "#byAndFor")], errors.Summary([ByAndForForm.Field]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("two")]
    public void A_form_without_the_version_read_is_not_sent(string? version)
    {
        var (_, read, errors) = new ByAndForForm(version, ["WOMEN"]).Validate();

        Assert.Null(read);
        Assert.Equal("The form was missing the version you read: reload the page and choose again", errors.For(ByAndForForm.Field));
    }

    [Fact]
    public void The_page_asks_about_the_person_with_a_box_per_community_ticked_as_stored_and_the_version_read()
    {
        var presenter = new ByAndForPresenter("per-0061", "T. McBride", ByAndForForm.From(["WOMEN"], 4), new FieldErrors());

        Assert.Equal("Does T. McBride want services run by and for a community?", presenter.Question);
        Assert.Equal("/people/per-0061/by-and-for", presenter.Path);
        Assert.Equal("/people/per-0061", presenter.PersonHref);
        Assert.Equal("4", presenter.Version);
        Assert.Equal(["Women", "Minority ethnic communities", "Older people", "Disabled people", "Young adults", "LGBT+"], presenter.Choices.Select(c => c.Label));
        Assert.Equal(["WOMEN"], presenter.Choices.Where(c => c.Checked).Select(c => c.Code));
        Assert.False(presenter.HasErrors);
        Assert.Empty(presenter.ErrorSummary);
    }

    [Fact]
    public void After_a_conflict_the_error_asks_to_reload_and_its_summary_link_is_the_page_itself_with_the_boxes_as_posted()
    {
        var presenter = new ByAndForPresenter("per-0061", "T. McBride", new ByAndForForm("4", ["YOUNG_ADULTS"]), new FieldErrors(), conflict: true);

        Assert.True(presenter.HasErrors);
        var link = Assert.Single(presenter.ErrorSummary);
        Assert.Equal("/people/per-0061/by-and-for", link.Href);
        Assert.Contains("Reload the page", link.Text, StringComparison.Ordinal);
        Assert.Equal(link.Text, presenter.Error);
        Assert.Equal(["YOUNG_ADULTS"], presenter.Choices.Where(c => c.Checked).Select(c => c.Code));
    }

    [Theory]
    [InlineData(new string[0], null)]
    [InlineData(new[] { "WOMEN" }, "Run by and for women")]
    [InlineData(new[] { "MINORITY_ETHNIC", "WOMEN" }, "Run by and for women and minority ethnic communities")]
    [InlineData(new[] { "LGBTQ_PLUS", "YOUNG_ADULTS", "DISABLED_PEOPLE" }, "Run by and for disabled people, young adults and LGBT+ people")]
    public void Whom_a_service_is_run_by_and_for_reads_as_a_phrase(string[] codes, string? words) => Assert.Equal(words, Communities.RunByAndFor(codes));
}
