using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Navigation;

/// <summary>A link in the service navigation; <see cref="Current"/> is <c>page</c> on its own page, <c>true</c> within its section.</summary>
public sealed record NavigationItem(string Text, string Href, string? Current);

/// <summary>
/// The service navigation's links: each role's own start pages, then the public ones everyone else may use. A person on
/// probation has their plan and nothing else: the public pages are directory work the hub refuses them.
/// </summary>
public static class ServiceNavigation
{
    public const string MyPlan = "/my-plan";

    public static IReadOnlyList<NavigationItem> For(WebUser? user, string path)
    {
        var links = new List<(string Text, string Href)>();
        if (user?.Role == WebRole.Person)
        {
            links.Add(("Your plan", MyPlan));
            return Items(links, path);
        }

        switch (user?.Role)
        {
            case WebRole.OffenderManager:
                links.Add(("Caseload", "/caseload"));
                links.Add(("Immediate Justice", "/immediate-justice"));
                break;
            case WebRole.Partner:
                links.Add(("Your organisation", "/partner"));
                if (user.IsImmediateJusticeCoordinator)
                {
                    links.Add(("Immediate Justice", "/immediate-justice"));
                }

                break;
            case WebRole.Referrer:
                links.Add(("Immediate Justice", "/immediate-justice"));
                break;
            case WebRole.Commissioner:
                links.Add(("Needs and gaps", "/commissioning"));
                links.Add(("Evaluation", "/evaluation"));
                break;
            case WebRole.Admin:
                links.Add(("Administration", "/admin"));
                break;
        }

        links.AddRange(Public);
        return Items(links, path);
    }

    /// <summary>The pages anyone but a person on probation may use, signed in or not (the footer's links too).</summary>
    public static IReadOnlyList<(string Text, string Href)> Public { get; } = [("Find services", "/directory"), ("Check a certificate", "/certificates/check")];

    private static List<NavigationItem> Items(List<(string Text, string Href)> links, string path) =>
        links.Select(l => new NavigationItem(l.Text, l.Href, CurrentOf(l.Href, path))).ToList();

    private static string? CurrentOf(string href, string path)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        if (string.Equals(trimmed, href, StringComparison.OrdinalIgnoreCase))
        {
            return "page";
        }

        return trimmed.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase) ? "true" : null;
    }
}
