namespace Rehab.Graph.SeedGenerator;

// Member names map to the UPPER_SNAKE_CASE codes of seed/FORMAT.md through the writer's snake-case enum converter.
// Gender and RiskLevel are the Domain's own enums; DatasetValidator checks the need, strength and flag codes against
// the Domain's lists, so the generator cannot write a code the hub does not know.

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

/// <summary>The communities a service is run by and for.</summary>
public enum Community
{
    Women,
    MinorityEthnic,
    OlderPeople,
    DisabledPeople,
    YoungAdults,
    LgbtqPlus,
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
