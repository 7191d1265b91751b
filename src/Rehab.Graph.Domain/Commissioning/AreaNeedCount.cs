using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Domain.Commissioning;

/// <summary>
/// How many people on probation living in one postcode district have an assessed need, and how many of them are
/// not yet connected to support for it: no open or completed referral for the need, and no service addressing it
/// that they attend.
/// </summary>
public sealed record AreaNeedCount(string Area, NeedRef Need, int People, int Unmet)
{
    /// <summary>
    /// Counts from 1 to this less one are withheld: in a district, a handful of people with a need could be told
    /// apart by anyone who knows the area, and commissioners see aggregates only.
    /// </summary>
    public const int SmallestShown = 5;

    /// <summary>How many people have the need, as a commissioner may see it: null from 1 to 4.</summary>
    public int? PeopleShown => Disclosed(People);

    /// <summary>
    /// How many of them are unmet, as a commissioner may see it: null from 1 to 4, and also whenever it would let a small
    /// count be worked out from the people shown beside it. The people connected are the difference, so it is withheld
    /// when 1 to 4 are connected (people 6, unmet 5: exactly one is), and when the people are withheld (unmet 0 beside
    /// "1 to 4 people" says that every one of them is connected).
    /// </summary>
    public int? UnmetShown => PeopleShown is null || Disclosed(People - Unmet) is null ? null : Disclosed(Unmet);

    /// <summary>A count as a commissioner may see it: null when it is small enough to single someone out.</summary>
    public static int? Disclosed(int count) => count is > 0 and < SmallestShown ? null : count;
}

public static class PostcodeDistricts
{
    public const string Kind = "POSTCODE_DISTRICT";

    /// <summary>The districts named, as the gazetteer spells them, de-duplicated; anything else names the field.</summary>
    public static IReadOnlyList<string> Validate(IEnumerable<string>? areas, IPlaceGazetteer gazetteer, string field)
    {
        var found = new List<string>();
        foreach (var area in areas ?? [])
        {
            var shortEnough = area.Length <= Ids.MaxLength;
            var place = shortEnough ? gazetteer.Find(area) : null;
            if (place is not { Kind: Kind })
            {
                var shown = shortEnough ? area : area[..Ids.MaxLength] + "...";
                throw new InvalidInputException(field, $"'{field}' holds '{shown}', which is not a postcode district of the region (e.g. HU3).");
            }

            found.Add(place.Name);
        }

        return [.. found.Distinct(StringComparer.Ordinal)];
    }
}
