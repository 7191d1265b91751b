namespace Rehab.Graph.SeedModel;

// Member names map to the UPPER_SNAKE_CASE codes of seed/FORMAT.md; each generator's writer does the conversion.

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
    Police,
    Probation,
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
