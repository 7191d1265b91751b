using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Neo4j.Certificates;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Features.Certificates;

/// <summary>The public check of a certificate: anyone holding its code may see what it shows, and nothing more about the person.</summary>
public sealed class CertificateService(CypherClient cypher, CertificateRenderer renderer)
{
    /// <summary>The certificate with <paramref name="code"/>, or null; a code that cannot be one (not 32 hex digits, 128 random bits) is not looked up at all.</summary>
    public async Task<CompletionCertificate?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (code.Length != 32 || !code.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        // Codes are issued in lower case; one read aloud or typed from paper may not be.
        var found = await cypher.QueryAsync(CertificateQueries.ByCodes([code.ToLowerInvariant()]), cancellationToken);
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The certificate as a PDF, as it was sent.</summary>
    public byte[] Render(CompletionCertificate certificate) => renderer.Render(certificate);
}
