using System.Diagnostics;

namespace Rehab.Graph.SeedGenerator;

/// <summary>Draws the practical terms services and placements are offered on.</summary>
public sealed class ProviderTerms(Random random)
{
    private static readonly string[] WeekDays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    private static readonly int[] Capacities = [6, 8, 10, 12, 15, 20, 25, 30, 40, 60];

    private static readonly int[] WaitingDays = [0, 0, 1, 2, 3, 5, 7, 7, 10, 14, 14, 21, 28, 42, 56];

    /// <summary>Null when the service does not publish one; online services never do.</summary>
    public int? DrawServiceCapacity(bool online) =>
        online || random.Chance(0.15) ? null : random.Pick(Capacities);

    /// <summary>Null when the service does not publish one; online services start straight away.</summary>
    public int? DrawServiceWaitingDays(bool online) =>
        online ? 0 : random.Chance(0.2) ? null : random.Pick(WaitingDays);

    public int DrawPlacementCapacity(PlacementKind kind) => kind switch
    {
        PlacementKind.UnpaidWork => random.Between(4, 10),
        PlacementKind.ImmediateJustice => random.Between(3, 8),
        PlacementKind.Volunteering => random.Between(1, 4),
        PlacementKind.WorkTrial => random.Between(1, 2),
        _ => throw new UnreachableException(),
    };

    public RiskLevel DrawPlacementMaxRiskOfHarm(PlacementKind kind, bool childFacing)
    {
        if (childFacing)
        {
            return RiskLevel.Low;
        }

        // Volunteering and work trials are with the public and employers, so they take lower-risk people only.
        return kind is PlacementKind.Volunteering or PlacementKind.WorkTrial
            ? random.PickWeighted([(RiskLevel.Low, 0.5), (RiskLevel.Medium, 0.5)])
            : random.PickWeighted([(RiskLevel.Low, 0.2), (RiskLevel.Medium, 0.45), (RiskLevel.High, 0.35)]);
    }

    /// <summary>Sessions such as "Tue 09:00-15:00", in week order.</summary>
    /// <param name="drawMostDaysCount">Draws the day count of a placement that runs most days.</param>
    public List<string> DrawPlacementSessions(PlacementKind kind, bool runsMostDays, Func<int> drawMostDaysCount)
    {
        var times = kind switch
        {
            PlacementKind.Volunteering => random.Pick(["10:00-13:00", "13:00-16:00", "09:30-14:30"]),
            PlacementKind.WorkTrial => random.Pick(["08:00-16:00", "07:30-15:30", "09:00-17:00"]),
            _ => random.Pick(["09:00-15:00", "09:30-15:30", "08:30-15:30", "10:00-16:00", "09:00-16:00"]),
        };
        var count = runsMostDays
            ? drawMostDaysCount()
            : random.PickWeighted([(1, 0.25), (2, 0.35), (3, 0.2), (4, 0.12), (5, 0.08)]);
        // Weekend sessions are rarer, as they are in real unpaid work schedules.
        var dayWeights = WeekDays.Select((_, index) => (index, index < 5 ? 1.0 : index == 5 ? 0.6 : 0.3)).ToList();
        return random.PickDistinctWeighted(dayWeights, count)
            .Order()
            .Select(index => $"{WeekDays[index]} {times}")
            .ToList();
    }
}
