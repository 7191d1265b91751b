using System.Text.Json;
using Rehab.Graph.RegionalData.Generation;
using Rehab.Graph.RegionalData.Geography;

namespace Rehab.Graph.RegionalData.Writing;

/// <summary>One record of each kind as seed-format JSON, properties in the order of seed/FORMAT.md; absent values are left out.</summary>
public static class SeedJson
{
    public static void Region(Utf8JsonWriter json, Region region)
    {
        json.WriteStartObject();
        json.WriteString("name", region.Name);
        json.WriteString("city", region.City);
        json.WritePropertyName("centre");
        json.WriteStartObject();
        json.WriteNumber("lat", region.Centre.Lat);
        json.WriteNumber("lon", region.Centre.Lon);
        json.WriteEndObject();
        json.WriteString("notice", region.Notice);
        json.WriteNumber("generatedWithSeed", region.GeneratedWithSeed);
        json.WriteEndObject();
    }

    public static void Label<T>(Utf8JsonWriter json, (T Code, string Label) entry)
        where T : struct, Enum
    {
        json.WriteStartObject();
        json.WriteString("code", Code<T>.Of(entry.Code));
        json.WriteString("label", entry.Label);
        json.WriteEndObject();
    }

    public static void Practitioner(Utf8JsonWriter json, Practitioner practitioner)
    {
        json.WriteStartObject();
        json.WriteString("id", practitioner.Id);
        json.WriteString("name", practitioner.Name);
        json.WriteString("deliveryUnit", practitioner.DeliveryUnit);
        json.WriteEndObject();
    }

    public static void Organisation(Utf8JsonWriter json, Organisation organisation)
    {
        json.WriteStartObject();
        json.WriteString("id", organisation.Id);
        json.WriteString("name", organisation.Name);
        json.WriteString("kind", Code<OrganisationKind>.Of(organisation.Kind));
        json.WriteString("description", organisation.Description);
        Location(json, "lat", "lon", organisation.Location);
        if (organisation.Website is { } website)
        {
            json.WriteString("website", website);
        }

        json.WriteEndObject();
    }

    public static void Service(Utf8JsonWriter json, Service service)
    {
        json.WriteStartObject();
        json.WriteString("id", service.Id);
        json.WriteString("organisationId", service.Organisation.Id);
        json.WriteString("name", service.Name);
        json.WriteString("description", service.Description);
        Codes(json, "needs", service.Needs);
        json.WriteBoolean("online", service.Online);
        if (service.Location is { } location)
        {
            Location(json, "lat", "lon", location);
        }

        json.WriteBoolean("womenOnly", service.WomenOnly);
        OptionalNumber(json, "minAge", service.MinAge);
        OptionalNumber(json, "maxAge", service.MaxAge);
        Codes(json, "languages", service.Languages);
        Codes(json, "unsuitableFor", service.UnsuitableFor);
        OptionalNumber(json, "capacity", service.Capacity);
        OptionalNumber(json, "waitingDays", service.WaitingDays);
        json.WriteString("openingTimes", service.OpeningTimes);
        json.WriteString("referralRoute", Code<ReferralRoute>.Of(service.ReferralRoute));
        json.WriteEndObject();
    }

    public static void Placement(Utf8JsonWriter json, Placement placement)
    {
        json.WriteStartObject();
        json.WriteString("id", placement.Id);
        json.WriteString("organisationId", placement.Organisation.Id);
        json.WriteString("title", placement.Title);
        json.WriteString("kind", Code<PlacementKind>.Of(placement.Kind));
        json.WriteString("description", placement.Description);
        Location(json, "lat", "lon", placement.Location);
        json.WriteNumber("capacity", placement.Capacity);
        json.WriteNumber("filled", placement.Filled);
        json.WriteBoolean("womenOnly", placement.WomenOnly);
        json.WriteBoolean("childFacing", placement.ChildFacing);
        Codes(json, "unsuitableFor", placement.UnsuitableFor);
        json.WriteString("maxRiskOfHarm", Code<RiskLevel>.Of(placement.MaxRiskOfHarm));
        Strings(json, "sessions", placement.Sessions);
        json.WriteString("supervisor", placement.Supervisor);
        Codes(json, "skills", placement.Skills);
        json.WriteEndObject();
    }

    public static void Mentor(Utf8JsonWriter json, Mentor mentor)
    {
        json.WriteStartObject();
        json.WriteString("id", mentor.Id);
        json.WriteString("displayName", mentor.DisplayName);
        json.WriteString("gender", Code<Gender>.Of(mentor.Gender));
        Codes(json, "languages", mentor.Languages);
        Codes(json, "livedExperience", mentor.LivedExperience);
        json.WriteNumber("capacity", mentor.Capacity);
        Location(json, "lat", "lon", mentor.Home);
        Strings(json, "organisationIds", mentor.Organisations.Select(o => o.Id));
        json.WriteString("bio", mentor.Bio);
        json.WriteEndObject();
    }

    public static void Person(Utf8JsonWriter json, Person person)
    {
        json.WriteStartObject();
        json.WriteString("id", person.Id);
        json.WriteString("displayName", person.DisplayName);
        json.WriteString("gender", Code<Gender>.Of(person.Gender));
        json.WriteNumber("birthYear", person.BirthYear);
        Location(json, "homeLat", "homeLon", person.Home);
        json.WriteString("postcodeDistrict", person.Neighbourhood.PostcodeDistrict);
        Codes(json, "languages", person.Languages);
        json.WriteString("riskOfHarm", Code<RiskLevel>.Of(person.RiskOfHarm));
        Codes(json, "riskFlags", person.RiskFlags);
        json.WriteStartArray("needs");
        foreach (var need in person.Needs)
        {
            json.WriteStartObject();
            json.WriteString("code", Code<NeedCode>.Of(need.Code));
            json.WriteNumber("severity", need.Severity);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Codes(json, "strengths", person.Strengths);
        json.WriteString("practitionerId", person.Practitioner.Id);
        json.WriteEndObject();
    }

    public static void Acquaintance(Utf8JsonWriter json, Acquaintance tie)
    {
        json.WriteStartObject();
        json.WriteString("from", tie.From.Id);
        json.WriteString("to", tie.To.Id);
        json.WriteString("kind", Code<TieKind>.Of(tie.Kind));
        json.WriteBoolean("prosocial", tie.Prosocial);
        json.WriteEndObject();
    }

    public static void Mentoring(Utf8JsonWriter json, Mentoring tie) => Pair(json, "mentorId", tie.Mentor.Id, "personId", tie.Person.Id);

    public static void Attendance(Utf8JsonWriter json, Attendance tie) => Pair(json, "personId", tie.Person.Id, "serviceId", tie.Service.Id);

    public static void Completion(Utf8JsonWriter json, Completion tie) => Pair(json, "personId", tie.Person.Id, "placementId", tie.Placement.Id);

    public static void Partnership(Utf8JsonWriter json, Partnership tie) => Pair(json, "from", tie.From.Id, "to", tie.To.Id);

    private static void Pair(Utf8JsonWriter json, string firstName, string first, string secondName, string second)
    {
        json.WriteStartObject();
        json.WriteString(firstName, first);
        json.WriteString(secondName, second);
        json.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter json, string latName, string lonName, GeoPoint point)
    {
        json.WriteNumber(latName, point.Lat);
        json.WriteNumber(lonName, point.Lon);
    }

    private static void OptionalNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    private static void Codes<T>(Utf8JsonWriter json, string name, CodeSet<T> codes)
        where T : struct, Enum =>
        Strings(json, name, codes.Select(Code<T>.Of));

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
