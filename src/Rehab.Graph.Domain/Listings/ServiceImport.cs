using System.Text.RegularExpressions;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.OpenReferral;

namespace Rehab.Graph.Domain.Listings;

// A partner's listing imported from a file. Every row is held to the rules of upsertService and matched against
// the organisation's stored services; the file is then written whole, or not at all if any row is rejected.

/// <summary>A problem with one row: <see cref="Field"/> names the column or JSON property of the file at fault.</summary>
public sealed record ImportProblem(string Field, string Reason);

/// <summary>
/// One row of a file as its reader understood it: where it is (<see cref="Position"/>, e.g. "line 4"), the stored
/// service it names by id, if any, and the service it describes. Problems are the reader's (a number that is not
/// one, an unknown taxonomy term); a row the file itself marks as not to be listed carries a <see cref="SkipReason"/>.
/// <see cref="UnmappedTerms"/> are a directory's taxonomy terms that stand for no need of ours, which the row leaves out.
/// </summary>
public sealed record ImportRow(
    string Position, string? Id, ServiceDraft Draft, IReadOnlyList<ImportProblem> Problems, string? SkipReason = null, IReadOnlyList<string>? UnmappedTerms = null);

/// <summary>
/// A file to import into one organisation. <see cref="SourceField"/> turns the fields the listing rules name
/// ("input.capacity") into the file's own ("capacity", "maximum_age"), so a report speaks the file's language. A
/// format without <see cref="CarriesReferralDetails"/> has no field for them, so its rows leave a stored service's as
/// they are.
/// </summary>
public sealed record ServiceImport(string OrganisationId, string Source, IReadOnlyList<ImportRow> Rows, Func<string, string> SourceField, bool CarriesReferralDetails = true);

/// <summary>A directory's taxonomy term that stands for no need of ours, and how many services of the file carry it.</summary>
public sealed record UnmappedTerm(string Term, int Services)
{
    /// <summary>The rows' unmapped terms, most used first, then by term.</summary>
    public static IReadOnlyList<UnmappedTerm> Of(IEnumerable<ImportRow> rows) =>
    [
        .. rows.SelectMany(row => (row.UnmappedTerms ?? []).Distinct(StringComparer.Ordinal))
            .GroupBy(term => term, StringComparer.Ordinal)
            .Select(g => new UnmappedTerm(g.Key, g.Count()))
            .OrderByDescending(t => t.Services)
            .ThenBy(t => t.Term, StringComparer.Ordinal),
    ];
}

/// <summary>What the hub holds of a service for making referrals, beyond what a directory format describes.</summary>
public sealed record ReferralDetails(int? Capacity, int? WaitingDays, string? ReferralRoute, IReadOnlyList<string> UnsuitableFor);

/// <summary>A service as stored, as far as matching rows to it (and keeping what a format cannot say) goes.</summary>
public sealed record StoredService(string Id, string OrganisationId, string Name, int Version, ServiceStatus Status, ReferralDetails? Details = null);

/// <summary>A row that will be written: a new service at version 1 (<see cref="IsNew"/>), or a stored one at its next version.</summary>
public sealed record ImportWrite(ImportRow Row, string ServiceId, int Version, ServiceEdit Edit)
{
    public bool IsNew => Edit.Target.Id is null;
}

public sealed record ImportRejection(ImportRow Row, IReadOnlyList<ImportProblem> Problems);

public sealed record ImportSkip(ImportRow Row, string Reason);

/// <summary>What an import does with each row; it writes only when nothing is rejected.</summary>
public sealed record ImportPlan(IReadOnlyList<ImportWrite> Writes, IReadOnlyList<ImportRejection> Rejections, IReadOnlyList<ImportSkip> Skips)
{
    public int Creates => Writes.Count(w => w.IsNew);

    public int Updates => Writes.Count - Creates;

    public bool IsWritable => Rejections.Count == 0;
}

/// <summary>
/// How an imported row finds its service. A row with an id updates that stored service, which must be one of the
/// organisation's; a UUID is an id when an export gave it to one of our services (<see cref="OpenReferralIds"/>), and
/// any other UUID, the publisher's own, is treated as no id. A row without one updates the organisation's service of the same name (ignoring case and runs of
/// white space; closed services aside), or else creates a service: so importing the same file again changes the
/// same services instead of adding copies. No two rows may write one service, nor create two of one name.
/// </summary>
public static partial class ServiceImportRules
{
    public static ImportPlan Plan(ServiceImport import, IReadOnlyCollection<StoredService> stored, IReadOnlySet<string> needsInGraph, Caller caller, Func<string> newId)
    {
        var byId = stored.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var byOpenReferralId = new Lazy<Dictionary<Guid, StoredService>>(() => stored.ToDictionary(s => OpenReferralIds.Of(s.Id)));
        var byName = stored
            .Where(s => s.OrganisationId == import.OrganisationId && s.Status != ServiceStatus.Closed)
            .ToLookup(s => NameKey(s.Name), StringComparer.Ordinal);
        var writers = new Dictionary<string, string>(StringComparer.Ordinal);
        var creators = new Dictionary<string, string>(StringComparer.Ordinal);
        var writes = new List<ImportWrite>();
        var rejections = new List<ImportRejection>();
        var skips = new List<ImportSkip>();

        foreach (var row in import.Rows)
        {
            if (row.SkipReason is { } reason)
            {
                skips.Add(new ImportSkip(row, reason));
                continue;
            }

            if (row.Problems.Count > 0)
            {
                rejections.Add(new ImportRejection(row, row.Problems));
                continue;
            }

            try
            {
                var edit = ListingRules.Service(row.Draft with { Id = null, Version = null, OrganisationId = import.OrganisationId }, caller);
                var missing = edit.Needs.Where(code => !needsInGraph.Contains(code)).ToList();
                if (missing.Count > 0)
                {
                    throw new InvalidInputException("input.needs",
                        $"The graph holds no need {string.Join(", ", missing.Select(c => $"'{c}'"))}: load the need taxonomy before importing services.");
                }

                var target = row.Id switch
                {
                    null => ByName(edit.Name, byName),
                    // A UUID is ours when an export gave it to one of our services; any other is the publisher's own.
                    var id when Guid.TryParse(id, out var uuid) => byOpenReferralId.Value.TryGetValue(uuid, out var exported)
                        ? InOrganisation(exported, import.OrganisationId)
                        : ByName(edit.Name, byName),
                    var id => ById(id, byId, import.OrganisationId),
                };
                if (target is null)
                {
                    Claim(creators, NameKey(edit.Name), row.Position, "input.name", earlier => $"'input.name' is also the name of the service that {earlier} creates: one of them would be a copy.");
                    writes.Add(new ImportWrite(row, newId(), 1, edit));
                }
                else
                {
                    Claim(writers, target.Id, row.Position, row.Id is null ? "input.name" : "input.id", earlier => $"{earlier} already writes '{target.Id}' ('{target.Name}').");
                    var kept = (import.CarriesReferralDetails, target.Details) is (false, { } details)
                        ? edit with { Capacity = details.Capacity, WaitingDays = details.WaitingDays, ReferralRoute = details.ReferralRoute, UnsuitableFor = details.UnsuitableFor }
                        : edit;
                    writes.Add(new ImportWrite(row, target.Id, target.Version + 1, kept with { Target = new ListingTarget(target.Id, target.Version, import.OrganisationId) }));
                }
            }
            catch (InvalidInputException e)
            {
                rejections.Add(new ImportRejection(row, [new ImportProblem(import.SourceField(e.Field), InputFields().Replace(e.Message, m => $"'{import.SourceField(m.Groups[1].Value)}'"))]));
            }
        }

        return new ImportPlan(writes, rejections, skips);
    }

    /// <summary>Names match whatever their case and spacing: "Hull  food hub" is "Hull Food Hub".</summary>
    internal static string NameKey(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static StoredService ById(string id, Dictionary<string, StoredService> byId, string organisationId)
    {
        var serviceId = Ids.Require(id, Ids.Service, "input.id");
        return byId.TryGetValue(serviceId, out var service)
            ? InOrganisation(service, organisationId)
            : throw new InvalidInputException("input.id", $"No service with id '{serviceId}': leave 'input.id' empty to create a service.");
    }

    private static StoredService InOrganisation(StoredService service, string organisationId) =>
        service.OrganisationId == organisationId
            ? service
            : throw new InvalidInputException("input.id", $"'{service.Id}' is a service of '{service.OrganisationId}', not of '{organisationId}': an import changes its own organisation's services only.");

    private static StoredService? ByName(string name, ILookup<string, StoredService> byName)
    {
        var matches = byName[NameKey(name)].ToList();
        return matches.Count <= 1
            ? matches.SingleOrDefault()
            : throw new InvalidInputException("input.name",
                $"'input.name' matches {matches.Count} services of the organisation ({string.Join(", ", matches.Select(s => s.Id).Order(StringComparer.Ordinal))}): give the id of the one to change.");
    }

    /// <summary>Records that <paramref name="position"/> writes <paramref name="key"/>, unless an earlier row does.</summary>
    private static void Claim(Dictionary<string, string> claims, string key, string position, string field, Func<string, string> conflict)
    {
        if (claims.TryGetValue(key, out var earlier))
        {
            throw new InvalidInputException(field, conflict(earlier));
        }

        claims[key] = position;
    }

    [GeneratedRegex(@"'(input\.[A-Za-z.]+)'")]
    private static partial Regex InputFields();
}
