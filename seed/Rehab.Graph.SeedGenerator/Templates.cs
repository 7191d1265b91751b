namespace Rehab.Graph.SeedGenerator;

/// <summary>A hand-written organisation; ids, coordinates and the random details are filled in by <see cref="ProviderGenerator"/>.</summary>
public sealed record OrganisationTemplate(string Name, OrganisationKind Kind, string Place, string Description)
{
    public IReadOnlyList<ServiceTemplate> Services { get; init; } = [];

    public IReadOnlyList<PlacementTemplate> Placements { get; init; } = [];
}

public sealed record ServiceTemplate(string Name, string Description, IReadOnlyList<NeedCode> Needs, ReferralRoute Route)
{
    public bool Online { get; init; }

    /// <summary>Services of a women's centre are women-only regardless of this flag.</summary>
    public bool WomenOnly { get; init; }

    public int? MinAge { get; init; }

    public int? MaxAge { get; init; }

    /// <summary>Null lets the generator choose English plus, sometimes, community languages.</summary>
    public IReadOnlyList<string>? Languages { get; init; }

    public IReadOnlyList<RiskFlag> UnsuitableFor { get; init; } = [];

    /// <summary>Where an outreach service is delivered; null means at the organisation's premises.</summary>
    public string? Place { get; init; }

    public string? OpeningTimes { get; init; }
}

public sealed record PlacementTemplate(string Title, PlacementKind Kind, string Description, IReadOnlyList<StrengthCode> Skills)
{
    /// <summary>Where the work happens; null means at the host organisation.</summary>
    public string? Place { get; init; }

    public bool ChildFacing { get; init; }

    public bool WomenOnly { get; init; }

    /// <summary>Runs most days so an Immediate Justice requirement can start within 48 hours.</summary>
    public bool RunsMostDays { get; init; }

    public IReadOnlyList<RiskFlag> UnsuitableFor { get; init; } = [];
}
