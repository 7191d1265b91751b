using GraphQL.Types;
using Rehab.Graph.Domain.Geography;

namespace Rehab.Graph.Api.Geography;

public sealed class GeoPointType : ObjectGraphType<GeoPoint>
{
    public GeoPointType()
    {
        Name = "GeoPoint";
        Description = "A WGS-84 position in decimal degrees.";
        Field(p => p.Latitude);
        Field(p => p.Longitude);
    }
}

public sealed record GeoPointInput(double Latitude, double Longitude);

public sealed class GeoPointInputType : InputObjectGraphType<GeoPointInput>
{
    public GeoPointInputType()
    {
        Name = "GeoPointInput";
        Field(p => p.Latitude);
        Field(p => p.Longitude);
    }
}

public sealed record NearInput(GeoPointInput? Point, string? Place, double RadiusKm)
{
    public NearRequest ToRequest() =>
        new(Point is null ? null : new GeoPoint(Point.Latitude, Point.Longitude), Place, RadiusKm);
}

public sealed class NearInputType : InputObjectGraphType<NearInput>
{
    public NearInputType()
    {
        Name = "NearInput";
        Description = "Around a point or a named place (one of the two), within radiusKm (more than 0, at most 200).";
        Field(n => n.Point, typeof(GeoPointInputType));
        Field(n => n.Place, nullable: true).Description("A place name or postcode district of the region, e.g. \"Orchard Park\" or \"HU5\".");
        Field(n => n.RadiusKm);
    }
}
