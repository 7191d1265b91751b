using Rehab.Graph.Client;
using Rehab.Graph.Web.Navigation;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>
/// The audit trail's filters, read from the query string (a GET form, so a filtered trail is a link to share): the item
/// or person an entry is about, who did it, what they did, and which page.
/// </summary>
public sealed record AuditTrailForm(string? TargetId, string? ActorId, string? Action, CursorTrail Position)
{
    public const int PageSize = 20;

    /// <summary>The hub's longest id.</summary>
    public const int MaxLength = 100;

    public static class Fields
    {
        public const string TargetId = "targetId";
        public const string ActorId = "actorId";
        public const string Action = "action";
    }

    public string? Target => Trimmed(TargetId);

    public string? Actor => Trimmed(ActorId);

    /// <summary>The action as the hub writes it: "person read" is <c>PERSON_READ</c>.</summary>
    public string? ActionCode => Trimmed(Action)?.ToUpperInvariant().Replace(' ', '_');

    public bool IsFiltered => Target is not null || Actor is not null || ActionCode is not null;

    public (AuditTrailPageVariables? Variables, IReadOnlyDictionary<string, string> Errors) Validate()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Target is { Length: > MaxLength })
        {
            errors[Fields.TargetId] = $"Item or person id must be {MaxLength} characters or fewer";
        }

        if (Actor is { Length: > MaxLength })
        {
            errors[Fields.ActorId] = $"Who did it must be {MaxLength} characters or fewer";
        }

        if (ActionCode is { } action && (action.Length > MaxLength || !action.All(c => c is >= 'A' and <= 'Z' or '_')))
        {
            errors[Fields.Action] = "Action must be letters and underscores only, like PERSON_READ";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new AuditTrailPageVariables
        {
            Where = IsFiltered ? new AuditFilter { TargetId = Target, ActorId = Actor, Action = ActionCode } : null,
            First = PageSize,
            After = Position.After,
        }, errors);
    }

    /// <summary>The hub's BAD_USER_INPUT field (e.g. <c>where.targetId</c>) as this form's field.</summary>
    public static string? FieldOf(string? hubField) => hubField switch
    {
        "where.targetId" => Fields.TargetId,
        "where.actorId" => Fields.ActorId,
        "where.action" => Fields.Action,
        _ => null,
    };

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
