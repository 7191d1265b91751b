namespace Rehab.Graph.SeedGenerator;

/// <summary>The need and strength taxonomies with their labels, the same for every region.</summary>
public static class Taxonomy
{
    public static IReadOnlyList<Need> Needs { get; } =
    [
        new(NeedCode.Accommodation, "Accommodation"),
        new(NeedCode.EducationTrainingEmployment, "Education, training and employment"),
        new(NeedCode.Health, "Physical health"),
        new(NeedCode.MentalHealth, "Mental health and wellbeing"),
        new(NeedCode.Drugs, "Drug misuse"),
        new(NeedCode.Alcohol, "Alcohol misuse"),
        new(NeedCode.FinanceBenefitDebt, "Finance, benefits and debt"),
        new(NeedCode.ChildrenFamilies, "Children and families"),
        new(NeedCode.AttitudesThinkingBehaviour, "Attitudes, thinking and behaviour"),
        new(NeedCode.AbuseDomesticViolence, "Abuse and domestic violence"),
        new(NeedCode.SexWork, "Involvement in sex work"),
        new(NeedCode.Relationships, "Relationships"),
        new(NeedCode.Lifestyle, "Lifestyle and associates"),
    ];

    public static IReadOnlyList<Strength> Strengths { get; } =
    [
        new(StrengthCode.Gardening, "Gardening and growing"),
        new(StrengthCode.Cooking, "Cooking"),
        new(StrengthCode.Sport, "Sport and fitness"),
        new(StrengthCode.Music, "Music"),
        new(StrengthCode.Faith, "Faith community"),
        new(StrengthCode.Caring, "Caring for others"),
        new(StrengthCode.Diy, "DIY and practical repairs"),
        new(StrengthCode.Art, "Art and crafts"),
        new(StrengthCode.Driving, "Driving (full licence)"),
        new(StrengthCode.It, "Computers and IT"),
        new(StrengthCode.Animals, "Working with animals"),
        new(StrengthCode.Writing, "Reading and writing"),
        new(StrengthCode.Teamwork, "Working in a team"),
        new(StrengthCode.Languages, "Speaks more than one language"),
        new(StrengthCode.CustomerService, "Customer service"),
        new(StrengthCode.Fishing, "Angling"),
    ];

    public static string Label(NeedCode code) => Needs.First(n => n.Code == code).Label;
}
