using System.Text;
using System.Text.Json;
using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>
/// An uploaded file of services, checked before it goes to the hub: present, UTF-8 text, and small enough that the
/// request carrying it fits the hub's request limit (the content travels JSON-escaped, with the operation beside it).
/// </summary>
public sealed record ImportFile(string FileName, ServiceFileFormat Format, string Content)
{
    public const string Field = "file";

    /// <summary>The hub's default <c>Limits:MaxRequestBytes</c>: a larger request is refused before it is read.</summary>
    public const int HubRequestLimit = 64 * 1024;

    /// <summary>Room for the operation's text and its other variables.</summary>
    public const int RequestOverhead = 2 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file as the hub takes it, or the message the page shows beside the file input.</summary>
    public static (ImportFile? File, string? Error) Read(string? fileName, byte[]? bytes)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return (null, bytes is null ? "Select a CSV or Open Referral UK (JSON) file of your services" : "The selected file is empty");
        }

        if (bytes.Length > HubRequestLimit)
        {
            return (null, TooBig);
        }

        string content;
        try
        {
            content = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return (null, "The selected file must be text saved as UTF-8 (CSV or JSON)");
        }

        if (Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(content)) + RequestOverhead > HubRequestLimit)
        {
            return (null, TooBig);
        }

        // Some browsers send the whole path, with Windows' separators too.
        var name = (fileName ?? "services").Split('/', '\\')[^1];
        name = name.Length > 200 ? name[..200] : name;
        var trimmed = content.TrimStart();
        var format = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith('{') || trimmed.StartsWith('[')
            ? ServiceFileFormat.Oruk
            : ServiceFileFormat.Csv;
        return (new ImportFile(name, format, content), null);
    }

    public static string TooBig => $"The selected file must be smaller than {(HubRequestLimit - RequestOverhead) / 1024} KB: the hub takes requests up to {HubRequestLimit / 1024} KB. Split it into smaller files";

    public ImportServicesInput Input(string organisationId, bool dryRun) => new()
    {
        OrganisationId = organisationId,
        Format = Format,
        Content = Content,
        FileName = FileName,
        DryRun = dryRun,
    };
}
