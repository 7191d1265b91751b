using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Hosting;

/// <summary>
/// Compares a Neo4j 5's limits on transactions with the hub's, and says at start-up what to change. The hub cannot
/// set them on a server it does not run: a transaction whose caller went away holds its locks until the server
/// ends it, so without these limits one stall can block a placement for as long as the server lives.
/// (The local 3.1.1 gets the same limits from the configuration the hub writes.)
/// </summary>
internal sealed partial class Neo4jServerSettings(CypherClient cypher, IOptions<Neo4jOptions> options, ILogger<Neo4jServerSettings> logger)
{
    private const string TransactionTimeout = "db.transaction.timeout";
    private const string LockTimeout = "db.lock.acquisition.timeout";
    private const string IdleTimeout = "server.http.transaction_idle_timeout";

    public async Task CheckAsync(Neo4jEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (endpoint.Dialect != CypherDialect.Neo4j5)
        {
            return;
        }

        Dictionary<string, string> settings;
        try
        {
            var result = await cypher.RunAsync(CypherStatement.From("Hosting/transaction-settings.v5.cypher", new Dictionary<string, object?>
            {
                ["names"] = new[] { TransactionTimeout, LockTimeout, IdleTimeout },
            }), cancellationToken);
            settings = result.Read<string>("name").Zip(result.Read<string>("value")).ToDictionary(p => p.First, p => p.Second);
        }
        catch (Neo4jException e)
        {
            logger.LogWarning("Could not read Neo4j's transaction settings ({Code}); make sure {Transaction} and {Lock} are set (see README, Running it).", e.Code, TransactionTimeout, LockTimeout);
            return;
        }

        var wait = options.Value.EffectiveRequestTimeout;
        if (Duration(settings.GetValueOrDefault(TransactionTimeout)) is { } timeout && (timeout == TimeSpan.Zero || timeout >= wait))
        {
            logger.LogWarning(
                "Neo4j's {Setting} is {Value}, and the hub waits {Wait:0} s for an answer: a transaction the hub gave up on can hold its locks for longer. Set {Setting} below Neo4j:RequestTimeout, e.g. {Suggested:0}s.",
                TransactionTimeout, settings[TransactionTimeout], wait.TotalSeconds, TransactionTimeout, (wait - TimeSpan.FromSeconds(5)).TotalSeconds);
        }

        if (Duration(settings.GetValueOrDefault(LockTimeout)) == TimeSpan.Zero)
        {
            logger.LogWarning("Neo4j's {Setting} is 0: a write waits for a lock as long as its transaction may run. Set it to a few seconds, e.g. 10s.", LockTimeout);
        }

        if (Duration(settings.GetValueOrDefault(IdleTimeout)) is { } idle && idle > TimeSpan.FromSeconds(30))
        {
            logger.LogWarning("Neo4j's {Setting} is {Value}: an abandoned transaction keeps its locks that long. 10s is plenty for the hub.", IdleTimeout, settings[IdleTimeout]);
        }
    }

    /// <summary>Neo4j 5 prints durations as e.g. <c>0s</c>, <c>30s</c>, <c>1m30s</c> or <c>500ms</c>; null when it is not one.</summary>
    internal static TimeSpan? Duration(string? value)
    {
        if (value is null || !DurationPattern().IsMatch(value))
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (Match part in DurationPart().Matches(value))
        {
            var amount = double.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
            total += part.Groups["unit"].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" or "" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
        }

        return total;
    }

    [GeneratedRegex(@"^(\d+(\.\d+)?(ms|s|m|h|d)?)+$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"(?<n>\d+(\.\d+)?)(?<unit>ms|s|m|h|d)?")]
    private static partial Regex DurationPart();
}
