using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Cli.Import;

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
/// <item>its <c>id</c> only when it is one of ours ("svc-..."); other ids are the publisher's, and the service is
/// matched by name.</item>
/// </list>
/// A service whose <c>status</c> is not "active" is skipped. Everything else (url, contacts, costs, the organisation)
/// the hub does not hold for a service. <see cref="Write"/> writes services in the form read here.
/// </summary>
public static class OpenReferralServiceFile
{
    public static IReadOnlyList<ImportRow> Read(Stream json)
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
                { ValueKind: JsonValueKind.Array } => [.. root.EnumerateArray().Select((service, i) => Row($"[{i}]", service))],
                { ValueKind: JsonValueKind.Object } when root.TryGetProperty("contents", out var contents) && contents.ValueKind == JsonValueKind.Array =>
                    [.. contents.EnumerateArray().Select((service, i) => Row($"contents[{i}]", service))],
                { ValueKind: JsonValueKind.Object } => [Row("service", root)],
                _ => throw new ImportFileException("The file holds neither a service, an array of services nor a page of them ({\"contents\": [...]})."),
            };
        }
    }

    private static readonly JsonSerializerOptions Written = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // Opening times hold dashes and other non-ASCII text: keep it readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>
    /// Writes the services as an array, each with its id, so that importing the file changes these very services. Open
    /// Referral UK has no field for a capacity, waiting time, referral route or the risks a service is unsuitable for,
    /// so those are not written. A paused service is "temporarily closed", which an import skips.
    /// </summary>
    public static void Write(IReadOnlyList<ServiceListing> services, TextWriter destination)
    {
        var written = services.Select(s => new WrittenService(
            s.Id,
            s.Organisation.Id,
            s.Name,
            s.Description,
            s.Status switch
            {
                ServiceStatus.Active => "active",
                ServiceStatus.Paused => "temporarily closed",
                _ => "inactive",
            },
            s.MinAge,
            s.MaxAge,
            [new WrittenServiceAtLocation(s.Online ? new WrittenLocation("virtual", null, null) : new WrittenLocation("physical", s.Lat, s.Lon))],
            [.. s.Languages.Select(code => new WrittenLanguage(code))],
            s.OpeningTimes is null ? [] : [new WrittenSchedule(s.OpeningTimes)],
            [.. Attributes(s)]));
        destination.WriteLine(JsonSerializer.Serialize(written, Written));
    }

    private static IEnumerable<WrittenAttribute> Attributes(ServiceListing service)
    {
        foreach (var need in service.Needs.OrderBy(n => n.Code, StringComparer.Ordinal))
        {
            // The label names the need for other directories; the code, as the id, is what an import maps back.
            yield return new WrittenAttribute(new WrittenTerm(need.Code, need.Label, NeedTaxonomy));
        }

        if (service.WomenOnly)
        {
            yield return new WrittenAttribute(new WrittenTerm("women-only", "Women only", null));
        }
    }

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

        var (location, online) = Place(service, problems);
        var (needs, womenOnly) = Terms(service, problems);
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
        };
        var ours = publisherId is not null && publisherId.StartsWith(Ids.Service + "-", StringComparison.Ordinal) ? publisherId : null;
        return new ImportRow(position, ours, draft, problems);
    }

    private static (GeoPoint? Location, bool Online) Place(JsonElement service, List<ImportProblem> problems)
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
                    return (new GeoPoint(lat, lon), false);
                case (null, not null):
                    problems.Add(new ImportProblem($"{field}.latitude", $"'{field}' has a longitude but no latitude."));
                    return (null, false);
                case (not null, null):
                    problems.Add(new ImportProblem($"{field}.longitude", $"'{field}' has a latitude but no longitude."));
                    return (null, false);
            }
        }

        if (!hasVirtual)
        {
            problems.Add(new ImportProblem("service_at_locations",
                "No location with a latitude and longitude, and none virtual: the hub places every service that is not online, to find it near people."));
        }

        return (null, hasVirtual);
    }

    private static (IReadOnlyList<string> Needs, bool WomenOnly) Terms(JsonElement service, List<ImportProblem> problems)
    {
        var terms = new List<string>();
        foreach (var attribute in Array(service, "attributes", problems))
        {
            if (attribute.TryGetProperty("taxonomy_term", out var term) && term.ValueKind == JsonValueKind.Object)
            {
                // Publishers fill different fields of a term: any of them may carry a text we know.
                terms.AddRange(new[] { "name", "term", "id" }
                    .Select(field => term.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
                    .OfType<string>());
            }
        }

        var needs = terms.SelectMany(NeedTerms.Needs).Distinct(StringComparer.Ordinal).ToList();
        if (needs.Count == 0)
        {
            problems.Add(new ImportProblem("attributes", terms.Count == 0
                ? "No taxonomy terms: a service needs at least one term that maps to a need (see seed/IMPORT.md)."
                : $"No taxonomy term maps to a need (terms: {string.Join(", ", terms.Distinct(StringComparer.Ordinal).Select(t => $"'{t}'"))}); see seed/IMPORT.md for the terms that do."));
        }

        return (needs, terms.Any(NeedTerms.IsWomenOnly));
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

    // The shapes Write writes: HSDS 3.0 names, snake_case, as Row reads them.

    private const string NeedTaxonomy = "rehab-graph-needs";

    private sealed record WrittenService(
        string Id, string OrganizationId, string Name, string? Description, string Status, int? MinimumAge, int? MaximumAge,
        IReadOnlyList<WrittenServiceAtLocation> ServiceAtLocations, IReadOnlyList<WrittenLanguage> Languages, IReadOnlyList<WrittenSchedule> Schedules,
        IReadOnlyList<WrittenAttribute> Attributes);

    private sealed record WrittenServiceAtLocation(WrittenLocation Location);

    private sealed record WrittenLocation(string LocationType, double? Latitude, double? Longitude);

    private sealed record WrittenLanguage(string Code);

    private sealed record WrittenSchedule(string Description);

    private sealed record WrittenAttribute(WrittenTerm TaxonomyTerm);

    private sealed record WrittenTerm(string Id, string Name, string? Taxonomy);
}
