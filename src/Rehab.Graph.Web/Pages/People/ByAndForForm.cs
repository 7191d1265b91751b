using System.Globalization;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.People;

/// <summary>
/// A person's wish for services run by and for a community, as the form posts it: the boxes ticked (none is no
/// preference) and the hidden version the offender manager read, which the hub checks (CONFLICT when the record changed).
/// </summary>
public sealed record ByAndForForm(string? Version, IReadOnlyList<string> ByAndFor)
{
    public const string Field = "byAndFor";

    /// <summary>The form filled in with the person's wish as stored.</summary>
    public static ByAndForForm From(IReadOnlyList<string> byAndFor, int version) =>
        new(version.ToString(CultureInfo.InvariantCulture), byAndFor);

    /// <summary>The codes and version to send, or the errors that stop them being sent.</summary>
    public (IReadOnlyList<string> Codes, int? Version, FieldErrors Errors) Validate()
    {
        var errors = new FieldErrors();
        var codes = Communities.Ticked(ByAndFor, Field, errors);
        int? version = int.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var read) ? read : null;
        if (version is null)
        {
            errors.Add(Field, "The form was missing the version you read: reload the page and choose again");
        }

        return (codes, version, errors);
    }
}
