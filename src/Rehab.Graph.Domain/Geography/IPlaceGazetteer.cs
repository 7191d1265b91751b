namespace Rehab.Graph.Domain.Geography;

/// <summary>Turns a place name or postcode district into a point. A real geocoder can replace the offline one.</summary>
public interface IPlaceGazetteer
{
    Place? Find(string name);
}

public sealed record Place(string Name, string Kind, GeoPoint Location);
