namespace Rehab.Graph.Domain.Taxonomy;

public enum Gender
{
    Female,
    Male,
    NonBinary,
    NotStated,
}

public enum RiskLevel
{
    Low,
    Medium,
    High,
    VeryHigh,
}
