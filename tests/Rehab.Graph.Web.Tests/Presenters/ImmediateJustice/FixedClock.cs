namespace Rehab.Graph.Web.Tests.Presenters.ImmediateJustice;

/// <summary>A clock that stands where the test puts it, so nothing here reads the wall clock.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>Hours from now until <paramref name="dueBy"/>, as the hub answers <c>hoursLeftOnClock</c> (to a tenth of an hour).</summary>
    public double HoursLeft(DateTimeOffset dueBy) => Math.Round((dueBy - now).TotalHours, 1);
}
