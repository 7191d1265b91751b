using System.Diagnostics;
using System.Globalization;

namespace Rehab.Graph.SeedGenerator;

/// <summary>One line per step of the generation, with what it made and how long it took, for a run that takes minutes.</summary>
public sealed class Progress(TextWriter log)
{
    public IReadOnlyList<T> Step<T>(string what, Func<IReadOnlyList<T>> step) =>
        Step(what, step, made => made.Count.ToString("N0", CultureInfo.InvariantCulture));

    public T Step<T>(string what, Func<T> step, Func<T, string> describe)
    {
        var started = Stopwatch.GetTimestamp();
        var made = step();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-19} {Stopwatch.GetElapsedTime(started).TotalSeconds,6:0.0} s  {describe(made)}"));
        return made;
    }
}
