namespace Rehab.Graph.Domain.ImmediateJustice;

/// <summary>Where anyone checks a certificate of completion: the hub's public address (<c>PublicBaseUrl</c>), then <c>/verify/{code}</c>.</summary>
public sealed record CertificateLinks(Uri PublicBaseUrl)
{
    /// <summary>The page that says whether the certificate with <paramref name="code"/> is genuine; keeps any path the base address has.</summary>
    public string Verification(string code) => $"{PublicBaseUrl.AbsoluteUri.TrimEnd('/')}/verify/{Uri.EscapeDataString(code)}";
}
