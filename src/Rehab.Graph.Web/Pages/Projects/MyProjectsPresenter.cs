using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.Projects;

/// <summary>One of the person's projects, in plain words: its name, what kind it is, how it stands and who is in it that they may see.</summary>
public sealed record MyProjectRow(string Id, string Title, string Kind, string Status, IReadOnlyList<string> Members);

/// <summary>The "Your projects" section of the person's plan page, from <c>me { projects }</c>.</summary>
public sealed class MyProjectsPresenter(IReadOnlyList<MyPlanPageResult.MeData.ProjectsData> projects)
{
    public string Heading => "Your projects";

    public string Empty => "You are not in a project yet. You can start one with other people who have been on probation.";

    public string StartHref => ProjectPaths.Start;

    public string StartText => "Start a project";

    public IReadOnlyList<MyProjectRow> Rows => projects
        .Select(p => new MyProjectRow(p.Id, p.Title, ProjectWords.Kind(p.Kind), ProjectWords.StatusForPerson(p.Status), p.Members.Select(m => m.DisplayName).ToList()))
        .ToList();
}
