using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Transitions;

/// <summary>Where the transition pages are.</summary>
public static class TransitionPaths
{
    public static string Form(string personId) => $"/people/{Uri.EscapeDataString(personId)}/transition";

    public static string Check(string personId) => Form(personId) + "/check";

    /// <summary>The person's page, its transitions section, with the banner for one just recorded.</summary>
    public static string Recorded(string personId) => $"/people/{Uri.EscapeDataString(personId)}?done={Done}#transitions";

    /// <summary>The person page's <c>done</c> code after a transition is recorded.</summary>
    public const string Done = "transition";

    /// <summary>The key of the caseload's banner after a handover (the person is no longer there to show it).</summary>
    public const string HandoverBanner = "CaseloadBanner";
}

/// <summary>The hub's transition codes in the words the offender manager's pages use.</summary>
public static class TransitionWords
{
    public static string Kind(TransitionKind kind) => kind switch
    {
        TransitionKind.Release => "Release from prison",
        TransitionKind.NewHome => "New home",
        TransitionKind.OffenderManagerChange => "New offender manager",
        _ => "Move to adult services",
    };

    public static string TieKind(TieKind kind) => kind switch
    {
        Client.TieKind.Service => "Service",
        Client.TieKind.Placement => "Placement",
        Client.TieKind.Mentor => "Mentor",
        _ => "Project",
    };

    /// <summary>How they are tied: an open referral's status, or that they go there, are mentored or are a member.</summary>
    public static string How(string how) => how switch
    {
        "PENDING" => "referral waiting for an answer",
        "ACCEPTED" => "referral accepted",
        "IN_PROGRESS" => "referral in progress",
        "ATTENDS" => "they go there",
        "MENTOR" => "their mentor",
        "MEMBER" => "they are a member",
        _ => Words.Of(how).ToLowerInvariant(),
    };

    /// <summary>Someone they know there: a worker or their mentor by name and role, others by the kind of tie alone.</summary>
    public static string Known(string? name, string relationship) =>
        name is null ? relationship : $"{name} ({LowerFirst(relationship)})";

    /// <summary>How far the tie is from home now and after; an online service is neither.</summary>
    public static string Distance(double? now, double? after) => (now, after) switch
    {
        (null, null) => "Online",
        ({ } n, { } a) => $"{Words.Km(n)} from home now, {Words.Km(a)} after",
        ({ } n, null) => $"{Words.Km(n)} from home now",
        (null, { } a) => $"{Words.Km(a)} from home after",
    };

    /// <summary>
    /// A practitioner as the signed-in offender manager reads them: themselves as "you", others by name, and one no
    /// longer on the hub (who has no name there) as such.
    /// </summary>
    public static string Practitioner(string id, string? name, string? me) => id == me ? "you" : name ?? "an offender manager no longer on the hub";

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
