using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Domain.Plans;

/// <summary>What a plan's words, dates and ratings may be, and how a goal's status may move.</summary>
public static class PlanRules
{
    public const int MaxGoalText = 500;
    public const int MaxStepText = 500;
    public const int MaxComment = 2000;
    public const int MaxSummary = 4000;

    /// <summary>How far ahead a step may be dated: plans are reviewed within months, not years.</summary>
    public const int MaxYearsAhead = 3;

    /// <summary>Trimmed text of 1 to <paramref name="max"/> characters, or null when optional and absent.</summary>
    public static string? Text(string? text, int max, string field, bool required)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return required ? throw new InvalidInputException(field, $"'{field}' is required and may not be blank.") : null;
        }

        return trimmed.Length <= max ? trimmed : throw new InvalidInputException(field, $"'{field}' is {trimmed.Length} characters long; at most {max} are allowed.");
    }

    /// <summary>A person's own rating of how things are going, 1 (badly) to 5 (very well).</summary>
    public static int? Rating(int? rating, string field) =>
        rating is null or (>= 1 and <= 5) ? rating : throw new InvalidInputException(field, $"'{field}' must be from 1 to 5 (got {rating}).");

    /// <summary>A step's date: from today to <see cref="MaxYearsAhead"/> years ahead.</summary>
    public static DateOnly? DueBy(DateOnly? dueBy, DateOnly today, string field) => dueBy switch
    {
        null => null,
        { } d when d < today => throw new InvalidInputException(field, $"'{field}' ({d:yyyy-MM-dd}) is in the past; a step is agreed for today or later."),
        { } d when d > today.AddYears(MaxYearsAhead) => throw new InvalidInputException(field, $"'{field}' ({d:yyyy-MM-dd}) is more than {MaxYearsAhead} years ahead."),
        { } d => d,
    };

    /// <summary>
    /// The status a new goal starts in: the person's own is PROPOSED until their offender manager agrees it; an offender
    /// manager writes goals with the person, so theirs are ACTIVE at once.
    /// </summary>
    public static GoalStatus NewGoalStatus(Grant grant) => grant.Actor == Actor.Person ? GoalStatus.Proposed : GoalStatus.Active;

    /// <summary>
    /// Whether a goal may move from <paramref name="from"/> to <paramref name="to"/>: a proposal is agreed (ACTIVE) or
    /// dropped; an active goal is achieved or dropped; an achieved or dropped goal may be taken up again (ACTIVE).
    /// </summary>
    public static void CheckGoalChange(string goalId, GoalStatus from, GoalStatus to)
    {
        var allowed = (from, to) switch
        {
            (GoalStatus.Proposed, GoalStatus.Active or GoalStatus.Dropped) => true,
            (GoalStatus.Active, GoalStatus.Achieved or GoalStatus.Dropped) => true,
            (GoalStatus.Achieved or GoalStatus.Dropped, GoalStatus.Active) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new ConflictException($"Goal '{goalId}' is {Code(from)} and cannot become {Code(to)}.");
        }
    }

    /// <summary>Whether a step may move from <paramref name="from"/> to <paramref name="to"/>: an agreed step is done or dropped, and a dropped one agreed again.</summary>
    public static void CheckStepChange(string stepId, PlanStepStatus from, PlanStepStatus to)
    {
        var allowed = (from, to) switch
        {
            (PlanStepStatus.Agreed, PlanStepStatus.Done or PlanStepStatus.Dropped) => true,
            (PlanStepStatus.Dropped, PlanStepStatus.Agreed) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new ConflictException($"Step '{stepId}' is {Code(from)} and cannot become {Code(to)}.");
        }
    }

    private static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => Taxonomy.EnumCodes.ToCode(value);
}
