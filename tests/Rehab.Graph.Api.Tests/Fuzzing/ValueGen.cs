using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests.Fuzzing;

/// <summary>
/// Values for an argument or input field of a given type: mostly what a real client would send (with ids, codes and
/// places from the demo region, so that many requests run), sometimes what a hostile or careless one would.
/// </summary>
public sealed class ValueGen(SchemaModel schema)
{
    /// <summary>Ids of every kind the hub issues, ids that look like them, and ids that are nothing like them.</summary>
    public static readonly Gen<string> Ids = Gen.OneOf(
        Gen.Int[1, 170].Select(i => $"svc-{i:0000}"),
        Gen.Int[1, 75].Select(i => $"org-{i:0000}"),
        Gen.Int[1, 45].Select(i => $"plc-{i:0000}"),
        Gen.Int[1, 32].Select(i => $"mnt-{i:0000}"),
        Gen.Int[1, 205].Select(i => $"per-{i:0000}"),
        Gen.Int[1, 11].Select(i => $"prc-{i:00}"),
        Gen.Guid.Select(g => $"ref-{g:N}"),
        Gen.Guid.Select(g => $"ijc-{g:N}"),
        Gen.OneOf(
            "", " ", "svc-", "svc-0001 ", "SVC-0001", "svc-00001", "0", "-1", "9223372036854775808", "null", "undefined",
            "svc-0001' OR '1'='1", "svc-0001\" }) MATCH (n) DETACH DELETE n //", "*", ".*", "%", "svc-%", "../../etc/passwd",
            "cmc6MA==", "per-0001\u0000", "\u202eper-0001", "per-٠٠٠١", "🙂", "ref-", "ijc-zzzz", "prc-07\n", "$personId"),
        Gen.String[Gen.Char.AlphaNumeric, 1, 40]);

    /// <summary>Strings a careless or hostile client sends: long, non-Latin, control characters, escapes, injections.</summary>
    public static readonly Gen<Value> HostileStrings = Gen.OneOf(
        Gen.Int[101, 6_000].Select(n => Value.Of(new string('x', n))),
        Gen.Int[1, 400].Select(n => Value.Of(string.Concat(Enumerable.Repeat("🙂é\u0301", n)))),
        Gen.OneOf(
            "", " ", "\t", "\u0000", "a\u0000b", "\u0001\u001f\u007f", "\ud800", "\udfff x", "\ufeff", "\u200b\u200d", "\u202e",
            "مرحبا", "שלום", "日本語のテキスト", "Ǆ̴̢̛͙", "'", "\"", "\\", "\\u0000", "${x}", "{0}", "%s%n%x", "' OR 1=1 --",
            "MATCH (n) DETACH DELETE n", "]->(n) RETURN n //", "<script>alert(1)</script>", "null", "true", "1e309", "NaN",
            "HU3 ", "hu3", "hu 3", "Orchard Park\r\n", "ACCOMMODATION ", "accommodation", "2024-02-30", "0001-01-01", "9999-12-31",
            "2026-13-01", "2026-01-01T25:00:00Z", "today", "Thu 09:30-15:30\nFri").Select(Value.Of),
        Gen.String.Select(Value.Of),
        Gen.String[Gen.Char[(char)0, (char)31], 1, 20].Select(s => (Value)new Value.Str(s, Raw: true)));

    public static readonly Gen<Value> HostileNumbers = Gen.OneOf(
        "-1", "0", "-0", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "99999999999999999999999999999999", "1e308", "1e309", "-1e309", "1e-400", "0.1", "-0.0", "1.5", "4.9e-324", "007", "1.",
        ".5", "0x10", "1_000", "+1").Select(n => (Value)new Value.Number(n));

    private static readonly string[] NeedCodes = SeedCodes("needs");

    private static readonly string[] StrengthCodes = SeedCodes("strengths");

    private static readonly Gen<double> Latitude = Gen.Double[53.60, 53.90];

    private static readonly Gen<double> Longitude = Gen.Double[-0.55, -0.15];

    private readonly Dictionary<(bool Valid, TypeRef Type, string Name, int Depth), Gen<Value>> _cache = [];

    /// <summary>A value for <paramref name="type"/>, usually valid, for an argument or field called <paramref name="name"/>.</summary>
    public Gen<Value> For(TypeRef type, string name, int depth = 0) =>
        Gen.Frequency((17, Valid(type, name, depth)), (3, Memo((false, type, name, depth), () => Hostile(type, name, depth))));

    /// <summary>Generators are built once per type and place: input types nest, and building them afresh each time multiplies.</summary>
    private Gen<Value> Memo((bool, TypeRef, string, int) key, Func<Gen<Value>> build)
    {
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var gen))
            {
                return gen;
            }
        }

        var built = build();
        lock (_cache)
        {
            return _cache.TryAdd(key, built) ? built : _cache[key];
        }
    }

    /// <summary>Exclusion zones: valid GeoJSON around the demo region, and GeoJSON broken in every way a client could break it.</summary>
    public static Gen<Value> GeoJson { get; } = Gen.Frequency(
        (3, Gen.OneOf(Polygon.Select(p => Geometry("Polygon", p)), Polygon.Array[1, 3].Select(ps => Geometry("MultiPolygon", new Value.List(ps))),
            Polygon.Array[0, 3].Select(FeatureCollection))),
        (4, MalformedGeoJson));

    private static Gen<Value> Position => Gen.Select(Longitude, Latitude, (lon, lat) => (Value)new Value.List([Value.Of(lon), Value.Of(lat)]));

    /// <summary>A closed ring of 3 to 12 corners around a point of the region.</summary>
    private static Gen<Value> Polygon => Gen.Select(Longitude, Latitude, Gen.Double[0.001, 0.2], Gen.Int[3, 12], (lon, lat, r, n) =>
    {
        var ring = Enumerable.Range(0, n).Select(i => (Value)new Value.List([Value.Of(lon + (r * Math.Cos(2 * Math.PI * i / n))), Value.Of(lat + (r * Math.Sin(2 * Math.PI * i / n)))])).ToList();
        ring.Add(ring[0]);
        return (Value)new Value.List([new Value.List(ring)]);
    });

    private static Gen<Value> MalformedGeoJson => Gen.OneOf(
        Position.Array[0, 3].Select(ring => Geometry("Polygon", new Value.List([new Value.List(ring)]))),
        Position.Array[4, 6].Select(ring => Geometry("Polygon", new Value.List([new Value.List(ring)]))),
        Gen.Select(Longitude, Latitude, (lon, lat) => Geometry("Polygon", Rings(Bowtie(lon, lat)))),
        Gen.Select(Longitude, Latitude, (lon, lat) => Geometry("Polygon", Rings(Square(lon, lat, 0.01), Square(lon + 1, lat, 0.01)))),
        Gen.Select(Longitude, Latitude, (lon, lat) => Geometry("Polygon", Rings(Square(lon, lat, 0.01), Square(lon, lat, 0.02)))),
        Gen.OneOf(1000.0, -1000.0, 1e308, -1e308, 0, 180.000001, 4.9e-324).Select(x => Geometry("Polygon", Rings(Square(x, x, 0.01)))),
        Gen.Select(Gen.OneOf("Point", "LineString", "MultiPoint", "GeometryCollection", "Feature", "Banana", "polygon", "", "Polygon "), Polygon, Geometry),
        Gen.OneOf("Point", "LineString", "MultiLineString", "GeometryCollection", "Feature", "FeatureCollection", "Topology", "Polygon")
            .SelectMany(kind => Position.Select(p => Geometry(kind, p))),
        Polygon.Select(p => Value.Object(("coordinates", p))),
        Gen.Const(Value.Object(("type", Value.Of("Polygon")))),
        Gen.Const(Value.Object(("type", Value.Of("Polygon")), ("coordinates", new Value.List([])))),
        Gen.Const(Value.Object(("type", Value.Of("Polygon")), ("coordinates", new Value.List([new Value.List([])])))),
        Gen.Const(Value.Object(("type", Value.Of("Polygon")), ("coordinates", Value.Of("[[[0,0],[1,0],[1,1],[0,0]]]")))),
        Gen.Const(Value.Object(("type", Value.Of("Polygon")), ("coordinates", new Value.Null()))),
        Gen.Const(Value.Object(("type", Value.Of("Polygon")), ("coordinates", new Value.List([new Value.List([new Value.Null(), new Value.Null(), new Value.Null(), new Value.Null()])])))),
        Gen.Const(Value.Object(("type", Value.Of("Polygon")), ("coordinates", new Value.List([new Value.List([Value.Of("a"), Value.Of("b"), Value.Of("c"), Value.Of("a")])])))),
        Gen.Const(Value.Object(("type", Value.Of("Polygon")), ("coordinates", new Value.List([new Value.List([new Value.List([Value.Of(1.0)]), new Value.List([]), new Value.List([Value.Of(1.0), Value.Of(2.0), Value.Of(3.0), Value.Of(4.0)]), new Value.List([Value.Of(1.0)])])])))),
        Gen.Const(Value.Object(("type", Value.Of("FeatureCollection")), ("features", new Value.Null()))),
        Gen.Const(Value.Object(("type", Value.Of("FeatureCollection")), ("features", new Value.List([Value.Object(("type", Value.Of("Feature")), ("geometry", new Value.Null()))])))),
        Gen.Const(Value.Object(("type", Value.Of("FeatureCollection")), ("features", new Value.List([Value.Of(1), Value.Of("x"), new Value.Null()])))),
        Gen.Const(Value.Object(("type", Value.Of("FeatureCollection")), ("features", new Value.List([Value.Object(("type", Value.Of("FeatureCollection")), ("features", new Value.List([])))])))),
        Polygon.Select(p => Value.Object(("type", Value.Of("Feature")), ("geometry", Geometry("Polygon", p)), ("properties", Value.Object(("x", new Value.List([])))))),
        Polygon.Select(p => Value.Object(("type", Value.Of("Polygon")), ("type", Value.Of("Point")), ("coordinates", p))),
        Polygon.Select(p => Value.Object(("type", Value.Of("Polygon")), ("coordinates", p), ("crs", Value.Object(("type", Value.Of("name")))), ("bbox", Value.Of("x")))),
        Gen.Int[500, 2_500].Select(n => Geometry("Polygon", Rings(Circle(-0.35, 53.75, 0.05, n)))),
        Gen.OneOf<Value>(Value.Of("POLYGON((0 0,1 0,1 1,0 0))"), Value.Of(0), new Value.Bool(true), new Value.List([]), Value.Object(), new Value.Enum("Polygon")));

    private static Value Geometry(string type, Value coordinates) => Value.Object(("type", Value.Of(type)), ("coordinates", coordinates));

    private static Value FeatureCollection(Value[] polygons) => Value.Object(
        ("type", Value.Of("FeatureCollection")),
        ("features", new Value.List([.. polygons.Select(p => Value.Object(("type", Value.Of("Feature")), ("properties", Value.Object()), ("geometry", Geometry("Polygon", p))))])));

    private static Value Rings(params IReadOnlyList<(double Lon, double Lat)>[] rings) =>
        new Value.List([.. rings.Select(r => (Value)new Value.List([.. r.Select(p => (Value)new Value.List([Value.Of(p.Lon), Value.Of(p.Lat)]))]))]);

    private static (double, double)[] Square(double lon, double lat, double r) => [(lon - r, lat - r), (lon + r, lat - r), (lon + r, lat + r), (lon - r, lat + r), (lon - r, lat - r)];

    /// <summary>A self-intersecting ring: a valid GeoJSON shape that is not a valid polygon.</summary>
    private static (double, double)[] Bowtie(double lon, double lat) => [(lon, lat), (lon + 0.01, lat + 0.01), (lon + 0.01, lat), (lon, lat + 0.01), (lon, lat)];

    private static (double, double)[] Circle(double lon, double lat, double r, int n) =>
        [.. Enumerable.Range(0, n + 1).Select(i => (lon + (r * Math.Cos(2 * Math.PI * i / n)), lat + (r * Math.Sin(2 * Math.PI * i / n))))];

    private Gen<Value> Valid(TypeRef type, string name, int depth) => Memo((true, type, name, depth), () => BuildValid(type, name, depth));

    private Gen<Value> BuildValid(TypeRef type, string name, int depth)
    {
        if (!type.NonNull)
        {
            return Gen.Frequency((19, Valid(type with { NonNull = true }, name, depth)), (1, Gen.Const<Value>(new Value.Null())));
        }

        if (type.ListOf is { } item)
        {
            var element = Valid(item, name, depth + 1);
            return Gen.Frequency(
                (6, element.Array[0, 3].Select(items => (Value)new Value.List(items))),
                (1, element));
        }

        return type.Name switch
        {
            "Int" => IntFor(name).Select(Value.Of),
            "Float" => FloatFor(name).Select(Value.Of),
            "Boolean" => Gen.Bool.Select(b => (Value)new Value.Bool(b)),
            "ID" => IdFor(name).Select(Value.Of),
            "String" => StringFor(name).Select(Value.Of),
            "DateOnly" => Gen.Int[-100, 3].Select(days => Value.Of(DateTime.UtcNow.Date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            "DateTime" or "DateTimeOffset" => Gen.Int[-1_000, 1_000].Select(h => Value.Of(DateTimeOffset.UtcNow.AddHours(h).ToString("O", CultureInfo.InvariantCulture))),
            "GeoJSON" => GeoJson,
            { } n when schema.Enums.TryGetValue(n, out var values) => Gen.OneOf([.. values]).Select(v => (Value)new Value.Enum(v)),
            { } n when schema.Inputs.TryGetValue(n, out var fields) => InputObject(fields, depth),
            var n => throw new NotSupportedException($"No values for type {n}"),
        };
    }

    /// <summary>The required fields and some of the optional ones, each valid or not as <see cref="For"/> decides.</summary>
    private Gen<Value> InputObject(IReadOnlyList<InputValueDef> fields, int depth)
    {
        var gens = fields.Select(f =>
        {
            var value = depth > 3 ? Gen.Const<Value>(new Value.Null()) : For(f.Type, f.Name, depth + 1);
            var present = f.Required ? Gen.Frequency((29, Gen.Const(true)), (1, Gen.Const(false))) : Gen.Frequency((2, Gen.Const(true)), (3, Gen.Const(false)));
            return Gen.Select(present, value, (p, v) => p ? new[] { KeyValuePair.Create(f.Name, v) } : []);
        });
        return Sequence(gens).Select(parts => (Value)new Value.Obj([.. parts.SelectMany(p => p)]));
    }

    /// <summary>One generator's values after another's: CsCheck shrinks each in turn.</summary>
    public static Gen<T[]> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (all, next) => all.Select(next, (xs, x) => (T[])[.. xs, x]));

    /// <summary>The wrong kind of value, a value out of range, or a valid one broken: nested, repeated, missing a field, with one too many.</summary>
    private Gen<Value> Hostile(TypeRef type, string name, int depth)
    {
        var valid = depth > 3 ? Gen.Const<Value>(new Value.Null()) : Valid(type.Nullable, name, depth + 1);
        return Gen.OneOf(
            Gen.Const<Value>(new Value.Null()),
            HostileNumbers,
            HostileStrings,
            Ids.Select(Value.Of),
            Gen.Bool.Select(b => (Value)new Value.Bool(b)),
            Gen.OneOf("ACTIVE", "active", "UNKNOWN", "true", "null", "__typename", "LOW", "Polygon", "A" + new string('A', 300)).Select(e => (Value)new Value.Enum(e)),
            Gen.OneOf(valid, HostileNumbers).Array[0, 4].Select(items => (Value)new Value.List(items)),
            Gen.Int[100, 3_000].Select(n => (Value)new Value.List([.. Enumerable.Repeat(Value.Of(n), n)])),
            valid.Select(v => (Value)new Value.List([new Value.List([v])])),
            type.Leaf == "GeoJSON" ? MalformedGeoJson : valid,
            Gen.Select(Gen.OneOf("unknownField", "__typename", "id", "input", "latitude", ""), valid, (key, v) => Value.Object((key, v))),
            valid.Select(v => v is Value.Obj o && o.Fields.Count > 0 ? new Value.Obj([.. o.Fields, o.Fields[0]]) : v),
            valid.Select(v => v is Value.Obj o && o.Fields.Count > 0 ? new Value.Obj([.. o.Fields.Skip(1)]) : v));
    }

    private static Gen<long> IntFor(string name) => name switch
    {
        "first" => Gen.Frequency((8, Gen.Int[0, 20].Select(i => (long)i)), (1, Gen.Int[21, 120].Select(i => (long)i))),
        "hoursOrdered" => Gen.Long[0, 320],
        "hours" => Gen.Long[0, 45],
        "birthYear" => Gen.Long[1900, 2030],
        "age" or "minAge" or "maxAge" => Gen.Long[-1, 130],
        "version" => Gen.Long[0, 4],
        "capacity" => Gen.Long[0, 30],
        "waitingDays" => Gen.Long[0, 400],
        _ => Gen.Long[0, 100],
    };

    private static Gen<double> FloatFor(string name) => name switch
    {
        "latitude" => Gen.Frequency((9, Latitude), (1, Gen.Double[-95, 95])),
        "longitude" => Gen.Frequency((9, Longitude), (1, Gen.Double[-185, 185])),
        "radiusKm" => Gen.Frequency((8, Gen.Double[0.5, 40]), (1, Gen.Double[-1, 250])),
        "hours" => Gen.Frequency((8, Gen.Int[1, 48].Select(q => q / 4.0)), (1, Gen.Double[-1, 20])),
        _ => Gen.Double[-10, 100],
    };

    private static Gen<string> IdFor(string name) => name switch
    {
        "personId" => Gen.Frequency((4, Gen.Int[1, 200].Select(i => $"per-{i:0000}")), (1, Ids)),
        "serviceId" => Gen.Frequency((4, Gen.Int[1, 160].Select(i => $"svc-{i:0000}")), (1, Ids)),
        "placementId" => Gen.Frequency((4, Gen.Int[1, 40].Select(i => $"plc-{i:0000}")), (1, Ids)),
        "organisationId" => Gen.Frequency((4, Gen.Int[1, 70].Select(i => $"org-{i:0000}")), (1, Ids)),
        "practitionerId" => Gen.Frequency((4, Gen.Int[1, 10].Select(i => $"prc-{i:00}")), (1, Ids)),
        _ => Ids,
    };

    private static Gen<string> StringFor(string name) => name switch
    {
        "needs" or "livedExperience" => Gen.Frequency((9, Gen.OneOf(NeedCodes)), (1, Gen.OneOf("NONE", "accommodation", "", "ACCOMMODATION,DRUGS"))),
        "kind" => Gen.OneOf("UNPAID_WORK", "IMMEDIATE_JUSTICE", "VOLUNTEERING", "WORK_TRIAL", "VCSE", "EMPLOYER", "DIGITAL", "FAITH_GROUP", "OTHER", ""),
        "place" => Gen.OneOf("HU5", "HU3", "Orchard Park", "Hessle", "Beverley", "hu5", "Atlantis", "", "SW1A"),
        "areas" => Gen.OneOf("HU3", "HU5", "HU9", "HU17", "YO1", "hu3", "", "HU3 1AA"),
        "language" or "languages" => Gen.OneOf("en", "pl", "ar", "ku", "EN", "english", "zz", ""),
        "riskFlags" or "unsuitableFor" => Gen.OneOf("ARSON", "SEXUAL_OFFENCE", "NO_CONTACT_CHILDREN", "DOMESTIC_ABUSE_PERPETRATOR", "VIOLENCE_TO_STAFF", "WEAPONS", "UNKNOWN_FLAG"),
        "strengths" or "skills" => Gen.Frequency((9, Gen.OneOf(StrengthCodes)), (1, Gen.OneOf("UNKNOWN_STRENGTH", "cooking", ""))),
        "sessions" => Gen.OneOf("Thu 09:30-15:30", "Mon 09:00-17:00", "Sun 23:00-01:00", "Thu 25:00-26:00", "every day", "Fri 09:00-09:00"),
        "email" or "referrerEmail" => Gen.OneOf("a@example.org", "police@example.gov.uk", "not-an-email", "a@b", ""),
        "phone" => Gen.OneOf("07700900123", "+447700900123", "0", "phone", ""),
        "website" => Gen.OneOf("https://example.org", "http://example.org/x", "javascript:alert(1)", "ftp://x", "example.org", ""),
        "referralRoute" => Gen.OneOf("SELF", "PRACTITIONER", "GP", "AGENCY", "PIGEON"),
        "action" => Gen.OneOf("PERSON_READ", "REFERRAL_CREATED", "SERVICE_UPSERTED", "NOPE"),
        "after" => Gen.OneOf(Gen.Int[-2, 300].Select(PageCursor), Gen.OneOf(PageCursor(int.MaxValue - 1), PageCursor(int.MaxValue), "rg:1", "!!!", "", "cmc6", "====")),
        "name" or "displayName" or "title" => Gen.OneOf("Fuzz test listing", "A", "Ŝervice ünïcode", "O'Brien"),
        _ => Gen.OneOf(Gen.OneOf("housing", "Hull", "advice", "a", "tenancy support"), Gen.String[Gen.Char.AlphaNumeric, 0, 30]),
    };

    /// <summary>The codes of a taxonomy in the demo region's seed, so that generated values keep up with it.</summary>
    private static string[] SeedCodes(string taxonomy) =>
        [.. JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("seed", "demo-region", taxonomy + ".json")))!.AsArray().Select(n => n!["code"]!.GetValue<string>())];

    private static string PageCursor(int position) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("rg:" + position.ToString(CultureInfo.InvariantCulture)));
}
