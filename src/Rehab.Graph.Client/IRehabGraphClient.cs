namespace Rehab.Graph.Client;

/// <summary>What the hub serves beside its GraphQL operations (those are generated into this interface).</summary>
public partial interface IRehabGraphClient
{
    /// <summary>
    /// The whole directory as Open Referral UK JSON, every service that is not closed (admins only; the file the CLI's
    /// <c>export --all</c> writes), to read as it arrives. Dispose the stream when done.
    /// </summary>
    Task<Stream> OpenReferralExportAsync(CancellationToken cancellationToken = default);
}
