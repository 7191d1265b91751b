using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Taxonomy;
using static Rehab.Graph.Domain.Tests.Connector.Make;

namespace Rehab.Graph.Domain.Tests.Connector;

public sealed class ProjectMatchingTests
{
    private static readonly ConnectorProfile NeedsWork = Person with { Needs = [new("EDUCATION_TRAINING_EMPLOYMENT", 3)], Strengths = Set("DIY") };

    [Fact]
    public void A_running_project_is_offered_with_who_runs_it_the_need_it_meets_and_the_strengths_it_draws_on()
    {
        var result = Match(Request(NeedsWork), Candidates(projects: [Project("prj-bikes", 2, strengths: ["DIY"], needs: "EDUCATION_TRAINING_EMPLOYMENT")]));

        var match = Assert.Single(result.Projects);
        Assert.Equal(
            ["NEED", "LIVED_EXPERIENCE", "DISTANCE", "STRENGTHS"],
            match.Reasons.Select(r => r.Code));
        Assert.Equal("Run by people with lived experience of probation, as a group", match.Reasons[1].Text);
        Assert.Equal("Draws on their diy", match.Reasons[3].Text);
        Assert.False(match.Member);
    }

    [Fact]
    public void A_project_serving_the_need_outranks_an_equally_near_one_that_does_not()
    {
        var result = Match(Request(NeedsWork), Candidates(projects: [Project("prj-a-walk", 1, needs: "HEALTH"), Project("prj-b-work", 1, needs: "EDUCATION_TRAINING_EMPLOYMENT")]));

        Assert.Equal(["prj-b-work", "prj-a-walk"], result.Projects.Select(m => m.Project.Id));
    }

    [Fact]
    public void A_women_only_project_is_excluded_for_a_man_as_a_project()
    {
        var result = Match(Request(NeedsWork), Candidates(projects: [Project("prj-women", womenOnly: true, needs: "EDUCATION_TRAINING_EMPLOYMENT")]));

        Assert.Empty(result.Projects);
        Assert.Equal([new Exclusion("prj-women", "Project prj-women", HardRules.WomenOnly, ExclusionKinds.Project, "For women only")], result.Excluded);
    }

    [Fact]
    public void A_peer_run_project_is_not_offered_above_the_risk_a_peer_may_take_on()
    {
        var result = Match(Request(NeedsWork with { RiskOfHarm = RiskLevel.VeryHigh }), Candidates(projects: [Project("prj-bikes", needs: "EDUCATION_TRAINING_EMPLOYMENT")]));

        Assert.Empty(result.Projects);
        Assert.Equal(HardRules.RiskLevelRule, Assert.Single(result.Excluded).Rule);
    }

    [Fact]
    public void A_project_the_person_is_in_comes_last_and_is_left_out_on_request()
    {
        var network = PersonNetwork.Empty with { Projects = [new ProjectTie("prj-mine", "Mine")] };
        var candidates = Candidates(projects: [Project("prj-mine", 0.1, needs: "EDUCATION_TRAINING_EMPLOYMENT"), Project("prj-other", 5, needs: "EDUCATION_TRAINING_EMPLOYMENT")]);

        var listed = Match(Request(NeedsWork, network: network), candidates);
        var leftOut = Match(Request(NeedsWork, network: network) with { LeaveOutKnown = true }, candidates);

        Assert.Equal(["prj-other", "prj-mine"], listed.Projects.Select(m => m.Project.Id));
        Assert.Equal("Already a member", listed.Projects[1].Reasons[0].Text);
        Assert.True(listed.Projects[1].Member);
        Assert.Equal(["prj-other"], leftOut.Projects.Select(m => m.Project.Id));
    }

    [Fact]
    public void A_connect_offers_at_most_a_handful_of_projects_whatever_its_page_size()
    {
        var many = Enumerable.Range(0, CommunityConnector.MaxProjects + 5).Select(i => Project($"prj-{i:00}", i, needs: "EDUCATION_TRAINING_EMPLOYMENT")).ToList();

        var result = Match(Request(NeedsWork with { Needs = [new("EDUCATION_TRAINING_EMPLOYMENT", 3)] }, first: 50), Candidates(projects: many));

        Assert.Equal(CommunityConnector.MaxProjects, result.Projects.Count);
        Assert.Equal("prj-00", result.Projects[0].Project.Id);
    }

    [Fact]
    public void A_project_the_person_co_produces_bridges_their_social_capital()
    {
        var network = PersonNetwork.Empty with { Projects = [new ProjectTie("prj-mine", "Pedal Power")] };

        Assert.Equal([new SocialTie("PROJECT", "Pedal Power")], SocialCapital.Of(network, []).Bridging);
    }
}
