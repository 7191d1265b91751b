namespace Rehab.Graph.Web.Pages.Shared;

/// <summary>A link in the error summary: the message, and the field it is about (<c>#id</c>).</summary>
public sealed record ErrorLink(string Text, string Href);

/// <summary>An option of a select.</summary>
public sealed record Option(string Value, string Text, bool Selected);

/// <summary>Previous and next page links, and which results this page shows ("Showing 11 to 20 of 43 results").</summary>
public sealed record Pagination(string? PreviousHref, string? NextHref, string Summary);
