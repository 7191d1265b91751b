using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Rehab.Graph.Api.Limits;

/// <summary>
/// The <c>Hub</c> configuration section's proxies: the only peers whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> the hub believes. None by default, so a caller's address is the socket's and a header
/// anyone can write cannot buy a fresh rate-limit allowance.
/// </summary>
public sealed record ProxyOptions : IValidatableObject
{
    public const string Section = "Hub";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public IReadOnlyList<string> KnownProxies { get; init; } = [];

    /// <summary>Proxy networks in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
    public IReadOnlyList<string> KnownNetworks { get; init; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"Hub:KnownProxies holds '{proxy}', which is not an IP address.");
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"Hub:KnownNetworks holds '{network}', which is not a CIDR network such as 10.0.0.0/24.");
        }
    }
}
