using System.Globalization;
using System.Text.Json;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.OpenReferral;

namespace Rehab.Graph.Domain.Listings.Import;

/// <summary>
/// Services in Open Referral UK JSON (HSDS 3.0 UK profile): one service as <c>/services/{id}</c> returns it, an array
/// of them, or a page of them (<c>{"contents": [...]}</c>). What the hub reads of each service:
/// <list type="bullet">
/// <item><c>name</c>, <c>description</c>, <c>minimum_age</c> and <c>maximum_age</c> as they are;</item>
/// <item>its place: the first <c>service_at_locations[].location</c> with a latitude and longitude; a service whose
/// locations are all virtual is online; one with neither is rejected;</item>
/// <item>its needs: the taxonomy terms of its <c>attributes</c>, mapped by <see cref="NeedTerms"/>; a service none
/// of whose terms maps to a need is rejected; a "Women only" term makes it women-only;</item>
/// <item><c>languages[].code</c> (ISO 639-1; the UK profile's language has no code, HSDS 3.0's has);</item>
/// <item><c>schedules[].description</c> as its opening times;</item>
/// <item>its contact: <c>url</c>, <c>email</c>, the first <c>contacts[].name</c> and the first phone number, of
/// <c>contacts[].phones[]</c> or else the service's own <c>phones[]</c>; its address: the first of the location's
/// <c>addresses[]</c> (a physical one first), <c>address_1</c> split at ", " into lines, <c>city</c> as the town and
/// <c>postal_code</c>;</item>
/// <item>its <c>id</c> when it is one of ours: the UUID an export gives our service
/// (<see cref="OpenReferralIds"/>), or our own "svc-..."; other ids are the publisher's, and the service is matched
/// by name.</item>
/// </list>
/// A service whose <c>status</c> is not "active" is skipped. Everything else (costs, fees, the organisation)
/// the hub does not hold for a service. <see cref="Write"/> writes services in the form read here.
/// </summary>
public static class OpenReferralServiceFile
{
    public static IReadOnlyList<ImportRow> Read(Stream json) => Services(json, Row);

    /// <summary>
    /// The services of a whole directory (another's, or our <c>export --all</c>), each with the organisation it names:
    /// its <c>organization</c> (id, name, description, website, email) or else its <c>organization_id</c>.
    /// </summary>
    public static IReadOnlyList<DirectoryRow> ReadDirectory(Stream json) =>
        Services(json, (index, service) => new DirectoryRow(Row(index, service), Organisation(service)));

    private static IReadOnlyList<T> Services<T>(Stream json, Func<string, JsonElement, T> row)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ImportFileException($"The file is not JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            return root switch
            {
                { ValueKind: JsonValueKind.Array } => [.. root.EnumerateArray().Select((service, i) => row($"[{i}]", service))],
                { ValueKind: JsonValueKind.Object } when root.TryGetProperty("contents", out var contents) && contents.ValueKind == JsonValueKind.Array =>
                    [.. contents.EnumerateArray().Select((service, i) => row($"contents[{i}]", service))],
                { ValueKind: JsonValueKind.Object } => [row("service", root)],
                _ => throw new ImportFileException("The file holds neither a service, an array of services nor a page of them ({\"contents\": [...]})."),
            };
        }
    }

    /// <summary>
    /// Writes the services as an array in the Open Referral UK shape (<see cref="OpenReferralShapes.Service"/>), so
    /// that importing the file changes these very services. A paused service is "temporarily closed", which an import
    /// skips.
    /// </summary>
    public static void Write(IReadOnlyList<ServiceListing> services, TextWriter destination) =>
        destination.WriteLine(JsonSerializer.Serialize(services.Select(OpenReferralShapes.Service), OpenReferralShapes.Indented));

    /// <summary>The rules name fields as the GraphQL input does ("input.maxAge"); the file names them as Open Referral does.</summary>
    public static string SourceField(string field) => field switch
    {
        "input.id" => "id",
        "input.needs" or "input.womenOnly" => "attributes",
        "input.location" => "service_at_locations",
        "input.location.latitude" => "service_at_locations.location.latitude",
        "input.location.longitude" => "service_at_locations.location.longitude",
        "input.minAge" => "minimum_age",
        "input.maxAge" => "maximum_age",
        "input.openingTimes" => "schedules",
        "input.address.lines" => "service_at_locations.location.addresses.address_1",
        "input.address.town" => "service_at_locations.location.addresses.city",
        "input.address.postcode" => "service_at_locations.location.addresses.postal_code",
        "input.contact.name" => "contacts.name",
        "input.contact.email" => "email",
        "input.contact.phone" => "contacts.phones.number",
        "input.contact.url" => "url",
        _ => field.StartsWith("input.", StringComparison.Ordinal) ? field["input.".Length..] : field,
    };

    private static ImportRow Row(string index, JsonElement service)
    {
        var problems = new List<ImportProblem>();
        if (service.ValueKind != JsonValueKind.Object)
        {
            return new ImportRow(index, null, ImportFormats.NoService, [new ImportProblem("(service)", "A service must be a JSON object.")]);
        }

        var publisherId = Text(service, "id", problems);
        var position = publisherId is null ? index : $"{index} (id {publisherId})";
        var status = Text(service, "status", problems);
        if (status is not null && !status.Equals("active", StringComparison.OrdinalIgnoreCase))
        {
            return new ImportRow(position, null, ImportFormats.NoService, [], $"Its status is '{status}': only active services are imported.");
        }

        var (location, online, address) = Place(service, problems);
        var (needs, womenOnly, unmapped) = Terms(service, problems);
        var draft = ImportFormats.NoService with
        {
            Name = Text(service, "name", problems),
            Description = Text(service, "description", problems),
            Needs = needs,
            Online = online,
            Location = location,
            WomenOnly = womenOnly,
            MinAge = Age(service, "minimum_age", problems),
            MaxAge = Age(service, "maximum_age", problems),
            Languages = Languages(service, problems),
            OpeningTimes = OpeningTimes(service, problems),
            Address = address,
            Contact = Contact(service, problems),
        };
        var ours = publisherId is not null && (publisherId.StartsWith(Ids.Service + "-", StringComparison.Ordinal) || Guid.TryParse(publisherId, out _)) ? publisherId : null;
        return new ImportRow(position, ours, draft, problems, UnmappedTerms: unmapped);
    }

    /// <summary>The organisation a service names; none when it names none, or the JSON is not an object.</summary>
    private static OrganisationInFile? Organisation(JsonElement service)
    {
        if (service.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        // A field that is not a string reads as absent: the rules that match the organisation say what it then lacks.
        var ignored = new List<ImportProblem>();
        if (service.TryGetProperty("organization", out var organisation) && organisation.ValueKind == JsonValueKind.Object)
        {
            return new OrganisationInFile(
                Text(organisation, "id", ignored) ?? Text(service, "organization_id", ignored),
                Text(organisation, "name", ignored),
                Text(organisation, "description", ignored),
                Text(organisation, "website", ignored),
                Text(organisation, "email", ignored));
        }

        return Text(service, "organization_id", ignored) is { } id ? new OrganisationInFile(id, null, null, null, null) : null;
    }

    private static (GeoPoint? Location, bool Online, Address? Address) Place(JsonElement service, List<ImportProblem> problems)
    {
        var hasVirtual = false;
        var places = Array(service, "service_at_locations", problems);
        for (var i = 0; i < places.Count; i++)
        {
            if (!places[i].TryGetProperty("location", out var location) || location.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var field = $"service_at_locations[{i}].location";
            if (string.Equals(Text(location, "location_type", problems, field), "virtual", StringComparison.OrdinalIgnoreCase))
            {
                hasVirtual = true;
                continue;
            }

            var latitude = Number(location, "latitude", problems, field);
            var longitude = Number(location, "longitude", problems, field);
            switch (latitude, longitude)
            {
                case ({ } lat, { } lon):
                    return (new GeoPoint(lat, lon), false, PostalAddress(location, problems, field));
                case (null, not null):
                    problems.Add(new ImportProblem($"{field}.latitude", $"'{field}' has a longitude but no latitude."));
                    return (null, false, null);
                case (not null, null):
                    problems.Add(new ImportProblem($"{field}.longitude", $"'{field}' has a latitude but no longitude."));
                    return (null, false, null);
            }
        }

        if (!hasVirtual)
        {
            problems.Add(new ImportProblem("service_at_locations",
                "No location with a latitude and longitude, and none virtual: the hub places every service that is not online, to find it near people."));
        }

        return (null, hasVirtual, null);
    }

    /// <summary>The location's address, a physical one first; Open Referral UK holds the street lines in one <c>address_1</c>.</summary>
    private static Address? PostalAddress(JsonElement location, List<ImportProblem> problems, string field)
    {
        var addresses = Array(location, "addresses", problems);
        var index = addresses.ToList().FindIndex(a => string.Equals(Text(a, "address_type", problems), "physical", StringComparison.OrdinalIgnoreCase));
        if (addresses.Count == 0)
        {
            return null;
        }

        var path = $"{field}.addresses[{Math.Max(index, 0)}]";
        var address = addresses[Math.Max(index, 0)];
        var lines = Text(address, "address_1", problems, path)?.Split(AddressLineSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        return new Address(lines, Text(address, "city", problems, path), Text(address, "postal_code", problems, path));
    }

    private static Contact Contact(JsonElement service, List<ImportProblem> problems)
    {
        var contacts = Array(service, "contacts", problems);
        var name = contacts.Select((contact, i) => Text(contact, "name", problems, $"contacts[{i}]")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        var phones = contacts.SelectMany((contact, i) => Array(contact, "phones", problems).Select((phone, j) => Text(phone, "number", problems, $"contacts[{i}].phones[{j}]")))
            .Concat(Array(service, "phones", problems).Select((phone, j) => Text(phone, "number", problems, $"phones[{j}]")));
        return new Contact(name, Text(service, "email", problems), phones.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)), Text(service, "url", problems));
    }

    /// <summary>
    /// The needs the service's taxonomy terms map to, whether one marks it women-only, and the terms that mean
    /// nothing to the hub, each named by its name, else its term, else its id.
    /// </summary>
    private static (IReadOnlyList<string> Needs, bool WomenOnly, IReadOnlyList<string> Unmapped) Terms(JsonElement service, List<ImportProblem> problems)
    {
        var terms = new List<string>();
        var unmapped = new List<string>();
        foreach (var attribute in Array(service, "attributes", problems))
        {
            if (attribute.TryGetProperty("taxonomy_term", out var term) && term.ValueKind == JsonValueKind.Object)
            {
                // Publishers fill different fields of a term: any of them may carry a text we know.
                var texts = new[] { "name", "term", "id" }
                    .Select(field => term.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
                    .OfType<string>()
                    .ToList();
                terms.AddRange(texts);
                if (texts.Count > 0 && !texts.Any(t => NeedTerms.Needs(t).Count > 0 || NeedTerms.IsWomenOnly(t)))
                {
                    unmapped.Add(texts[0]);
                }
            }
        }

        var needs = terms.SelectMany(NeedTerms.Needs).Distinct(StringComparer.Ordinal).ToList();
        if (needs.Count == 0)
        {
            problems.Add(new ImportProblem("attributes", terms.Count == 0
                ? "No taxonomy terms: a service needs at least one term that maps to a need (see seed/IMPORT.md)."
                : $"No taxonomy term maps to a need (terms: {string.Join(", ", terms.Distinct(StringComparer.Ordinal).Select(t => $"'{t}'"))}); see seed/IMPORT.md for the terms that do."));
        }

        return (needs, terms.Any(NeedTerms.IsWomenOnly), unmapped);
    }

    private static IReadOnlyList<string>? Languages(JsonElement service, List<ImportProblem> problems) =>
        [.. Array(service, "languages", problems)
            .Select((language, i) => Text(language, "code", problems, $"languages[{i}]")?.Trim().ToLowerInvariant())
            .OfType<string>()];

    private static string? OpeningTimes(JsonElement service, List<ImportProblem> problems)
    {
        var descriptions = Array(service, "schedules", problems)
            .Select((schedule, i) => Text(schedule, "description", problems, $"schedules[{i}]"))
            .Where(d => !string.IsNullOrWhiteSpace(d))
            .ToList();
        return descriptions.Count == 0 ? null : string.Join("; ", descriptions);
    }

    private static int? Age(JsonElement service, string name, List<ImportProblem> problems)
    {
        var age = Number(service, name, problems, null);
        if (age is null || age == Math.Floor(age.Value) && age is >= int.MinValue and <= int.MaxValue)
        {
            return (int?)age;
        }

        problems.Add(new ImportProblem(name, $"'{name}' must be a whole number of years (got {age.Value.ToString(CultureInfo.InvariantCulture)})."));
        return null;
    }

    /// <summary>The elements of an array property; absent or null is none, and anything else is a problem.</summary>
    private static IReadOnlyList<JsonElement> Array(JsonElement parent, string name, List<ImportProblem> problems)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            return [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)];
        }

        problems.Add(new ImportProblem(name, $"'{name}' must be an array."));
        return [];
    }

    private static string? Text(JsonElement parent, string name, List<ImportProblem> problems, string? path = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        var field = path is null ? name : $"{path}.{name}";
        problems.Add(new ImportProblem(field, $"'{field}' must be a string."));
        return null;
    }

    private static double? Number(JsonElement parent, string name, List<ImportProblem> problems, string? path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        var field = path is null ? name : $"{path}.{name}";
        problems.Add(new ImportProblem(field, $"'{field}' must be a number (got {value.GetRawText()})."));
        return null;
    }

    /// <summary>How <see cref="OpenReferralShapes"/> writes an address's street lines in its one <c>address_1</c>.</summary>
    private const string AddressLineSeparator = OpenReferralShapes.AddressLineSeparator;
}
