using System.Text.Encodings.Web;
using System.Text.Json;
using Rehab.Graph.RegionalData.Generation;

namespace Rehab.Graph.RegionalData.Writing;

public sealed record WrittenFiles(long Nodes, long Relationships, long Bytes);

/// <summary>
/// Streams the data set into the files of seed/FORMAT.md with <see cref="Utf8JsonWriter"/>, logging one
/// line per file with what it holds and how many relationships the loader will create from it.
/// </summary>
public sealed class SeedFileWriter(string directory, TextWriter log)
{
    private const int FlushThreshold = 1 << 16;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        // Fixed rather than Environment.NewLine so files are byte-identical on every OS.
        NewLine = "\n",
        // Keeps "Mon–Fri" and "Women's" readable instead of \u-escaped; the files are never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private long _nodes;
    private long _relationships;
    private long _bytes;

    public WrittenFiles Write(RegionalDataset data)
    {
        Directory.CreateDirectory(directory);
        var (organisations, services, placements) = (data.Providers.Organisations, data.Providers.Services, data.Providers.Placements);
        var ties = data.Ties;

        WriteFile("region.json", json => SeedJson.Region(json, data.Region), nodes: 0, "1 region", []);
        WriteArray("needs.json", Taxonomy.Needs, SeedJson.Label, "needs", []);
        WriteArray("strengths.json", Taxonomy.Strengths, SeedJson.Label, "strengths", []);
        WriteArray("practitioners.json", data.Practitioners, SeedJson.Practitioner, "practitioners", []);
        WriteArray("organisations.json", organisations, SeedJson.Organisation, "organisations", []);
        WriteArray(
            "services.json",
            services,
            SeedJson.Service,
            FormattableString.Invariant($"services ({services.Count(s => s.Online):N0} online, {services.Count(s => s.WomenOnly):N0} women-only, {services.Count(s => s.MinAge is not null || s.MaxAge is not null):N0} age-limited)"),
            [("OFFERS", services.Count), ("ADDRESSES", services.Sum(s => s.Needs.Count))]);
        WriteArray(
            "placements.json",
            placements,
            SeedJson.Placement,
            FormattableString.Invariant($"placements ({placements.Count(p => p.Filled == p.Capacity):N0} full, {placements.Count(p => p.ChildFacing):N0} child-facing, {placements.Count(p => p.Kind == PlacementKind.ImmediateJustice):N0} Immediate Justice)"),
            [("HOSTS", placements.Count), ("USES", placements.Sum(p => p.Skills.Count))]);
        WriteArray(
            "mentors.json",
            data.Mentors,
            SeedJson.Mentor,
            "mentors",
            [("VOLUNTEERS_WITH", data.Mentors.Sum(m => m.Organisations.Count)), ("HAS_LIVED_EXPERIENCE", data.Mentors.Sum(m => m.LivedExperience.Count))]);
        WriteArray(
            "people.json",
            data.People,
            SeedJson.Person,
            "people",
            [("SUPERVISES", data.People.Count), ("HAS_NEED", data.People.Sum(p => p.Needs.Count)), ("HAS_STRENGTH", data.People.Sum(p => p.Strengths.Count))]);
        WriteFile(
            "ties.json",
            json =>
            {
                json.WriteStartObject();
                WriteProperty(json, "knows", ties.Knows, SeedJson.Acquaintance);
                WriteProperty(json, "mentors", ties.Mentors, SeedJson.Mentoring);
                WriteProperty(json, "attended", ties.Attended, SeedJson.Attendance);
                WriteProperty(json, "completed", ties.Completed, SeedJson.Completion);
                WriteProperty(json, "partnersWith", ties.PartnersWith, SeedJson.Partnership);
                json.WriteEndObject();
            },
            nodes: 0,
            FormattableString.Invariant($"{ties.Knows.Count + ties.Mentors.Count + ties.Attended.Count + ties.Completed.Count + ties.PartnersWith.Count:N0} ties"),
            [("KNOWS", ties.Knows.Count), ("MENTORS", ties.Mentors.Count), ("ATTENDED", ties.Attended.Count), ("COMPLETED", ties.Completed.Count), ("PARTNERS_WITH", ties.PartnersWith.Count)]);
        return new WrittenFiles(_nodes, _relationships, _bytes);
    }

    private void WriteArray<T>(string file, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write, string what, (string Type, int Count)[] relationships) =>
        WriteFile(file, json => WriteItems(json, items, write), items.Count, FormattableString.Invariant($"{items.Count:N0} {what}"), relationships);

    private void WriteFile(string file, Action<Utf8JsonWriter> write, int nodes, string what, (string Type, int Count)[] relationships)
    {
        var path = Path.Combine(directory, file);
        long size;
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            using (var json = new Utf8JsonWriter(stream, Options))
            {
                write(json);
            }

            stream.Write("\n"u8);
            size = stream.Length;
        }

        _bytes += size;
        var ties = relationships.Sum(r => r.Count);
        _nodes += nodes;
        _relationships += ties;
        var detail = relationships.Length == 0 ? "" : FormattableString.Invariant($" -> {ties:N0} relationships ({string.Join(", ", relationships.Select(r => FormattableString.Invariant($"{r.Type} {r.Count:N0}")))})");
        log.WriteLine(FormattableString.Invariant($"  {file,-19} {size / 1048576.0,6:0.0} MB  {what}{detail}"));
    }

    private static void WriteProperty<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WritePropertyName(name);
        WriteItems(json, items, write);
    }

    private static void WriteItems<T>(Utf8JsonWriter json, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray();
        foreach (var item in items)
        {
            write(json, item);
            if (json.BytesPending > FlushThreshold)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
    }
}
