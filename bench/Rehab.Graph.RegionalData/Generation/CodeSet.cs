using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Rehab.Graph.RegionalData.Generation;

/// <summary>
/// A set of members of a small enum as a bit mask: overlap tests in the tie generator cost one AND,
/// and members always come out in declaration order, so the written lists are stable.
/// </summary>
public readonly record struct CodeSet<T>(int Bits) : IEnumerable<T>
    where T : struct, Enum
{
    public static CodeSet<T> Empty => default;

    public int Count => BitOperations.PopCount((uint)Bits);

    public bool IsEmpty => Bits == 0;

    public static CodeSet<T> Of(IEnumerable<T> members) => members.Aggregate(Empty, (set, member) => set.With(member));

    public CodeSet<T> With(T member) => new(Bits | Bit(member));

    public bool Contains(T member) => (Bits & Bit(member)) != 0;

    public bool Overlaps(CodeSet<T> other) => (Bits & other.Bits) != 0;

    public IEnumerator<T> GetEnumerator()
    {
        for (var remaining = Bits; remaining != 0; remaining &= remaining - 1)
        {
            var index = BitOperations.TrailingZeroCount(remaining);
            yield return Unsafe.As<int, T>(ref index);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int Bit(T member) => 1 << Unsafe.As<T, int>(ref member);
}
