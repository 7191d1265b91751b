namespace Rehab.Graph.SeedGenerator;

// The catalogues' building blocks. The demo region's catalogue names a place for each organisation, and for anything
// delivered elsewhere; a theme's templates move with the town their organisation is drawn in, their names and
// descriptions holding {town}, {area}, {river}, {street}, {emblem}, {saint} and {language} (see TextTemplate).

/// <summary>A hand-written organisation; ids, coordinates and the random details are filled in by <see cref="CatalogueProviders"/>.</summary>
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

    /// <summary>Null lets the generator choose English plus, sometimes, the town's community languages.</summary>
    public IReadOnlyList<string>? Languages { get; init; }

    /// <summary>Run in one of the town's community languages ({language}), alongside English unless <see cref="CommunityLanguageOnly"/>.</summary>
    public bool InCommunityLanguage { get; init; }

    public bool CommunityLanguageOnly { get; init; }

    public IReadOnlyList<RiskFlag> UnsuitableFor { get; init; } = [];

    /// <summary>Where an outreach service is delivered, by name; null means at the organisation's premises.</summary>
    public string? Place { get; init; }

    /// <summary>Delivered in another neighbourhood of the town ({area}) rather than at the organisation's premises.</summary>
    public bool Outreach { get; init; }

    public string? OpeningTimes { get; init; }

    /// <summary>The communities it is run by and for; a women's centre's services are by and for women regardless.</summary>
    public IReadOnlyList<Community> ByAndFor { get; init; } = [];
}

public sealed record PlacementTemplate(string Title, PlacementKind Kind, string Description, IReadOnlyList<StrengthCode> Skills)
{
    /// <summary>Where the work happens, by name; null means at the host organisation.</summary>
    public string? Place { get; init; }

    /// <summary>The work moves around the town ({area}); otherwise it happens at the host's premises.</summary>
    public bool Roving { get; init; }

    public bool ChildFacing { get; init; }

    public bool WomenOnly { get; init; }

    /// <summary>Runs most days so an Immediate Justice requirement can start within 48 hours.</summary>
    public bool RunsMostDays { get; init; }

    public IReadOnlyList<RiskFlag> UnsuitableFor { get; init; } = [];
}
