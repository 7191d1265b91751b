using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using GraphQL;
using Microsoft.Extensions.Options;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Telemetry;
using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Api.Limits;

/// <summary>
/// A token bucket per client address for anonymous <c>connect</c>: it holds a minute's allowance and
/// refills evenly, so a client may spend it in a burst but not keep up more than its rate.
/// </summary>
internal sealed class AnonymousConnectLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public AnonymousConnectLimiter(IOptions<LimitOptions> options)
    {
        var perMinute = options.Value.AnonymousConnectsPerMinute;
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
        };
        // The partitioned limiter drops a client's bucket once it is full and idle, so memory follows active clients only.
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetTokenBucketLimiter(client, _ => bucket));
    }

    /// <summary>Takes one connect from the client's allowance, or throws <see cref="RateLimitedException"/>.</summary>
    public void Acquire(IPAddress? client)
    {
        using var lease = _limiter.AttemptAcquire(ClientKey(client));
        if (!lease.IsAcquired)
        {
            HubMetrics.RefusedOverAllowance();
            throw new RateLimitedException(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1));
        }
    }

    /// <summary>
    /// IPv4 addresses count one by one; IPv6 ones by their /64, since one host is commonly given a whole
    /// /64 and could otherwise take a new address for every request.
    /// </summary>
    internal static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        bytes.AsSpan(8).Clear();
        return $"{new IPAddress(bytes)}/64";
    }

    public void Dispose() => _limiter.Dispose();
}

internal static class AnonymousConnectLimiterExtensions
{
    /// <summary>
    /// Counts an anonymous caller's <c>connect</c> against their address's allowance; signed-in callers are
    /// accountable by their token and are not limited here.
    /// </summary>
    public static void AcquireAnonymousConnect(this IResolveFieldContext context)
    {
        if (context.Caller().Role != CallerRole.Anonymous)
        {
            return;
        }

        var services = context.RequestServices!;
        var client = services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Connection.RemoteIpAddress;
        services.GetRequiredService<AnonymousConnectLimiter>().Acquire(client);
    }
}
