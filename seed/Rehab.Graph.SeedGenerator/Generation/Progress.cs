using System.Diagnostics;
using System.Globalization;

namespace Rehab.Graph.SeedGenerator;

/// <summary>One line per step of the generation, with what it made and how long it took, for a run that takes minutes.</summary>
public sealed class Progress(TextWriter log)
{
    /// <summary>Steps making this many or more also report every tenth of the way.</summary>
    private const int LongStep = 200_000;

    public IReadOnlyList<T> Step<T>(string what, Func<IReadOnlyList<T>> step) =>
        Step(what, step, made => made.Count.ToString("N0", CultureInfo.InvariantCulture));

    public T Step<T>(string what, Func<T> step, Func<T, string> describe)
    {
        var started = Stopwatch.GetTimestamp();
        var made = step();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-19} {Stopwatch.GetElapsedTime(started).TotalSeconds,6:0.0} s  {describe(made)}"));
        return made;
    }

    /// <summary>What a step making <paramref name="target"/> items tells as it goes, when it is long enough to need to.</summary>
    public Action<int>? Ticker(string what, int target) =>
        target < LongStep ? null
        : made => log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-19}     ...  {made:N0} of {target:N0}"));
}
