using System.Text.Json;
using District = Rehab.Graph.Client.EvaluationPageResult.EvaluationData;

namespace Rehab.Graph.Web.Tests.Presenters.Evaluation;

/// <summary>Districts as the hub answers them, a withheld figure null.</summary>
internal static class EvaluationSamples
{
    public static readonly DateOnly From = new(2026, 1, 1);
    public static readonly DateOnly To = new(2026, 12, 31);

    public static District District(
        string area,
        int? plans = 12,
        int? goalsMet = 6,
        double? hours = 140.5,
        (int? People, double? Bonding, double? Bridging, double? Linking)? socialCapital = null,
        params (string Code, string Label, long? Pence, int? People)[] spends) => new()
    {
        Area = area,
        From = From,
        To = To,
        PeopleWithPlans = plans,
        PeopleWithGoalsMet = goalsMet is null ? null : 5,
        GoalsMet = goalsMet,
        PeopleReferred = 9,
        ReferralsMade = 11,
        ReferralsCompleted = 0,
        HoursDone = hours,
        FundSpent = spends.Select(s => new District.FundSpentData
        {
            Need = new() { Code = s.Code, Label = s.Label },
            Pence = s.Pence is { } pence ? JsonDocument.Parse(pence.ToString(System.Globalization.CultureInfo.InvariantCulture)).RootElement.Clone() : null,
            People = s.People,
        }).ToList(),
        SocialCapital = socialCapital is { } sc
            ? new() { People = sc.People, Bonding = sc.Bonding, Bridging = sc.Bridging, Linking = sc.Linking }
            : new() { People = null, Bonding = null, Bridging = null, Linking = null },
    };
}
