using System.Text;
using System.Text.RegularExpressions;
using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// The access matrix as text, rendered from <see cref="AccessPolicy"/>: the table the matrix test expects and
/// <c>docs/access.md</c> shows, and beside it who may run each operation and how far it reaches.
/// </summary>
public static partial class AccessMatrix
{
    public const string Begin = "<!-- access-matrix: begin (generated from AccessPolicy, do not edit by hand; see above to regenerate) -->";

    public const string End = "<!-- access-matrix: end -->";

    /// <summary>The columns, in the policy's order.</summary>
    public static IReadOnlyList<Actor> Actors { get; } = Enum.GetValues<Actor>();

    /// <summary>A column's heading in the form tokens and error codes use: <c>IJ_COORDINATOR</c>.</summary>
    public static string Column(Actor actor) => WordStart().Replace(actor.ToString(), "_$1").ToUpperInvariant();

    /// <summary>What the policy says each actor gets, per operation, in the matrix's order.</summary>
    public static IReadOnlyList<(string Operation, IReadOnlyList<string> Cells)> Expected() =>
        [.. AccessPolicy.All.Select(p => (p.Operation, (IReadOnlyList<string>)[.. Actors.Select(p.Outcome)]))];

    public static string Table(IEnumerable<(string Operation, IReadOnlyList<string> Cells)> rows)
    {
        var text = new StringBuilder(Row("operation", Actors.Select(Column)));
        foreach (var (operation, cells) in rows)
        {
            text.Append(Row(operation, cells));
        }

        return text.ToString();
    }

    /// <summary>What <c>docs/access.md</c> holds between <see cref="Begin"/> and <see cref="End"/>.</summary>
    public static string Block()
    {
        var text = new StringBuilder("```\n").Append(Table(Expected())).Append("```\n\nWho may, how far:\n\n");
        foreach (var permission in AccessPolicy.All.Append(AccessPolicy.ClosedServices))
        {
            text.Append("- `").Append(permission.Operation).Append("` — ").Append(WhoMay(permission)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// "offender managers (their caseload); Immediate Justice coordinators (...)": the actors granted it, those of one
    /// reach together, or "anyone (...)" when every actor (or every one but those named) is granted it alike.
    /// </summary>
    public static string WhoMay(Permission permission)
    {
        var granted = Actors.Where(permission.Grants.ContainsKey).ToList();
        var groups = granted.GroupBy(a => permission.Grants[a]).ToList();
        return granted.Contains(Actor.Anonymous) && groups.Count == 1
            ? $"anyone{(granted.Count == Actors.Count ? "" : $" but {AccessPolicy.Names(Actors.Except(granted))}")} ({HowFar(groups[0].Key)})"
            : string.Join("; ", groups.Select(g => $"{AccessPolicy.Names(g)} ({HowFar(g.Key)})"));
    }

    private static string HowFar(Reach reach) => reach switch
    {
        Reach.Public => "nothing about a stored person",
        Reach.Aggregates => "counts over an area, never a person",
        Reach.Caseload => "their caseload",
        Reach.OwnOrganisation => "their own organisation",
        Reach.CoordinatedCases => "the Immediate Justice queue and the cases they coordinate",
        Reach.ReferredCases => "the cases their organisation referred",
        Reach.Colleagues => "who the other offender managers are: names, work contacts and delivery units, never a caseload",
        Reach.Everything => "everything",
        Reach.Self => "their own",
        _ => throw new ArgumentOutOfRangeException(nameof(reach), reach, null),
    };

    private static string Row(string operation, IEnumerable<string> cells) =>
        operation.PadRight(31) + string.Concat(cells.Select(c => c.PadRight(17))).TrimEnd() + "\n";

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordStart();
}
