using Microsoft.AspNetCore.Mvc.Filters;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>A text input, textarea or select as _Field renders it: label, hint, value and the error beside it; <see cref="Name"/> is the form name when it is not the id (ids are unique on a page of several forms).</summary>
public sealed record FieldView(string Id, string Label, string? Value, string? Error, string? Hint = null, string Width = "govuk-!-width-two-thirds", bool Multiline = false, string InputMode = "text", IReadOnlyList<Option>? Options = null, string? Name = null);

/// <summary>Field errors of a form: field id to message, in the order the fields are on the page.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public bool Any => _errors.Count > 0;

    public int Count => _errors.Count;

    public void Add(string field, string message)
    {
        if (_errors.TryAdd(field, message))
        {
            _order.Add(field);
        }
    }

    public string? For(string field) => _errors.GetValueOrDefault(field);

    /// <summary>The summary's links, each to its field (<c>#id</c>).</summary>
    public IReadOnlyList<ErrorLink> Summary(IReadOnlyList<string>? pageOrder = null) =>
        (pageOrder is null ? _order : pageOrder.Where(_errors.ContainsKey).Concat(_order.Where(f => !pageOrder.Contains(f))))
        .Select(f => new ErrorLink(_errors[f], "#" + f))
        .ToList();
}

/// <summary>The hub's BAD_USER_INPUT field names (<c>input.location.latitude</c>) as the form's field ids.</summary>
public static class HubFields
{
    /// <summary>The first part after <c>input.</c>: <c>input.contact.email</c> is <c>contact</c>, <c>input.name</c> is <c>name</c>.</summary>
    public static string? Top(string? hubField)
    {
        if (string.IsNullOrEmpty(hubField))
        {
            return null;
        }

        var name = hubField.StartsWith("input.", StringComparison.Ordinal) ? hubField["input.".Length..] : hubField;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        var end = new[] { dot, bracket }.Where(i => i >= 0).DefaultIfEmpty(name.Length).Min();
        return name[..end];
    }

    /// <summary>Everything after <c>input.</c>, e.g. <c>contact.email</c>.</summary>
    public static string? Path(string? hubField) =>
        hubField is null ? null : hubField.StartsWith("input.", StringComparison.Ordinal) ? hubField["input.".Length..] : hubField;
}

/// <summary>Pages with someone's organisation's or a person's data: never kept by a browser or a proxy.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NoStoreAttribute : Attribute, IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context) => context.HttpContext.Response.Headers.CacheControl = "no-store";

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}

/// <summary>The web app's 404 page, for an id that names nothing the signed-in user may see.</summary>
public static class NotFoundPage
{
    public const string View = "/Pages/Partner/NotFound.cshtml";

    public static Microsoft.AspNetCore.Mvc.IActionResult Result(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState) => new Microsoft.AspNetCore.Mvc.ViewResult
    {
        ViewName = View,
        StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound,
        ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary(new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), modelState),
    };
}

/// <summary>GOV.UK tag colours for the hub's statuses.</summary>
public static class StatusTags
{
    public static (string Text, string Class) Service(Rehab.Graph.Client.ServiceStatus status) => status switch
    {
        Rehab.Graph.Client.ServiceStatus.Active => ("Active", "govuk-tag--green"),
        Rehab.Graph.Client.ServiceStatus.Paused => ("Paused", "govuk-tag--yellow"),
        _ => ("Closed", "govuk-tag--grey"),
    };

    public static (string Text, string Class) Referral(Rehab.Graph.Client.ReferralStatus status) => status switch
    {
        Rehab.Graph.Client.ReferralStatus.Pending => ("Pending", "govuk-tag--blue"),
        Rehab.Graph.Client.ReferralStatus.Accepted => ("Accepted", "govuk-tag--turquoise"),
        Rehab.Graph.Client.ReferralStatus.InProgress => ("In progress", "govuk-tag--light-blue"),
        Rehab.Graph.Client.ReferralStatus.Completed => ("Completed", "govuk-tag--green"),
        Rehab.Graph.Client.ReferralStatus.Declined => ("Declined", "govuk-tag--red"),
        _ => ("Withdrawn", "govuk-tag--grey"),
    };

    /// <summary>An attention code as words: <c>NO_RESPONSE</c> is "No response".</summary>
    public static string Words(string code) =>
        code.Length == 0 ? code : char.ToUpperInvariant(code[0]) + code[1..].Replace('_', ' ').ToLowerInvariant();
}

/// <summary>A GOV.UK date input (day, month, year); the day's input has <see cref="Id"/> so the error summary links to it.</summary>
public sealed record DateView(string Id, string Legend, string? Hint, string? Day, string? Month, string? Year, string? Error);
