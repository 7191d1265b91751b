namespace Rehab.Graph.Domain.Listings.Import;

public enum ImportFormat
{
    Csv,
    Oruk,
}

/// <summary>The file formats a partner's listing can come in, and how each is read.</summary>
public static class ImportFormats
{
    /// <summary>The service of a row that describes none, because it could not be read or is skipped.</summary>
    internal static readonly ServiceDraft NoService = new(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /// <summary>The format named by <c>--format</c>, or else by the file's extension.</summary>
    public static ImportFormat For(string? name, string path) => (name?.ToLowerInvariant(), Path.GetExtension(path).ToLowerInvariant()) switch
    {
        ("csv", _) or (null, ".csv") => ImportFormat.Csv,
        ("oruk", _) or (null, ".json") => ImportFormat.Oruk,
        (null, _) => throw new ArgumentException($"Cannot tell the format of '{Path.GetFileName(path)}' from its extension: give --format csv or --format oruk."),
        _ => throw new ArgumentException($"Unknown format '{name}': give --format csv or --format oruk."),
    };

    public static ServiceImport Read(ImportFormat format, string organisationId, string path)
    {
        using var file = File.OpenRead(path);
        return Read(format, organisationId, Path.GetFileName(path), file);
    }

    /// <summary>The rows of <paramref name="file"/>; <paramref name="source"/> names it in reports.</summary>
    public static ServiceImport Read(ImportFormat format, string organisationId, string source, Stream file) =>
        format == ImportFormat.Csv
            ? new ServiceImport(organisationId, source, CsvServiceFile.Read(file), CsvServiceFile.SourceField)
            : new ServiceImport(organisationId, source, OpenReferralServiceFile.Read(file), OpenReferralServiceFile.SourceField, CarriesReferralDetails: false);
}
