using Rehab.Graph.RegionalData.Generation;

namespace Rehab.Graph.RegionalData.Catalogue;

// Names and descriptions may hold {town}, {area}, {river}, {street}, {emblem} and {language};
// ProviderGenerator fills them in for the organisation's own town.

/// <summary>A kind of organisation that appears in many towns, with the services and placements such organisations run.</summary>
public sealed record OrganisationTheme(OrganisationKind Kind, double Weight, string[] Names, string[] Descriptions)
{
    public ServiceArchetype[] Services { get; init; } = [];

    public PlacementArchetype[] Placements { get; init; } = [];

    /// <summary>How strongly its organisations attract placements when the placements are shared out.</summary>
    public double PlacementWeight { get; init; } = 1;

    /// <summary>Only found in towns where this community language is spoken (a gurdwara, a Polish parish).</summary>
    public Language? Community { get; init; }

    /// <summary>Only found in centres at least this large (national digital providers sit in the cities).</summary>
    public double MinCentreWeight { get; init; }

    /// <summary>Statutory and clinical services sit in the town centre rather than out on the estates.</summary>
    public bool InTownCentre { get; init; }
}

public sealed record ServiceArchetype(string Name, string Description, NeedCode[] Needs, ReferralRoute Route)
{
    public bool Online { get; init; }

    public bool WomenOnly { get; init; }

    public int? MinAge { get; init; }

    public int? MaxAge { get; init; }

    /// <summary>Null lets the generator choose English plus, sometimes, the town's community languages.</summary>
    public Language[]? Languages { get; init; }

    /// <summary>Run in one of the town's community languages ({language}), alongside English unless <see cref="CommunityLanguageOnly"/>.</summary>
    public bool InCommunityLanguage { get; init; }

    public bool CommunityLanguageOnly { get; init; }

    public RiskFlag[] UnsuitableFor { get; init; } = [];

    /// <summary>Delivered in another neighbourhood of the town ({area}) rather than at the organisation's premises.</summary>
    public bool Outreach { get; init; }

    public string? OpeningTimes { get; init; }
}

public sealed record PlacementArchetype(string Title, PlacementKind Kind, string Description, StrengthCode[] Skills)
{
    /// <summary>The work moves around the town ({area}); otherwise it happens at the host's premises.</summary>
    public bool Roving { get; init; }

    public bool ChildFacing { get; init; }

    public bool WomenOnly { get; init; }

    /// <summary>Runs most days, often every day, so an Immediate Justice requirement can start within 48 hours.</summary>
    public bool RunsMostDays { get; init; }

    public RiskFlag[] UnsuitableFor { get; init; } = [];
}
