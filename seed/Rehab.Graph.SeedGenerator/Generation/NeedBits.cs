namespace Rehab.Graph.SeedGenerator;

/// <summary>Needs as bits, so whether two lists share one is a single AND.</summary>
public static class NeedBits
{
    public static int Of(IEnumerable<NeedCode> needs) => needs.Aggregate(0, (bits, need) => bits | 1 << (int)need);
}
