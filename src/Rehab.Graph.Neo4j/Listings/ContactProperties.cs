using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Neo4j.Listings;

/// <summary>
/// The flat properties an address and a contact are stored as on a listing node (see ListingRows), as the
/// parameters of a write: a null one removes the property, so a listing sent without them has none.
/// </summary>
internal static class ContactProperties
{
    public static Dictionary<string, object?> With(this Dictionary<string, object?> parameters, Address? address, Contact? contact)
    {
        parameters["addressLines"] = address?.Lines;
        parameters["town"] = address?.Town;
        parameters["postcode"] = address?.Postcode;
        parameters["contactName"] = contact?.Name;
        parameters["contactEmail"] = contact?.Email;
        parameters["contactPhone"] = contact?.Phone;
        parameters["contactUrl"] = contact?.Url;
        return parameters;
    }
}
