using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Rehab.Graph.LoadTest;

/// <summary>
/// Loads the directory side of a generated set (seed/FORMAT.md): organisations, services, placements and mentors, the
/// items the hub's candidate statements read, into tables a directory team would keep in PostGIS. Each load starts
/// from empty tables: COPY in binary, then the indexes, then ANALYZE.
/// </summary>
public static class PostGisLoader
{
    private const int ProgressEvery = 10_000;

    /// <summary>A column of a table, and how an item of the seed file fills it.</summary>
    private sealed record Column(string Name, string Type, Action<NpgsqlBinaryImporter, JsonElement> Write);

    private sealed record Table(string Name, string File, IReadOnlyList<Column> Columns, bool Located);

    public static async Task LoadAsync(PostGisCluster cluster, string database, string seedDirectory)
    {
        if (!File.Exists(Path.Combine(seedDirectory, "services.json")))
        {
            throw new InvalidOperationException($"No data set in {seedDirectory}; generate it first with the seed generator's 'generate --size {database}'.");
        }

        var started = Stopwatch.StartNew();
        await using (var admin = cluster.DataSource("postgres"))
        {
            await using var exists = admin.CreateCommand("SELECT 1 FROM pg_database WHERE datname = $1");
            exists.Parameters.Add(new NpgsqlParameter { Value = database });
            if (await exists.ExecuteScalarAsync() is null)
            {
                Console.WriteLine($"Creating database {database}...");
                // A name cannot be a parameter; it is one of the sizes the tool accepts, quoted as an identifier.
                await using var create = admin.CreateCommand($"CREATE DATABASE \"{database}\"");
                await create.ExecuteNonQueryAsync();
            }
        }

        await using var db = cluster.DataSource(database);
        var mentees = Mentees(ReadJson(seedDirectory, "ties"));
        var tables = Tables(mentees);
        await ExecuteAsync(db, Schema(tables));
        Console.WriteLine($"Tables created in database {database}; loading from {seedDirectory}.");

        foreach (var table in tables)
        {
            var items = ReadJson(seedDirectory, table.File);
            var columns = string.Join(", ", table.Columns.Select(c => c.Name));
            await using var connection = await db.OpenConnectionAsync();
            await using (var writer = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({columns}) FROM STDIN (FORMAT BINARY)"))
            {
                var done = 0;
                foreach (var item in items.EnumerateArray())
                {
                    await writer.StartRowAsync();
                    foreach (var column in table.Columns)
                    {
                        column.Write(writer, item);
                    }

                    if (++done % ProgressEvery == 0 && done < items.GetArrayLength())
                    {
                        Console.WriteLine($"  {table.Name}: {done,7:N0}/{items.GetArrayLength():N0}");
                    }
                }

                await writer.CompleteAsync();
            }

            Console.WriteLine($"  {table.Name}: {items.GetArrayLength(),7:N0} rows ({started.Elapsed.TotalSeconds:0.0} s)");
        }

        Console.WriteLine("Building the GiST and GIN indexes, then ANALYZE...");
        await ExecuteAsync(db, Sql("postgis-indexes"));
        Console.WriteLine($"Loaded {database} into {cluster.Describe} in {started.Elapsed.TotalSeconds:0.0} s.");
    }

    /// <summary>The database with its audit table, made when first needed.</summary>
    public static async Task<NpgsqlDataSource> AuditedAsync(NpgsqlDataSource db)
    {
        await ExecuteAsync(db, Sql("postgis-audit-table"));
        return db;
    }

    public static string Sql(string name)
    {
        using var reader = new StreamReader(typeof(PostGisLoader).Assembly.GetManifestResourceStream(name + ".sql")!);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The tables, dropped and created again. Each located table keeps latitude and longitude as the hub's listings
    /// show them, and a geography point generated from them, which the GiST index and the distance use.
    /// </summary>
    private static string Schema(IReadOnlyList<Table> tables) =>
        "CREATE EXTENSION IF NOT EXISTS postgis;\n"
        + string.Concat(tables.Select(t => $"DROP TABLE IF EXISTS {t.Name};\n"))
        + string.Concat(tables.Select(t => $"CREATE TABLE {t.Name} ({string.Join(", ", t.Columns.Select(c => $"{c.Name} {c.Type}"))}"
            + (t.Located ? ", geog geography(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography) STORED" : "")
            + ");\n"));

    private static IReadOnlyList<Table> Tables(IReadOnlyDictionary<string, int> mentees) =>
    [
        new("organisations", "organisations",
        [
            Text("id", "id", "text PRIMARY KEY"), Text("name", "name"), Text("kind", "kind"), Text("description", "description"),
            Number("lat", "lat"), Number("lon", "lon"), Text("website", "website"),
        ], Located: false),
        new("services", "services",
        [
            Text("id", "id", "text PRIMARY KEY"), Text("organisation_id", "organisationId"), Text("name", "name"), Text("description", "description"),
            Texts("needs", "needs"), Flag("online", "online"), Number("lat", "lat"), Number("lon", "lon"), Flag("women_only", "womenOnly"),
            Integer("min_age", "minAge"), Integer("max_age", "maxAge"), Texts("languages", "languages"), Texts("unsuitable_for", "unsuitableFor"),
            Integer("capacity", "capacity"), Integer("waiting_days", "waitingDays"), Text("opening_times", "openingTimes"),
            Text("referral_route", "referralRoute"),
            // A generated service has no status: it is active, as the hub reads a service without one.
            new("status", "text NOT NULL", (w, e) => w.Write(Find(e, "status")?.GetString() ?? "ACTIVE", NpgsqlDbType.Text)),
            Texts("by_and_for", "byAndFor"), Texts("address_lines", "address.lines"), Text("town", "address.town"), Text("postcode", "address.postcode"),
            Text("contact_name", "contact.name"), Text("contact_email", "contact.email"), Text("contact_phone", "contact.phone"), Text("contact_url", "contact.url"),
        ], Located: true),
        new("placements", "placements",
        [
            Text("id", "id", "text PRIMARY KEY"), Text("organisation_id", "organisationId"), Text("title", "title"), Text("kind", "kind"),
            Text("description", "description"), Number("lat", "lat"), Number("lon", "lon"), Integer("capacity", "capacity"), Integer("filled", "filled"),
            Flag("women_only", "womenOnly"), Flag("child_facing", "childFacing"), Texts("unsuitable_for", "unsuitableFor"),
            Text("max_risk_of_harm", "maxRiskOfHarm"), Texts("sessions", "sessions"), Text("supervisor", "supervisor"), Texts("skills", "skills"),
            Text("meeting_point", "meetingPoint"), Texts("address_lines", "address.lines"), Text("town", "address.town"), Text("postcode", "address.postcode"),
            Text("contact_name", "contact.name"), Text("contact_email", "contact.email"), Text("contact_phone", "contact.phone"), Text("contact_url", "contact.url"),
        ], Located: true),
        new("mentors", "mentors",
        [
            Text("id", "id", "text PRIMARY KEY"), Text("display_name", "displayName"), Text("gender", "gender"), Texts("languages", "languages"),
            Texts("lived_experience", "livedExperience"), Integer("capacity", "capacity"),
            // How many people each mentors, as the hub counts MENTORS ties for a mentor's space.
            new("mentees", "integer NOT NULL", (w, e) => w.Write(mentees.GetValueOrDefault(e.GetProperty("id").GetString()!), NpgsqlDbType.Integer)),
            Number("lat", "lat"), Number("lon", "lon"), Texts("organisation_ids", "organisationIds"), Text("bio", "bio"),
        ], Located: true),
    ];

    private static Column Text(string name, string path, string type = "text") =>
        new(name, type, (w, e) => Write(w, Find(e, path)?.GetString(), NpgsqlDbType.Text));

    private static Column Texts(string name, string path) =>
        new(name, "text[]", (w, e) => Write(w, Find(e, path) is { } a ? [.. a.EnumerateArray().Select(v => v.GetString()!)] : (string[]?)null, NpgsqlDbType.Array | NpgsqlDbType.Text));

    private static Column Flag(string name, string path) =>
        new(name, "boolean", (w, e) => Write(w, Find(e, path)?.GetBoolean(), NpgsqlDbType.Boolean));

    private static Column Integer(string name, string path) =>
        new(name, "integer", (w, e) => Write(w, Find(e, path)?.GetInt32(), NpgsqlDbType.Integer));

    private static Column Number(string name, string path) =>
        new(name, "double precision", (w, e) => Write(w, Find(e, path)?.GetDouble(), NpgsqlDbType.Double));

    private static void Write<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) where T : class
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, type);
        }
    }

    private static void Write<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } present)
        {
            writer.Write(present, type);
        }
        else
        {
            writer.WriteNull();
        }
    }

    /// <summary>The value at a dotted path ("address.town"), or null when any part is absent or null.</summary>
    private static JsonElement? Find(JsonElement item, string path)
    {
        var current = item;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current) || current.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
        }

        return current;
    }

    private static Dictionary<string, int> Mentees(JsonElement ties) =>
        ties.GetProperty("mentors").EnumerateArray()
            .GroupBy(t => t.GetProperty("mentorId").GetString()!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static JsonElement ReadJson(string directory, string name)
    {
        using var stream = File.OpenRead(Path.Combine(directory, name + ".json"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }

    private static async Task ExecuteAsync(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
