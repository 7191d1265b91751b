namespace Rehab.Graph.SeedGenerator;

/// <summary>A kind of organisation that appears in many towns, with the services and placements such organisations run.</summary>
public sealed record OrganisationTheme(OrganisationKind Kind, double Weight, string[] Names, string[] Descriptions)
{
    public ServiceTemplate[] Services { get; init; } = [];

    public PlacementTemplate[] Placements { get; init; } = [];

    /// <summary>How strongly its organisations attract placements when the placements are shared out.</summary>
    public double PlacementWeight { get; init; } = 1;

    /// <summary>Only found in towns where this community language is spoken (a gurdwara, a Polish parish).</summary>
    public string? Community { get; init; }

    /// <summary>Only found in centres at least this large (national digital providers sit in the cities).</summary>
    public double MinCentreWeight { get; init; }

    /// <summary>Statutory and clinical services sit in the town centre rather than out on the estates.</summary>
    public bool InTownCentre { get; init; }
}
