using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Domain.OpenReferral;

/// <summary>A term of our taxonomy as Open Referral UK lists it; <see cref="Code"/> is what an import maps back.</summary>
public sealed record OpenReferralTerm(string Id, string Code, string Name, string Description);

/// <summary>
/// The hub's needs as an Open Referral UK taxonomy, with one term more: "Women only", which Open Referral UK has no
/// field for. Ids are name-based (<see cref="OpenReferralIds"/>): "taxonomy/needs" for the taxonomy, "need/CODE" for a
/// need, "term/women-only".
/// </summary>
public static class OpenReferralTaxonomy
{
    public const string Name = "Rehab.Graph needs";

    public const string Description = "The needs probation assesses (the OASys needs), by which the hub finds support for a person.";

    public static readonly string Id = OpenReferralIds.Text(OpenReferralIds.Of("taxonomy/needs"));

    public static readonly OpenReferralTerm WomenOnlyTerm = new(
        OpenReferralIds.Text(OpenReferralIds.Of("term/women-only")), "women-only", "Women only", "Open to women only.");

    /// <summary>The need a term stands for; none for "Women only" or a term not of this taxonomy.</summary>
    public static string? NeedCode(Guid termId, IEnumerable<string> needCodes) =>
        needCodes.FirstOrDefault(code => OpenReferralIds.Of($"need/{code}") == termId);

    public static OpenReferralTerm NeedTerm(NeedRef need) => new(
        OpenReferralIds.Text(OpenReferralIds.Of($"need/{need.Code}")), need.Code, need.Label, $"Support with {need.Label.ToLowerInvariant()}, a need probation assesses.");
}
