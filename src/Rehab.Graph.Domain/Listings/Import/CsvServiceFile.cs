using System.Globalization;
using System.Numerics;
using CsvHelper;
using Rehab.Graph.Domain.Geography;

namespace Rehab.Graph.Domain.Listings.Import;

/// <summary>
/// Services from a CSV file (RFC 4180: comma separated, fields with commas, quotes or line breaks in double quotes,
/// a quote inside one doubled). The first line names the columns, in any order and any case; <c>name</c> and
/// <c>needs</c> are required, every other column optional, and an unknown column stops the import, since a
/// misspelt one would otherwise be dropped unseen. Lists (<c>needs</c>, <c>languages</c>, <c>unsuitableFor</c>) are
/// separated by ';', and so are the street lines of <c>addressLines</c>. Rows are numbered by the line they start on, the header being line 1. <see cref="Write"/> writes
/// services in the same form, every column, so that a file exported and imported again changes no field.
/// </summary>
public static class CsvServiceFile
{
    private static readonly IReadOnlyList<string> Columns =
    [
        "id", "name", "description", "needs", "latitude", "longitude", "online", "womenOnly", "minAge", "maxAge", "languages",
        "unsuitableFor", "capacity", "waitingDays", "openingTimes", "referralRoute", "addressLines", "town", "postcode", "contactName",
        "contactEmail", "contactPhone", "contactUrl",
    ];

    private static readonly IReadOnlyList<string> Required = ["name", "needs"];

    public static IReadOnlyList<ImportRow> Read(Stream csv)
    {
        var malformed = new List<(long Line, ImportRow Row)>();
        var options = CsvReaderOptions.Default with
        {
            // A fixed separator: guessing one from the first lines could split a file of one column on a ';' in a list.
            Separator = ',',
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => malformed.Add((record.LineNumber, Malformed(record))),
        };
        using var reader = CsvReader.Create(csv, options);
        var columns = Header(reader.Headers);
        var rows = new List<(long Line, ImportRow Row)>();
        while (reader.Read())
        {
            var values = columns.ToDictionary(c => c.Value, c => reader.GetString(c.Key), StringComparer.Ordinal);
            rows.Add((reader.LineNumber, Row($"line {reader.LineNumber}", values)));
        }

        return [.. rows.Concat(malformed).OrderBy(r => r.Line).Select(r => r.Row)];
    }

    /// <summary>Writes a row per service, with its id, so that importing the file changes these very services.</summary>
    public static void Write(IReadOnlyList<ServiceListing> services, TextWriter destination)
    {
        // Quote values with surrounding spaces too, so no reader that trims unquoted fields changes them.
        using var writer = CsvWriter.Create(destination, CsvWriterOptions.Default with { Quoting = CsvQuoting.WhenNeededOrWhitespace, NewLine = "\n" }, leaveOpen: true);
        writer.WriteHeader([.. Columns]);
        foreach (var s in services)
        {
            // An online service has no place: the directory shows it at its organisation's address, which is not the service's.
            var (latitude, longitude) = s.Online ? (null, null) : (Number(s.Lat), Number(s.Lon));
            writer.WriteRecord(
            [
                s.Id, s.Name, s.Description, List(s.Needs.Select(n => n.Code).Order(StringComparer.Ordinal)), latitude, longitude, Flag(s.Online),
                Flag(s.WomenOnly), Number(s.MinAge), Number(s.MaxAge), List(s.Languages), List(s.UnsuitableFor), Number(s.Capacity), Number(s.WaitingDays),
                s.OpeningTimes, s.ReferralRoute, s.Address is { } address ? List(address.Lines) : null, s.Address?.Town, s.Address?.Postcode,
                s.Contact?.Name, s.Contact?.Email, s.Contact?.Phone, s.Contact?.Url,
            ]);
        }
    }

    /// <summary>The rules name fields as the GraphQL input does ("input.capacity"); the file names them by column.</summary>
    public static string SourceField(string field) => field switch
    {
        "input.location" => "latitude/longitude",
        "input.location.latitude" => "latitude",
        "input.location.longitude" => "longitude",
        "input.address.lines" => "addressLines",
        "input.address.town" => "town",
        "input.address.postcode" => "postcode",
        "input.contact.name" => "contactName",
        "input.contact.email" => "contactEmail",
        "input.contact.phone" => "contactPhone",
        "input.contact.url" => "contactUrl",
        _ => field.StartsWith("input.", StringComparison.Ordinal) ? field["input.".Length..] : field,
    };

    private static string? Number(IFormattable? value) => value?.ToString(null, CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";

    private static string List(IEnumerable<string> values) => string.Join(';', values);

    /// <summary>The canonical name of each column, by its index.</summary>
    private static Dictionary<int, string> Header(IReadOnlyList<string> headers)
    {
        if (headers.Count == 0)
        {
            throw new ImportFileException($"The file is empty: its first line must name the columns, e.g. {string.Join(",", Columns)}.");
        }

        var columns = new Dictionary<int, string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            var column = Columns.FirstOrDefault(c => c.Equals(header, StringComparison.OrdinalIgnoreCase))
                ?? throw new ImportFileException($"Unknown column '{header}' in line 1. The columns are: {string.Join(", ", Columns)}.");
            if (columns.ContainsValue(column))
            {
                throw new ImportFileException($"The column '{column}' appears twice in line 1.");
            }

            columns[i] = column;
        }

        var missing = Required.Where(c => !columns.ContainsValue(c)).ToList();
        return missing.Count == 0
            ? columns
            : throw new ImportFileException($"Line 1 has no column {string.Join(" or ", missing.Select(c => $"'{c}'"))}: every service needs a name and at least one need.");
    }

    private static ImportRow Row(string position, Dictionary<string, string> values)
    {
        var problems = new List<ImportProblem>();
        string? Text(string column) => values.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
        IReadOnlyList<string>? List(string column, Func<string, string> normalise) =>
            Text(column)?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(normalise).ToList();
        T? Number<T>(string column, NumberStyles style, string what)
            where T : struct, INumber<T>
        {
            if (Text(column) is not { } text)
            {
                return null;
            }

            if (T.TryParse(text.Trim(), style, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            problems.Add(new ImportProblem(column, $"'{column}' must be {what} (got '{text}')."));
            return null;
        }

        bool? Flag(string column)
        {
            switch (Text(column)?.Trim().ToLowerInvariant())
            {
                case null:
                    return null;
                case "true" or "yes" or "1":
                    return true;
                case "false" or "no" or "0":
                    return false;
                default:
                    problems.Add(new ImportProblem(column, $"'{column}' must be true or false (got '{Text(column)}')."));
                    return null;
            }
        }

        var latitude = Number<double>("latitude", NumberStyles.Float, "a latitude in decimal degrees, e.g. 53.7446");
        var longitude = Number<double>("longitude", NumberStyles.Float, "a longitude in decimal degrees, e.g. -0.3352");
        GeoPoint? Missing(string column, string other)
        {
            problems.Add(new ImportProblem(column, $"'{column}' is required with '{other}'."));
            return null;
        }

        var location = (latitude, longitude) switch
        {
            ({ } lat, { } lon) => new GeoPoint(lat, lon),
            (null, not null) when Text("latitude") is null => Missing("latitude", "longitude"),
            (not null, null) when Text("longitude") is null => Missing("longitude", "latitude"),
            _ => null,
        };

        var draft = new ServiceDraft(
            Id: null,
            Version: null,
            OrganisationId: null,
            Name: Text("name"),
            Description: Text("description"),
            Needs: List("needs", code => code.ToUpperInvariant()),
            Online: Flag("online"),
            Location: location,
            WomenOnly: Flag("womenOnly"),
            MinAge: Number<int>("minAge", NumberStyles.Integer, "a whole number of years"),
            MaxAge: Number<int>("maxAge", NumberStyles.Integer, "a whole number of years"),
            Languages: List("languages", language => language.ToLowerInvariant()),
            UnsuitableFor: List("unsuitableFor", flag => flag.ToUpperInvariant()),
            Capacity: Number<int>("capacity", NumberStyles.Integer, "a whole number"),
            WaitingDays: Number<int>("waitingDays", NumberStyles.Integer, "a whole number of days"),
            OpeningTimes: Text("openingTimes"),
            ReferralRoute: Text("referralRoute")?.Trim().ToUpperInvariant(),
            Address: new Address(List("addressLines", line => line) ?? [], Text("town"), Text("postcode")),
            Contact: new Contact(Text("contactName"), Text("contactEmail"), Text("contactPhone"), Text("contactUrl")));
        return new ImportRow(position, Text("id")?.Trim(), draft, problems);
    }

    private static ImportRow Malformed(CsvMalformedRecord record)
    {
        var reason = record.Reason switch
        {
            CsvMalformedReason.FieldCountMismatch => "it has a different number of fields from line 1: is a value with a comma not in double quotes?",
            CsvMalformedReason.StrayQuote => "a double quote inside a field that does not start with one: put the whole field in double quotes and double the quote inside",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing double quote of a field",
            CsvMalformedReason.UnterminatedQuote => "a double quote opens a field that is never closed, so the field runs to the end of the file",
            _ => $"the line cannot be read as CSV ({record.Reason})",
        };
        return new ImportRow($"line {record.LineNumber}", null, ImportFormats.NoService, [new ImportProblem("(row)", $"The row cannot be read: {reason}.")]);
    }
}
