namespace Rehab.Graph.RegionalData.Generation;

/// <summary>The need and strength taxonomies, identical to the demo region's.</summary>
public static class Taxonomy
{
    public static IReadOnlyList<(NeedCode Code, string Label)> Needs { get; } =
    [
        (NeedCode.Accommodation, "Accommodation"),
        (NeedCode.EducationTrainingEmployment, "Education, training and employment"),
        (NeedCode.Health, "Physical health"),
        (NeedCode.MentalHealth, "Mental health and wellbeing"),
        (NeedCode.Drugs, "Drug misuse"),
        (NeedCode.Alcohol, "Alcohol misuse"),
        (NeedCode.FinanceBenefitDebt, "Finance, benefits and debt"),
        (NeedCode.ChildrenFamilies, "Children and families"),
        (NeedCode.AttitudesThinkingBehaviour, "Attitudes, thinking and behaviour"),
        (NeedCode.AbuseDomesticViolence, "Abuse and domestic violence"),
        (NeedCode.SexWork, "Involvement in sex work"),
        (NeedCode.Relationships, "Relationships"),
        (NeedCode.Lifestyle, "Lifestyle and associates"),
    ];

    public static IReadOnlyList<(StrengthCode Code, string Label)> Strengths { get; } =
    [
        (StrengthCode.Gardening, "Gardening and growing"),
        (StrengthCode.Cooking, "Cooking"),
        (StrengthCode.Sport, "Sport and fitness"),
        (StrengthCode.Music, "Music"),
        (StrengthCode.Faith, "Faith community"),
        (StrengthCode.Caring, "Caring for others"),
        (StrengthCode.Diy, "DIY and practical repairs"),
        (StrengthCode.Art, "Art and crafts"),
        (StrengthCode.Driving, "Driving (full licence)"),
        (StrengthCode.It, "Computers and IT"),
        (StrengthCode.Animals, "Working with animals"),
        (StrengthCode.Writing, "Reading and writing"),
        (StrengthCode.Teamwork, "Working in a team"),
        (StrengthCode.Languages, "Speaks more than one language"),
        (StrengthCode.CustomerService, "Customer service"),
        (StrengthCode.Fishing, "Angling"),
    ];
}
