namespace Rehab.Graph.Domain.Geography;

/// <summary>What a caller asked for: a point or a place name, and a radius. Resolved into a <see cref="NearQuery"/>.</summary>
public sealed record NearRequest(GeoPoint? Point, string? Place, double RadiusKm)
{
    /// <summary>Validates the request and looks the place up; <paramref name="field"/> names the argument.</summary>
    public NearQuery Resolve(IPlaceGazetteer gazetteer, string field = "near")
    {
        var radius = NearQuery.ValidateRadius(RadiusKm, $"{field}.radiusKm");
        var hasPlace = !string.IsNullOrWhiteSpace(Place);
        if (Point is not null == hasPlace)
        {
            throw new InvalidInputException(field, $"'{field}' needs exactly one of 'point' or 'place'.");
        }

        if (Point is { } point)
        {
            return new NearQuery(GeoPoint.Create(point.Latitude, point.Longitude, $"{field}.point"), radius);
        }

        var found = gazetteer.Find(Place!)
            ?? throw new InvalidInputException($"{field}.place", $"Unknown place '{Place}' in '{field}.place'. Use a place name or postcode district of the region, or a point.");
        return new NearQuery(found.Location, radius);
    }
}
