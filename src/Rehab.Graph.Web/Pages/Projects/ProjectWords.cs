using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Projects;

/// <summary>Where the project pages are.</summary>
public static class ProjectPaths
{
    public static string Project(string id) => "/projects/" + Uri.EscapeDataString(id);

    public const string Start = "/my-plan/projects/new";
}

/// <summary>A project's codes in words: for staff as a tag, for the person on probation as a sentence.</summary>
public static class ProjectWords
{
    public static string Kind(ProjectKind kind) => kind switch
    {
        ProjectKind.Group => "A group that meets",
        ProjectKind.Service => "A service for others",
        _ => "A small enterprise",
    };

    /// <summary>The status as staff read it, as a GOV.UK tag; the hub sends it as a string, so an unknown one is shown as words.</summary>
    public static Tag Status(string status) => status switch
    {
        "PROPOSED" => new("Proposed", "govuk-tag--blue"),
        "RUNNING" => new("Running", "govuk-tag--green"),
        "PAUSED" => new("Paused", "govuk-tag--yellow"),
        "CLOSED" => new("Closed", "govuk-tag--grey"),
        _ => new(Words.Of(status), "govuk-tag--grey"),
    };

    /// <summary>The status as the person on probation reads it.</summary>
    public static string StatusForPerson(string status) => status switch
    {
        "PROPOSED" => "Waiting for your probation practitioner to agree it",
        "RUNNING" => "Running: others can find it and join",
        "PAUSED" => "Paused for now",
        "CLOSED" => "Closed",
        _ => Words.Of(status),
    };

    /// <summary>Pence as pounds: 125050 is "£1,250.50", whole pounds without pence ("£300").</summary>
    public static string Pounds(int pence)
    {
        var pounds = pence / 100m;
        return "£" + pounds.ToString(pence % 100 == 0 ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
    }
}
