namespace Rehab.Graph.SeedGenerator;

// Member names map to the UPPER_SNAKE_CASE codes of gazetteer.json through the snake-case enum converter in SeedWriter.

public enum PlaceKind
{
    Area,
    PostcodeDistrict,
    Town,
}
