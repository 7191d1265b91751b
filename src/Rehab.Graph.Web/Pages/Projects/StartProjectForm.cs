using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Projects;

/// <summary>
/// A project as the person on probation starts it: its name (required, up to 200 characters), what kind it is, what it
/// is for (optional, up to 2000), the needs it helps with (at least one) and where it meets (one of the region's places).
/// The hub makes them its founder.
/// </summary>
public sealed class StartProjectForm
{
    public const int TitleMaxLength = 200;
    public const int AimsMaxLength = 2000;

    public string? Title { get; set; }

    public string? Kind { get; set; }

    public string? Aims { get; set; }

    public List<string> Needs { get; set; } = [];

    public string? Place { get; set; }

    public static class Fields
    {
        public const string Title = "title";
        public const string Kind = "kind";
        public const string Aims = "aims";
        public const string Needs = "needs";
        public const string Place = "place";
    }

    public static IReadOnlyList<string> FieldOrder { get; } = [Fields.Title, Fields.Kind, Fields.Aims, Fields.Needs, Fields.Place];

    public (ProjectInput? Input, FieldErrors Errors) Validate()
    {
        var errors = new FieldErrors();
        var title = FormValues.Required(Title, Fields.Title, "Enter a name for your project", TitleMaxLength, "The name", errors);
        var kind = HubCodes.Parse<ProjectKind>(Kind);
        if (kind is null)
        {
            errors.Add(Fields.Kind, "Choose what kind of project it is");
        }

        var aims = FormValues.Optional(Aims, Fields.Aims, AimsMaxLength, "What it is for", errors);
        var needs = FormValues.Ticked(Needs);
        if (needs.Count == 0)
        {
            errors.Add(Fields.Needs, "Choose at least one thing it helps with");
        }
        else if (needs.Any(n => ProjectChoices.Needs.All(known => known.Code != n)))
        {
            errors.Add(Fields.Needs, "Choose from the list");
        }

        var place = ProjectChoices.Places.FirstOrDefault(p => p.Name == FormValues.Trimmed(Place));
        if (place is null)
        {
            errors.Add(Fields.Place, "Choose where it will meet");
        }

        return errors.Any
            ? (null, errors)
            : (new ProjectInput
            {
                Title = title!,
                Aims = aims,
                Kind = kind!.Value,
                Needs = needs,
                Location = new GeoPointInput { Latitude = place!.Latitude, Longitude = place.Longitude },
            }, errors);
    }

    /// <summary>The field a hub refusal is about; anything else (the founder, say) is shown at the name.</summary>
    public static string FieldOf(string? hubField) => HubFields.Top(hubField) switch
    {
        Fields.Kind => Fields.Kind,
        Fields.Aims => Fields.Aims,
        Fields.Needs => Fields.Needs,
        "location" => Fields.Place,
        _ => Fields.Title,
    };
}
