using System.Text.Json;
using Rehab.Graph.Neo4j.Migrations;

namespace Rehab.Graph.Cli.Backup;

/// <summary>Reads a backup file: checks the whole of it before a restore writes anything, then hands out its lines.</summary>
internal static class BackupFileCheck
{
    /// <summary>
    /// Checks the header (format, version, migrations this build knows), every line, the order of the parts, and the
    /// counts and checksums the lines add up to against the trailer; returns the trailer, or throws <see cref="InvalidBackupException"/>.
    /// </summary>
    public static async Task<BackupTrailer> CheckAsync(string path)
    {
        using var file = new StreamReader(path);
        var number = 1;
        var header = Header(await file.ReadLineAsync(), number);
        var tally = new GraphTally();
        var hashes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        BackupTrailer? trailer = null;
        while (await file.ReadLineAsync() is { } line)
        {
            number++;
            if (trailer is not null)
            {
                throw new InvalidBackupException($"has line {number} after its trailer.");
            }

            switch (Parse(line, number))
            {
                case NodeLine node:
                    if (tally.Relationships > 0)
                    {
                        throw new InvalidBackupException($"has a node on line {number}, after the relationships.");
                    }

                    var hash = Hash(() => BackupFormat.NodeHash(node.Labels, node.Properties), number);
                    if (!hashes.TryAdd(node.Key, hash))
                    {
                        throw new InvalidBackupException($"has a second node keyed '{node.Key}' on line {number}.");
                    }

                    tally.AddNode(node.Labels, hash);
                    break;
                case RelationshipLine relationship:
                    if (!hashes.TryGetValue(relationship.Start, out var start) || !hashes.TryGetValue(relationship.End, out var end))
                    {
                        throw new InvalidBackupException($"has a relationship on line {number} that joins a node it does not hold.");
                    }

                    tally.AddRelationship(relationship.Type, Hash(() => BackupFormat.RelationshipHash(relationship.Type, start, end, relationship.Properties), number));
                    break;
                case BackupTrailer last:
                    trailer = last;
                    break;
            }
        }

        if (trailer is null)
        {
            throw new InvalidBackupException($"ends at line {number} without its trailer: it is truncated.");
        }

        var found = BackupTrailer.Of(tally);
        var differences = found.Differences(trailer);
        if (differences.Count > 0 || (found.Nodes, found.Relationships) != (trailer.Nodes, trailer.Relationships))
        {
            throw new InvalidBackupException($"does not add up to its trailer, so it was changed or damaged: {string.Join("; ", differences.DefaultIfEmpty("the totals differ"))}.");
        }

        var known = Migration.All.Select(m => m.Version).ToHashSet();
        var unknown = header.Migrations.Where(v => !known.Contains(v)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidBackupException($"records migrations this build does not know ({string.Join(", ", unknown)}): restore it with the build that made it, or a newer one.");
        }

        var missing = known.Where(v => !header.Migrations.Contains(v)).Order().ToList();
        if (missing.Count > 0)
        {
            throw new InvalidBackupException($"comes from a graph without migrations {string.Join(", ", missing)}: migrate the source (seed, or start the hub on it) and back it up again.");
        }

        return trailer;
    }

    /// <summary>The node and relationship lines of a file <see cref="CheckAsync"/> accepted, in order, one at a time.</summary>
    public static IEnumerable<object> Lines(string path)
    {
        var number = 1;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parsed = Parse(line, ++number);
            if (parsed is BackupTrailer)
            {
                yield break;
            }

            yield return parsed;
        }
    }

    private static BackupHeader Header(string? line, int number)
    {
        try
        {
            using var json = JsonDocument.Parse(line ?? throw new InvalidBackupException("is empty."));
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != BackupFormat.Name)
            {
                throw new InvalidBackupException($"is not a Rehab.Graph backup: its first line has no \"format\": \"{BackupFormat.Name}\".");
            }

            if (!json.RootElement.TryGetProperty("version", out var version) || !version.TryGetInt32(out var v) || v != BackupFormat.Version)
            {
                throw new InvalidBackupException($"is a backup of format version {(json.RootElement.TryGetProperty("version", out var given) ? given.GetRawText() : "(none)")}; this build reads version {BackupFormat.Version}.");
            }

            return json.RootElement.Deserialize<BackupHeader>(BackupCommand.Json) is { Migrations: not null } header
                ? header
                : throw new InvalidBackupException("has a header without its migrations.");
        }
        catch (JsonException e)
        {
            throw new InvalidBackupException($"is not a Rehab.Graph backup: line {number} is not JSON ({e.Message}).");
        }
    }

    private static object Parse(string line, int number)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var kind = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            object? parsed = kind switch
            {
                NodeLine.NodeKind => json.RootElement.Deserialize<NodeLine>(BackupCommand.Json) is { Key: not null, Labels: not null } node
                    && node.Labels.All(l => l is not null && BackupFormat.IsPlainName(l)) ? node : null,
                RelationshipLine.RelationshipKind => json.RootElement.Deserialize<RelationshipLine>(BackupCommand.Json) is { Start: not null, End: not null, Type: not null } relationship
                    && BackupFormat.IsPlainName(relationship.Type) ? relationship : null,
                BackupTrailer.EndKind => json.RootElement.Deserialize<BackupTrailer>(BackupCommand.Json) is { Labels: not null, Types: not null } trailer ? trailer : null,
                _ => null,
            };
            return parsed ?? throw new InvalidBackupException($"has a line {number} that is not a node, a relationship or the trailer of format version {BackupFormat.Version}.");
        }
        catch (JsonException e)
        {
            throw new InvalidBackupException($"has a line {number} that is not JSON ({e.Message}).");
        }
    }

    private static ulong Hash(Func<ulong> hash, int number)
    {
        try
        {
            return hash();
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            throw new InvalidBackupException($"has a value on line {number} that Neo4j cannot store: {e.Message}");
        }
    }
}

/// <summary>A file that restore refuses; the message completes "PATH ...".</summary>
internal sealed class InvalidBackupException(string message) : Exception(message);
