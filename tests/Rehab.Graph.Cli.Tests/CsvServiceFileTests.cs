using System.Text;
using System.Text.Json;
using Rehab.Graph.Domain.Listings.Import;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Cli.Tests;

public sealed class CsvServiceFileTests
{
    private static IReadOnlyList<ImportRow> Read(string csv, bool byteOrderMark = false) =>
        CsvServiceFile.Read(new MemoryStream([.. (byteOrderMark ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(csv)]));

    [Fact]
    public void Quoted_fields_keep_their_commas_line_breaks_and_doubled_quotes_and_rows_are_numbered_by_their_first_line()
    {
        var rows = Read(
            "name,description,needs\r\n" +
            "\"Food, and more\",\"Two\nlines with \"\"quotes\"\"\",LIFESTYLE\r\n" +
            "Next,plain,HEALTH\r\n");

        Assert.Equal(["line 2", "line 4"], rows.Select(r => r.Position));
        Assert.Equal("Food, and more", rows[0].Draft.Name);
        Assert.Equal("Two\nlines with \"quotes\"", rows[0].Draft.Description);
        Assert.Empty(rows[0].Problems);
    }

    [Fact]
    public void Every_column_is_read_into_the_service_with_lists_split_and_codes_in_their_canonical_case()
    {
        var row = Assert.Single(Read(
            "ID,Name,needs,latitude,longitude,online,womenOnly,minAge,maxAge,languages,unsuitableFor,capacity,waitingDays,openingTimes,referralRoute,description\n" +
            "svc-0001,Hub,accommodation; Health ;,53.7446,-0.3352,no,YES,18,25,EN;pl,arson,12,3,Mon 09:00,self,Desc\n",
            byteOrderMark: true));

        Assert.Empty(row.Problems);
        Assert.Equal("svc-0001", row.Id);
        // Records compare lists by reference: compare the drafts as JSON.
        Assert.Equal(
            JsonSerializer.Serialize(new ServiceDraft(
                null, null, null, "Hub", "Desc", ["ACCOMMODATION", "HEALTH"], false, new GeoPoint(53.7446, -0.3352), true, 18, 25, ["en", "pl"], ["ARSON"], 12, 3, "Mon 09:00", "SELF",
                new Address([], null, null), new Contact(null, null, null, null))),
            JsonSerializer.Serialize(row.Draft));
    }

    [Fact]
    public void Optional_columns_may_be_left_out_and_empty_values_are_absent()
    {
        var row = Assert.Single(Read("needs,name,capacity\nHEALTH,Clinic,\n"));

        Assert.Empty(row.Problems);
        Assert.Null(row.Id);
        Assert.Null(row.Draft.Capacity);
        Assert.Null(row.Draft.Location);
        Assert.Null(row.Draft.Online);
    }

    [Theory]
    [InlineData("capacity", "lots", "'capacity' must be a whole number (got 'lots').")]
    [InlineData("capacity", "12.5", "'capacity' must be a whole number (got '12.5').")]
    [InlineData("minAge", "eighteen", "'minAge' must be a whole number of years (got 'eighteen').")]
    [InlineData("latitude", "north", "'latitude' must be a latitude in decimal degrees, e.g. 53.7446 (got 'north').")]
    [InlineData("online", "maybe", "'online' must be true or false (got 'maybe').")]
    public void A_value_that_is_not_of_its_type_is_a_problem_of_its_row_naming_the_column(string column, string value, string reason)
    {
        var rows = Read($"name,needs,{column}\nClinic,HEALTH,{value}\nOther,HEALTH,\n");

        Assert.Equal(new ImportProblem(column, reason), Assert.Single(rows[0].Problems));
        Assert.Empty(rows[1].Problems);
    }

    [Fact]
    public void A_latitude_without_a_longitude_is_a_problem()
    {
        var row = Assert.Single(Read("name,needs,latitude,longitude\nClinic,HEALTH,53.7,\n"));

        Assert.Equal("longitude", Assert.Single(row.Problems).Field);
    }

    [Fact]
    public void A_row_that_cannot_be_read_as_CSV_is_a_problem_of_its_line_and_the_rows_after_it_are_still_read()
    {
        var rows = Read("name,needs\nOne,HEALTH\nTwo, with a comma,HEALTH\nbad\"quote,HEALTH\nFour,HEALTH\n");

        Assert.Equal(["line 2", "line 3", "line 4", "line 5"], rows.Select(r => r.Position));
        Assert.Contains("different number of fields", Assert.Single(rows[1].Problems).Reason, StringComparison.Ordinal);
        Assert.Contains("double quote", Assert.Single(rows[2].Problems).Reason, StringComparison.Ordinal);
        Assert.Equal("Four", rows[3].Draft.Name);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("name,description\nClinic,x\n", "no column 'needs'")]
    [InlineData("name,needs,capacty\n", "Unknown column 'capacty'")]
    [InlineData("name,needs,Name\n", "'name' appears twice")]
    public void A_file_whose_header_is_wrong_is_not_read_at_all(string csv, string message)
    {
        var error = Assert.Throws<ImportFileException>(() => Read(csv));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Address_and_contact_columns_are_read_and_written_back_the_same()
    {
        var row = Assert.Single(Read(
            "name,needs,addressLines,town,postcode,contactName,contactEmail,contactPhone,contactUrl\n" +
            "Hub,HEALTH,\"Unit 2, Dock House;12 Humber Street\",Hull,HU1 1TU,Front desk,desk@hub.example,01632 960123,https://hub.example\n"));

        Assert.Empty(row.Problems);
        Assert.Equal(["Unit 2, Dock House", "12 Humber Street"], row.Draft.Address!.Lines);
        Assert.Equal(("Hull", "HU1 1TU"), (row.Draft.Address.Town, row.Draft.Address.Postcode));
        Assert.Equal(new Contact("Front desk", "desk@hub.example", "01632 960123", "https://hub.example"), row.Draft.Contact);

        var listing = new ServiceListing(
            "svc-0001", "Hub", null, new OrganisationListing("org-0001", "Org", "VCSE", null, 53.7, -0.3, null), [new NeedRef("HEALTH", "Health")],
            false, 53.7, -0.3, false, null, null, [], [], null, null, null, null, null, Address: new Address(row.Draft.Address.Lines, "Hull", "HU1 1TU"), Contact: row.Draft.Contact);
        var written = new StringWriter();
        CsvServiceFile.Write([listing], written);
        var again = Assert.Single(Read(written.ToString())).Draft;

        Assert.Equal(row.Draft.Contact, again.Contact);
        Assert.Equal(row.Draft.Address.Lines, again.Address!.Lines);
    }

    [Theory]
    [InlineData("input.capacity", "capacity")]
    [InlineData("input.contact.phone", "contactPhone")]
    [InlineData("input.address.lines", "addressLines")]
    [InlineData("input.location", "latitude/longitude")]
    [InlineData("input.location.longitude", "longitude")]
    public void Rule_fields_are_reported_as_columns(string field, string column) => Assert.Equal(column, CsvServiceFile.SourceField(field));
}
