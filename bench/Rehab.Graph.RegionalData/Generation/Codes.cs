using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Rehab.Graph.RegionalData.Generation;

// Member names map to the codes of seed/FORMAT.md through Code<T>: UPPER_SNAKE_CASE, or ISO 639-1 for languages.

public enum NeedCode
{
    Accommodation,
    EducationTrainingEmployment,
    Health,
    MentalHealth,
    Drugs,
    Alcohol,
    FinanceBenefitDebt,
    ChildrenFamilies,
    AttitudesThinkingBehaviour,
    AbuseDomesticViolence,
    SexWork,
    Relationships,
    Lifestyle,
}

public enum StrengthCode
{
    Gardening,
    Cooking,
    Sport,
    Music,
    Faith,
    Caring,
    Diy,
    Art,
    Driving,
    It,
    Animals,
    Writing,
    Teamwork,
    Languages,
    CustomerService,
    Fishing,
}

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

public enum RiskFlag
{
    NoContactChildren,
    SexualOffence,
    Arson,
    DomesticAbusePerpetrator,
    ViolenceToStaff,
    Weapons,
}

public enum OrganisationKind
{
    Vcse,
    WomensCentre,
    FaithGroup,
    Employer,
    Statutory,
    HousingProvider,
    HealthProvider,
    EducationProvider,
    CommunityGroup,
    Digital,
}

public enum ReferralRoute
{
    Self,
    Practitioner,
    Gp,
    Agency,
}

public enum PlacementKind
{
    UnpaidWork,
    ImmediateJustice,
    Volunteering,
    WorkTrial,
}

public enum TieKind
{
    Family,
    Friend,
    Peer,
    Partner,
    ExPartner,
    CoDefendant,
}

/// <summary>English and the community languages of the region's towns.</summary>
public enum Language
{
    En,
    Pl,
    Ro,
    Ku,
    Ar,
    Ur,
    Pa,
    Bn,
    Gu,
    So,
    Sk,
    Cs,
    Lt,
    Lv,
    Pt,
    Fa,
    Ti,
}

/// <summary>The seed-format spelling of an enum member, computed once per type.</summary>
public static class Code<T>
    where T : struct, Enum
{
    private static readonly string[] Codes = Enum.GetValues<T>()
        .Select(value => typeof(T) == typeof(Language)
            ? value.ToString().ToLowerInvariant()
            : JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString()))
        .ToArray();

    public static string Of(T value) => Codes[Unsafe.As<T, int>(ref value)];
}
