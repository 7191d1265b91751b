using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Projects;

namespace Rehab.Graph.Domain.Tests.Projects;

public sealed class ProjectRulesTests
{
    private static readonly Caller OffenderManager = new(CallerRole.OffenderManager, "prc-1", null);
    private static readonly Caller Person = new(CallerRole.Person, null, null, PersonId: "per-self");
    private static readonly Caller Admin = new(CallerRole.Admin, null, null);
    private static readonly NewProject Bikes = new(
        "  Pedal Power  ", "Fix bikes for people who need one", ProjectKind.Service, ["EDUCATION_TRAINING_EMPLOYMENT"], ["DIY"], ["per-1", "per-2", "per-1"], new GeoPoint(53.74, -0.33), false, null);

    [Fact]
    public void A_project_is_trimmed_and_its_founders_named_once()
    {
        var valid = ProjectRules.Validate(Bikes, OffenderManager.Require(AccessPolicy.CreateProject));

        Assert.Equal("Pedal Power", valid.Title);
        Assert.Equal(["per-1", "per-2"], valid.MemberIds);
        Assert.Equal(["EDUCATION_TRAINING_EMPLOYMENT"], valid.Needs);
    }

    [Fact]
    public void A_person_on_probation_founds_a_project_alone()
    {
        var grant = Person.Require(AccessPolicy.CreateProject);

        Assert.Equal(["per-self"], ProjectRules.Validate(Bikes with { MemberIds = null }, grant).MemberIds);
        Assert.Equal(["per-self"], ProjectRules.Validate(Bikes with { MemberIds = ["per-self"] }, grant).MemberIds);
        Assert.Throws<ForbiddenException>(() => ProjectRules.Validate(Bikes, grant));
    }

    public static TheoryData<NewProject, string> BadProjects => new()
    {
        { Bikes with { Title = " " }, "input.title" },
        { Bikes with { Title = new string('x', ProjectRules.MaxTitle + 1) }, "input.title" },
        { Bikes with { Aims = new string('x', ProjectRules.MaxAims + 1) }, "input.aims" },
        { Bikes with { Needs = [] }, "input.needs" },
        { Bikes with { Needs = ["NOT_A_NEED"] }, "input.needs" },
        { Bikes with { Strengths = ["JUGGLING_SWORDS"] }, "input.strengths" },
        { Bikes with { MemberIds = [] }, "input.memberIds" },
        { Bikes with { MemberIds = ["svc-1"] }, "input.memberIds[0]" },
        { Bikes with { MemberIds = [.. Enumerable.Range(1, ProjectRules.MaxFounders + 1).Select(i => $"per-{i}")] }, "input.memberIds" },
        { Bikes with { Location = null }, "input.location" },
        { Bikes with { Location = new GeoPoint(91, 0) }, "input.location.latitude" },
        { Bikes with { Contact = new Listings.Contact(null, "not an address", null, null) }, "input.contact.email" },
    };

    [Theory]
    [MemberData(nameof(BadProjects))]
    public void Bad_input_is_refused_naming_the_field(NewProject project, string field)
    {
        var error = Assert.Throws<InvalidInputException>(() => ProjectRules.Validate(project, Admin.Require(AccessPolicy.CreateProject)));

        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData(ProjectStatus.Proposed, ProjectStatus.Running, true)]
    [InlineData(ProjectStatus.Proposed, ProjectStatus.Closed, true)]
    [InlineData(ProjectStatus.Proposed, ProjectStatus.Paused, false)]
    [InlineData(ProjectStatus.Running, ProjectStatus.Paused, true)]
    [InlineData(ProjectStatus.Running, ProjectStatus.Closed, true)]
    [InlineData(ProjectStatus.Running, ProjectStatus.Proposed, false)]
    [InlineData(ProjectStatus.Running, ProjectStatus.Running, false)]
    [InlineData(ProjectStatus.Paused, ProjectStatus.Running, true)]
    [InlineData(ProjectStatus.Paused, ProjectStatus.Closed, true)]
    [InlineData(ProjectStatus.Closed, ProjectStatus.Running, false)]
    [InlineData(ProjectStatus.Closed, ProjectStatus.Proposed, false)]
    public void A_status_moves_only_forward_along_the_lifecycle(ProjectStatus from, ProjectStatus to, bool allowed)
    {
        var change = () => ProjectRules.CheckStatusChange("prj-1", from, to);

        if (allowed)
        {
            change();
        }
        else
        {
            Assert.Throws<ConflictException>(change);
        }
    }

    [Fact]
    public void Each_caller_sees_only_the_members_it_may()
    {
        var at = DateTimeOffset.UnixEpoch;
        IReadOnlyList<ProjectMember> members = [new("per-1", "A. One", at, true, "prc-1"), new("per-self", "S. Elf", at, false, "prc-2"), new("per-3", "C. Three", at, false, null)];

        Assert.Equal(3, ProjectRules.Visible(members, Admin).Count);
        Assert.Equal(["per-1"], ProjectRules.Visible(members, OffenderManager).Select(m => m.PersonId));
        Assert.Equal(["per-self"], ProjectRules.Visible(members, Person).Select(m => m.PersonId));
        Assert.Empty(ProjectRules.Visible(members, Caller.Anonymous));
        Assert.Empty(ProjectRules.Visible(members, new Caller(CallerRole.Partner, null, "org-1")));
        Assert.Empty(ProjectRules.Visible(members, new Caller(CallerRole.OffenderManager, "prc-9", null)));
    }

    [Fact]
    public void The_directory_lists_running_projects_and_the_rest_only_to_those_who_work_on_them()
    {
        Assert.Equal([ProjectStatus.Running], ProjectRules.Statuses(null, Caller.Anonymous, "where.statuses"));
        Assert.Equal([ProjectStatus.Running], ProjectRules.Statuses([ProjectStatus.Running, ProjectStatus.Running], Caller.Anonymous, "where.statuses"));
        Assert.Equal([ProjectStatus.Proposed, ProjectStatus.Paused], ProjectRules.Statuses([ProjectStatus.Proposed, ProjectStatus.Paused], OffenderManager, "where.statuses"));
        Assert.Throws<UnauthenticatedException>(() => ProjectRules.Statuses([ProjectStatus.Proposed], Caller.Anonymous, "where.statuses"));
        Assert.Throws<ForbiddenException>(() => ProjectRules.Statuses([ProjectStatus.Closed], new Caller(CallerRole.Partner, null, "org-1"), "where.statuses"));
    }

    [Fact]
    public void A_project_is_worked_on_by_an_admin_or_a_members_offender_manager()
    {
        IReadOnlyList<ProjectMember> members = [new("per-1", "A. One", DateTimeOffset.UnixEpoch, true, "prc-1")];

        Assert.True(ProjectRules.Reaches(Admin.Require(AccessPolicy.SetProjectStatus), members));
        Assert.True(ProjectRules.Reaches(OffenderManager.Require(AccessPolicy.SetProjectStatus), members));
        Assert.False(ProjectRules.Reaches(new Caller(CallerRole.OffenderManager, "prc-2", null).Require(AccessPolicy.SetProjectStatus), members));
    }
}
