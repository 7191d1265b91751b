using System.Security.Cryptography;
using System.Text;

namespace Rehab.Graph.Domain.OpenReferral;

/// <summary>
/// Open Referral UK ids for the hub's items: name-based UUIDs (version 5, RFC 9562) of a name made from our ids, so the
/// same item has the same UUID on every run and every hub, and anyone can compute one from our id. The namespace is
/// itself the version-5 UUID of the URL <c>urn:rehab-graph:openreferral</c> in the standard URL namespace; in Python,
/// <c>uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "urn:rehab-graph:openreferral"), "svc-0001")</c>. The names are in
/// docs/openreferral.md: an item's own id ("svc-0001", "org-0001"), and for the parts of a service that have no id of
/// their own in the hub, the service's id and the part ("svc-0001/location").
/// </summary>
public static class OpenReferralIds
{
    public static readonly Guid Namespace = NameBased(new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "urn:rehab-graph:openreferral");

    /// <summary>The UUID of an item with an id of its own in the hub: a service, an organisation.</summary>
    public static Guid Of(string id) => NameBased(Namespace, id);

    /// <summary>The UUID of a part of an item (its location, its schedule) that the hub holds in the item itself.</summary>
    public static Guid Of(string id, string part) => NameBased(Namespace, $"{id}/{part}");

    /// <summary>The UUID as Open Referral writes it: lower case, with hyphens.</summary>
    public static string Text(Guid id) => id.ToString("D");

    private static Guid NameBased(Guid space, string name)
    {
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(name.Length)];
        space.TryWriteBytes(input, bigEndian: true, out _);
        var length = 16 + Encoding.UTF8.GetBytes(name, input[16..]);
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(input[..length], hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
