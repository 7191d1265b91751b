using System.Diagnostics;

namespace Rehab.Graph.SeedGenerator;

public static class TieSampling
{
    public static double ProsocialChance(TieKind kind) => kind switch
    {
        TieKind.Family => 0.85,
        TieKind.Friend => 0.7,
        TieKind.Partner => 0.7,
        TieKind.Peer => 0.35,
        TieKind.ExPartner => 0.3,
        TieKind.CoDefendant => 0,
        _ => throw new UnreachableException(),
    };

    /// <summary>Draws candidates until <paramref name="target"/> are accepted; a null draw is a rejected attempt.</summary>
    /// <param name="madeSoFar">Told how many are made at every tenth of the way.</param>
    public static List<T> Fill<T>(int target, Func<T?> draw, Action<int>? madeSoFar = null)
        where T : class
    {
        var tenth = Math.Max(1, target / 10);
        var items = new List<T>(target);
        for (var attempts = 0; items.Count < target; attempts++)
        {
            if (attempts > target * 200)
            {
                throw new InvalidOperationException($"Could only generate {items.Count} of {target} {typeof(T).Name} ties.");
            }

            if (draw() is { } item)
            {
                items.Add(item);
                if (items.Count % tenth == 0)
                {
                    madeSoFar?.Invoke(items.Count);
                }
            }
        }

        return items;
    }
}
