using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.OpenReferral;

namespace Rehab.Graph.Domain.Listings;

// A whole directory imported from a file: another directory's Open Referral UK data, or our own export --all. Each
// service names its organisation; each organisation is matched to one of the hub's, or created, and its services are
// then imported by the rules of an organisation's import (ServiceImportRules).

/// <summary>The organisation a service of a directory names: its id (a UUID, ours or the publisher's) and what it says of itself.</summary>
public sealed record OrganisationInFile(string? Id, string? Name, string? Description, string? Website, string? Email);

/// <summary>A service of a directory file and the organisation it names (none when it names none).</summary>
public sealed record DirectoryRow(ImportRow Row, OrganisationInFile? Organisation);

/// <summary>An organisation of the hub as a directory import matches against it.</summary>
public sealed record KnownOrganisation(string Id, string Name);

/// <summary>
/// An organisation of the file and the hub's organisation it is: a stored one, or one the import creates
/// (<see cref="New"/>, under <see cref="Id"/>), with the services the file lists under it, in file order.
/// </summary>
public sealed record DirectoryOrganisation(string Id, string Name, OrganisationEdit? New, IReadOnlyList<ImportRow> Rows);

/// <summary>The file's organisations, matched; and the services whose organisation could not be, with why.</summary>
public sealed record DirectoryMatch(IReadOnlyList<DirectoryOrganisation> Organisations, IReadOnlyList<ImportRejection> Rejections);

/// <summary>
/// How a directory's organisations are matched to the hub's: by id, when it is the UUID our export gives one of ours
/// (<see cref="OpenReferralIds"/>) or our own "org-..." id; else by name (ignoring case and runs of white space, as
/// services are); else the organisation is new, and is created from what the file says of it, as kind VCSE (Open
/// Referral UK has no kind; an admin can change it). Services naming one organisation by the same id, or without an
/// id by the same name, go together.
/// </summary>
public static class DirectoryImportRules
{
    /// <summary>Open Referral UK says nothing of an organisation's kind: a new one is a voluntary organisation until an admin says otherwise.</summary>
    public const string NewOrganisationKind = "VCSE";

    public static DirectoryMatch Match(IReadOnlyList<DirectoryRow> rows, IReadOnlyCollection<KnownOrganisation> known, Caller caller, Func<string> newId)
    {
        var byId = known.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var byOpenReferralId = known.ToDictionary(o => OpenReferralIds.Of(o.Id));
        var byName = known.ToLookup(o => ServiceImportRules.NameKey(o.Name), StringComparer.Ordinal);
        var decided = new Dictionary<string, Decision>(StringComparer.Ordinal);
        // New organisations by name, with the publisher's id that named them, if any.
        var created = new Dictionary<string, (Decision Decision, string? Id)>(StringComparer.Ordinal);
        var organisations = new Dictionary<string, (string Name, OrganisationEdit? New, List<ImportRow> Rows)>(StringComparer.Ordinal);
        var rejections = new List<ImportRejection>();
        // A service may name its organisation by organization_id alone, before or after one that says more of it.
        var describedById = rows.Select(r => r.Organisation).OfType<OrganisationInFile>().Where(o => o.Id is not null && !string.IsNullOrWhiteSpace(o.Name))
            .DistinctBy(o => o.Id, StringComparer.Ordinal).ToDictionary(o => o.Id!, StringComparer.Ordinal);

        foreach (var (row, named) in rows)
        {
            var reference = named is { Id: { } byItsId } && string.IsNullOrWhiteSpace(named.Name) ? describedById.GetValueOrDefault(byItsId, named) : named;
            if (reference is null || (reference.Id is null && string.IsNullOrWhiteSpace(reference.Name)))
            {
                rejections.Add(new ImportRejection(row, [.. row.Problems, new ImportProblem("organization",
                    "A service of a whole directory must name its organisation: give 'organization' (with its id and name) or 'organization_id'.")]));
                continue;
            }

            var key = reference.Id is { } id ? "id:" + id : "name:" + ServiceImportRules.NameKey(reference.Name!);
            if (!decided.TryGetValue(key, out var decision))
            {
                decision = Decide(reference, byId, byOpenReferralId, byName, caller, newId);
                if (decision.New is not null)
                {
                    // One new organisation, named with its id by some services and by its name alone by others, is one;
                    // two of one name with different ids are two, which the check below refuses.
                    var name = ServiceImportRules.NameKey(decision.Name!);
                    if (created.TryGetValue(name, out var earlier) && (earlier.Id is null || reference.Id is null || earlier.Id == reference.Id))
                    {
                        decision = earlier.Decision;
                        created[name] = (decision, earlier.Id ?? reference.Id);
                    }
                    else
                    {
                        created.TryAdd(name, (decision, reference.Id));
                    }
                }

                decided[key] = decision;
            }

            if (decision.Problem is { } problem)
            {
                rejections.Add(new ImportRejection(row, [.. row.Problems, problem]));
                continue;
            }

            if (!organisations.TryGetValue(decision.Id!, out var organisation))
            {
                organisation = (decision.Name!, decision.New, []);
                organisations[decision.Id!] = organisation;
            }

            organisation.Rows.Add(row);
        }

        // The hub matches organisations without our id by name, so two new ones of one name could never be told apart again.
        var sharedNames = organisations.Values.Where(o => o.New is not null).GroupBy(o => ServiceImportRules.NameKey(o.Name), StringComparer.Ordinal)
            .Where(g => g.Count() > 1).SelectMany(g => g).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, (name, _, shared)) in organisations.Where(o => o.Value.New is not null && sharedNames.Contains(o.Value.Name)))
        {
            rejections.AddRange(shared.Select(row => new ImportRejection(row, [.. row.Problems, new ImportProblem("organization.name",
                $"Another organisation of the file, with another id, is also named '{CallerText.Shown(name)}': the hub matches organisations by name, so give them names of their own.")])));
        }

        return new DirectoryMatch(
            [.. organisations.Where(o => !(o.Value.New is not null && sharedNames.Contains(o.Value.Name))).Select(o => new DirectoryOrganisation(o.Key, o.Value.Name, o.Value.New, o.Value.Rows))],
            rejections);
    }

    private static Decision Decide(
        OrganisationInFile reference, Dictionary<string, KnownOrganisation> byId, Dictionary<Guid, KnownOrganisation> byOpenReferralId,
        ILookup<string, KnownOrganisation> byName, Caller caller, Func<string> newId)
    {
        var stored = reference.Id switch
        {
            { } id when Guid.TryParse(id, out var uuid) => byOpenReferralId.GetValueOrDefault(uuid),
            { } id => byId.GetValueOrDefault(id),
            null => null,
        };
        if (stored is not null)
        {
            return new Decision(stored.Id, stored.Name, null, null);
        }

        if (string.IsNullOrWhiteSpace(reference.Name))
        {
            return Refused("organization.name", $"The organisation '{CallerText.Shown(reference.Id!)}' is not one of the hub's: give its name, so it can be matched or created.");
        }

        var named = byName[ServiceImportRules.NameKey(reference.Name)].ToList();
        if (named.Count > 1)
        {
            return Refused("organization.name",
                $"'organization.name' matches {named.Count} organisations of the hub ({string.Join(", ", named.Select(o => o.Id).Order(StringComparer.Ordinal))}): give the id the hub exported for the one meant.");
        }

        if (named.Count == 1)
        {
            return new Decision(named[0].Id, named[0].Name, null, null);
        }

        try
        {
            var edit = OrganisationRules.Organisation(
                new OrganisationDraft(null, null, reference.Name, NewOrganisationKind, reference.Description, null, reference.Website, null,
                    reference.Email is null ? null : new Contact(null, reference.Email, null, null)),
                caller);
            return new Decision(newId(), edit.Name, edit, null);
        }
        catch (InvalidInputException e)
        {
            var field = "organization." + e.Field switch
            {
                "input.contact.email" => "email",
                var other => other["input.".Length..],
            };
            return Refused(field, e.Message.Replace($"'{e.Field}'", $"'{field}'", StringComparison.Ordinal));
        }
    }

    private static Decision Refused(string field, string reason) => new(null, null, null, new ImportProblem(field, reason));

    private sealed record Decision(string? Id, string? Name, OrganisationEdit? New, ImportProblem? Problem);
}
