using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rehab.Graph.Domain.Funds;
using Rehab.Graph.Neo4j.Audit;

namespace Rehab.Graph.SeedGenerator;

/// <summary>What the files hold: the nodes and relationships the region loader will create from them, and their size.</summary>
public sealed record WrittenFiles(long Nodes, long Relationships, long Bytes);

/// <summary>
/// Writes the files described in seed/FORMAT.md into a data set's folder, streaming each so a national-scale set never
/// sits in memory as text, and logs a line per file with what it holds and the relationships loading it will make.
/// </summary>
public sealed class SeedWriter(string folder, TextWriter log)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        // Fixed rather than Environment.NewLine so files are byte-identical on every OS.
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Keeps "Mon–Fri" and "Women's" readable instead of \u-escaped; the files are never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper), new TimestampConverter() },
    };

    private long _nodes;
    private long _relationships;
    private long _bytes;

    public WrittenFiles Write(Dataset dataset, RegionModel region)
    {
        var (organisations, services, placements) = dataset.Providers;
        var (knows, mentors, attended, completed, partnersWith) = dataset.Ties;
        Write("region.json", dataset.Region, 0, "1 region");
        Write("needs.json", dataset.Needs, dataset.Needs.Count, Items(dataset.Needs, "needs"));
        Write("strengths.json", dataset.Strengths, dataset.Strengths.Count, Items(dataset.Strengths, "strengths"));
        Write("practitioners.json", dataset.Practitioners, dataset.Practitioners.Count, Items(dataset.Practitioners, "practitioners"));
        Write("organisations.json", organisations, organisations.Count, Items(organisations, "organisations"));
        Write(
            "services.json",
            services,
            services.Count,
            Invariant($"{services.Count:N0} services ({services.Count(s => s.Online):N0} online, {services.Count(s => s.WomenOnly):N0} women-only, {services.Count(s => s.MinAge is not null || s.MaxAge is not null):N0} age-limited)"),
            ("OFFERS", services.Count),
            ("ADDRESSES", services.Sum(s => s.Needs.Count)));
        Write(
            "placements.json",
            placements,
            placements.Count,
            Invariant($"{placements.Count:N0} placements ({placements.Count(p => p.Filled == p.Capacity):N0} full, {placements.Count(p => p.ChildFacing):N0} child-facing, {placements.Count(p => p.Kind == PlacementKind.ImmediateJustice):N0} Immediate Justice)"),
            ("HOSTS", placements.Count),
            ("USES", placements.Sum(p => p.Skills.Count)));
        Write(
            "mentors.json",
            dataset.Mentors,
            dataset.Mentors.Count,
            Items(dataset.Mentors, "mentors"),
            ("VOLUNTEERS_WITH", dataset.Mentors.Sum(m => m.OrganisationIds.Count)),
            ("HAS_LIVED_EXPERIENCE", dataset.Mentors.Sum(m => m.LivedExperience.Count)));
        Write(
            "people.json",
            dataset.People,
            dataset.People.Count,
            Items(dataset.People, "people"),
            ("SUPERVISES", dataset.People.Count),
            ("HAS_NEED", dataset.People.Sum(p => p.Needs.Count)),
            ("HAS_STRENGTH", dataset.People.Sum(p => p.Strengths.Count)));
        Write(
            "ties.json",
            dataset.Ties,
            0,
            Invariant($"{knows.Count + mentors.Count + attended.Count + completed.Count + partnersWith.Count:N0} ties"),
            ("KNOWS", knows.Count),
            ("MENTORS", mentors.Count),
            ("ATTENDED", attended.Count),
            ("COMPLETED", completed.Count),
            ("PARTNERS_WITH", partnersWith.Count));
        var goals = dataset.Plans.SelectMany(p => p.Goals).ToList();
        var steps = goals.SelectMany(g => g.Steps).ToList();
        var reviews = dataset.Plans.Sum(p => p.Reviews.Count);
        var comments = steps.Sum(s => s.Comments.Count);
        Write(
            "plans.json",
            dataset.Plans,
            dataset.Plans.Count + goals.Count + steps.Count + comments + 2 * reviews,
            Invariant($"{dataset.Plans.Count:N0} plans ({goals.Count:N0} goals, {steps.Count:N0} steps, {comments:N0} comments, {reviews:N0} reviews)"),
            ("HAS_PLAN", dataset.Plans.Count),
            ("HAS_GOAL", goals.Count),
            ("SERVES", goals.Sum(g => g.Needs.Count)),
            ("HAS_STEP", steps.Count),
            ("SUPPORTED_BY", steps.Count(s => s.SupporterId is not null)),
            ("HAS_COMMENT", comments),
            ("HAS_REVIEW", reviews),
            ("SNAPSHOT", reviews),
            ("HAS_SNAPSHOT", reviews));
        var entries = dataset.Funds.SelectMany(f => f.Entries).ToList();
        Write(
            "funds.json",
            dataset.Funds,
            dataset.Funds.Count + entries.Count,
            Invariant($"{dataset.Funds.Count:N0} funds ({dataset.Funds.Count(f => f.HolderKind == FundHolderKind.Organisation):N0} held by a women's service), {entries.Count:N0} entries"),
            ("HAS_FUND", dataset.Funds.Count),
            ("HAS_ENTRY", entries.Count),
            ("FOR_GOAL", entries.Count(e => e.GoalId is not null)),
            ("REFUNDS", entries.Count(e => e.RefundOf is not null)));
        var members = dataset.Projects.Sum(p => p.Members.Count);
        var grantEntries = dataset.Projects.Sum(p => p.Grant?.Entries.Count ?? 0);
        var grants = dataset.Projects.Count(p => p.Grant is not null);
        Write(
            "projects.json",
            dataset.Projects,
            dataset.Projects.Count + grants + grantEntries,
            Invariant($"{dataset.Projects.Count:N0} co-produced projects ({members:N0} members, {grants:N0} grants, {grantEntries:N0} grant entries)"),
            ("MEMBER_OF", members),
            ("ADDRESSES", dataset.Projects.Sum(p => p.Needs.Count)),
            ("DRAWS_ON", dataset.Projects.Sum(p => p.Strengths.Count)),
            ("HAS_FUND", grants),
            ("HAS_ENTRY", grantEntries));
        region.WriteExtras(this);
        return new WrittenFiles(_nodes, _relationships, _bytes);
    }

    /// <summary>Writes one file, <paramref name="relativePath"/> from the data set's folder.</summary>
    public void Write<T>(string relativePath, T value, int nodes, string what, params (string Type, int Count)[] relationships)
    {
        var path = Path.GetFullPath(Path.Combine(folder, relativePath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        long size;
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            JsonSerializer.Serialize(stream, value, Options);
            stream.Write("\n"u8);
            size = stream.Length;
        }

        _bytes += size;
        _nodes += nodes;
        var made = relationships.Sum(r => r.Count);
        _relationships += made;
        var detail = relationships.Length == 0 ? ""
            : Invariant($" -> {made:N0} relationships ({string.Join(", ", relationships.Select(r => Invariant($"{r.Type} {r.Count:N0}")))})");
        log.WriteLine(Invariant($"  {relativePath,-19} {size / 1048576.0,6:0.0} MB  {what}{detail}"));
    }

    /// <summary>Times as the hub stores them (<see cref="AuditTrail.Timestamp"/>), so seeded and written items sort alike.</summary>
    private sealed class TimestampConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(AuditTrail.Timestamp(value));
    }

    private static string Items<T>(IReadOnlyCollection<T> items, string what) => Invariant($"{items.Count:N0} {what}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
