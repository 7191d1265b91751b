using System.Text;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Report = Rehab.Graph.Client.ImportServicesResult.ImportServicesData;

namespace Rehab.Graph.Web.Tests.Presenters.Partner;

public sealed class ImportFileTests
{
    [Fact]
    public void A_csv_file_is_read_as_utf8_without_its_byte_order_mark()
    {
        var (file, error) = ImportFile.Read("C:\\Users\\me\\services.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("name,needs\nCafé,LIFESTYLE\n")]);

        Assert.Null(error);
        Assert.Equal("services.csv", file!.FileName);
        Assert.Equal(ServiceFileFormat.Csv, file.Format);
        Assert.StartsWith("name,needs", file.Content);
        Assert.Contains("Café", file.Content);
    }

    [Theory]
    [InlineData("services.json", "{\"services\": []}")]
    [InlineData("export.txt", "  [ ]")]
    public void Json_by_its_name_or_its_first_character_is_open_referral_uk(string name, string content) =>
        Assert.Equal(ServiceFileFormat.Oruk, ImportFile.Read(name, Encoding.UTF8.GetBytes(content)).File!.Format);

    [Fact]
    public void No_file_an_empty_one_and_one_not_in_utf8_are_refused_with_what_to_do()
    {
        Assert.Equal("Select a CSV or Open Referral UK (JSON) file of your services", ImportFile.Read(null, null).Error);
        Assert.Equal("The selected file is empty", ImportFile.Read("a.csv", []).Error);
        Assert.Equal("The selected file must be text saved as UTF-8 (CSV or JSON)", ImportFile.Read("a.csv", [0x6E, 0xE9, 0x0A]).Error);
    }

    [Fact]
    public void A_file_whose_request_would_pass_the_hubs_64_KB_limit_is_refused_before_it_is_sent()
    {
        // Under 64 KB as bytes, but every quote doubles in the JSON the request carries.
        var quotes = Encoding.UTF8.GetBytes(new string('"', 40 * 1024));

        Assert.Equal(ImportFile.TooBig, ImportFile.Read("a.csv", quotes).Error);
        Assert.Equal(ImportFile.TooBig, ImportFile.Read("a.csv", new byte[ImportFile.HubRequestLimit + 1]).Error);
        Assert.Contains("64 KB", ImportFile.TooBig);
        Assert.Null(ImportFile.Read("a.csv", Encoding.UTF8.GetBytes(new string('a', 60 * 1024))).Error);
    }

    private static Report Preview(int rejected) => new()
    {
        Source = "services.csv",
        DryRun = true,
        Written = false,
        Rows = 3,
        Creates = 1,
        Updates = 1,
        Changes = [new() { Row = "line 2", ServiceId = "svc-9001", Name = "New one", IsNew = true, Version = 1 }, new() { Row = "line 3", ServiceId = "svc-0121", Name = "Old one", IsNew = false, Version = 5 }],
        Rejected = Enumerable.Range(0, rejected).Select(i => new Report.RejectedData { Row = "line 4", Field = "needs", Reason = "Unknown need 'X'" }).ToList(),
        Skipped = [],
        UnmappedTerms = [new() { Term = "Allotments", Services = 2 }, new() { Term = "Pets", Services = 1 }],
    };

    [Fact]
    public void The_preview_lists_new_and_changed_services_and_offers_the_import_only_without_a_rejected_row()
    {
        var clean = new ImportPresenter(null, Preview(0), "protected");
        Assert.True(clean.CanImport);
        Assert.Equal("protected", clean.Payload);
        Assert.Equal(["New", "Changed"], clean.Changes.Select(c => c.What));
        Assert.Null(clean.Changes[0].Href);
        Assert.Equal("/partner/services/svc-0121", clean.Changes[1].Href);
        Assert.Equal("3 rows: 1 new, 1 changed, 0 rejected, 0 skipped", clean.Counts);
        Assert.Equal(["Allotments (2 services)", "Pets (1 service)"], clean.UnmappedTerms);

        var refused = new ImportPresenter(null, Preview(2), "protected");
        Assert.False(refused.CanImport);
        Assert.Null(refused.Payload);
        Assert.Equal(2, refused.Rejected.Count);
        Assert.Equal("3 rows: 1 new, 1 changed, 1 rejected, 0 skipped", refused.Counts);
    }

    [Fact]
    public void An_upload_error_links_to_the_file_input()
    {
        var presenter = new ImportPresenter("The selected file is empty");

        Assert.True(presenter.HasErrors);
        Assert.Equal("#file", Assert.Single(presenter.ErrorSummary).Href);
        Assert.Equal("Upload services", presenter.Title);
    }
}
