using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Shared;
using Entries = Rehab.Graph.Client.AuditTrailPageResult.AuditTrailData;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>An audit entry as the trail shows it: when (UK time), who, what, about what, and the listing before and after a change.</summary>
public sealed record AuditRow(string Id, string At, string AtIso, string Actor, string ActorDetail, string Action, string Target, string? Summary, string? Before, string? After)
{
    public bool HasChange => Before is not null || After is not null;
}

/// <summary>What the audit trail page shows: the filters, one page of entries newest first, and pagination.</summary>
public sealed class AuditTrailPresenter(AuditTrailForm form, Entries? entries, IReadOnlyDictionary<string, string> errors)
{
    public const string Path = "/admin/audit";

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Title => "Audit trail";

    public bool HasErrors => errors.Count > 0;

    public IReadOnlyList<ErrorLink> ErrorSummary =>
        new[] { AuditTrailForm.Fields.TargetId, AuditTrailForm.Fields.ActorId, AuditTrailForm.Fields.Action }
            .Where(errors.ContainsKey)
            .Select(id => new ErrorLink(errors[id], "#" + id))
            .Concat(errors.Where(e => e.Key.Length == 0).Select(e => new ErrorLink(e.Value, "#" + AuditTrailForm.Fields.TargetId)))
            .ToList();

    public string? ErrorFor(string field) => errors.TryGetValue(field, out var message) ? message : null;

    public string TargetValue => form.TargetId ?? string.Empty;

    public string ActorValue => form.ActorId ?? string.Empty;

    public string ActionValue => form.Action ?? string.Empty;

    public bool IsFiltered => form.IsFiltered;

    public bool HasEntries => entries is not null;

    public string Caption => (entries?.TotalCount ?? 0) switch
    {
        0 => form.IsFiltered ? "No entries match" : "No entries",
        1 => "1 entry" + (form.IsFiltered ? " matches" : string.Empty) + ", newest first",
        var n => $"{n.ToString("N0", British)} entries" + (form.IsFiltered ? " match" : string.Empty) + ", newest first",
    };

    public IReadOnlyList<AuditRow> Rows => entries?.Nodes.Select(Row).ToList() ?? [];

    public Pagination? Pagination
    {
        get
        {
            if (entries is null || (entries.TotalCount <= AuditTrailForm.PageSize && form.Position.After is null))
            {
                return null;
            }

            var first = form.Position.FirstItem(AuditTrailForm.PageSize);
            var summary = entries.Nodes.Count == 0
                ? $"No more entries of {entries.TotalCount}"
                : $"Showing {first} to {first + entries.Nodes.Count - 1} of {entries.TotalCount} entries";
            return new Pagination(
                form.Position.Previous is { } before ? Href(before) : null,
                entries.PageInfo.HasNextPage && entries.PageInfo.EndCursor is { } end ? Href(form.Position.Next(end)) : null,
                summary);
        }
    }

    /// <summary>An instant as people in the UK read it, in their time (GMT or BST): "6 December 2026, 14:05:09".</summary>
    public static string UkLocal(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMMM yyyy, HH:mm:ss", British);

    /// <summary>A listing the hub stores as JSON, indented to read; text that is not JSON as it is.</summary>
    public static string? Pretty(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static AuditRow Row(Entries.NodesData entry)
    {
        var detail = new[]
        {
            Words(entry.ActorRole),
            entry.ActorPractitionerId is { } practitioner && practitioner != entry.ActorId ? "as " + practitioner : null,
            entry.ActorOrganisationId is { } organisation && organisation != entry.ActorId ? "for " + organisation : null,
        };
        return new AuditRow(
            entry.Id,
            UkLocal(entry.At),
            entry.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            entry.ActorId ?? "Unknown",
            string.Join(", ", detail.OfType<string>()),
            entry.Action,
            entry.TargetId,
            string.IsNullOrWhiteSpace(entry.Summary) ? null : entry.Summary,
            Pretty(entry.Before),
            Pretty(entry.After));
    }

    /// <summary>A code as words: <c>OFFENDER_MANAGER</c> is "Offender manager".</summary>
    private static string Words(string code) =>
        code.Length == 0 ? code : char.ToUpperInvariant(code[0]) + code[1..].Replace('_', ' ').ToLowerInvariant();

    /// <summary>These filters at another page.</summary>
    private string Href(CursorTrail position)
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(new(key, value));
            }
        }

        Add(AuditTrailForm.Fields.TargetId, form.Target);
        Add(AuditTrailForm.Fields.ActorId, form.Actor);
        Add(AuditTrailForm.Fields.Action, form.ActionCode);
        return Path + QueryString.Create(query.Concat(position.Query())).ToUriComponent();
    }
}
