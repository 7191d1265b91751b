using System.ComponentModel.DataAnnotations;
using Rehab.Graph.Domain.ImmediateJustice;

namespace Rehab.Graph.Features.Certificates;

/// <summary>
/// <c>PublicBaseUrl</c>, the address people reach the hub at, where certificates send anyone who checks one. Unset or
/// blank: <c>http://localhost:5080</c>.
/// </summary>
public sealed record PublicAddressOptions : IValidatableObject
{
    /// <summary>The configuration's root: <c>PublicBaseUrl</c> is a top-level key (README, docs/outbox.md), kept where deployments set it.</summary>
    public const string Section = "";

    private static readonly Uri DefaultPublicBaseUrl = new("http://localhost:5080");

    /// <summary>As configured, text rather than a <see cref="Uri"/>: blank means the default, not a relative address.</summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>A method, not a property: validation reads every property, this one included, before it may be built.</summary>
    public CertificateLinks Links() => new(string.IsNullOrWhiteSpace(PublicBaseUrl) ? DefaultPublicBaseUrl : new Uri(PublicBaseUrl, UriKind.Absolute));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl) && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult($"PublicBaseUrl '{PublicBaseUrl}' is not an absolute http(s) address.", [nameof(PublicBaseUrl)]);
        }
    }
}
