using Microsoft.AspNetCore.Http;

namespace Rehab.Graph.Web.Auth;

/// <summary>A demo region user the Development sign-in page offers: who they are, and the sign-in link's query.</summary>
public sealed record DemoUser(string Heading, string Description, WebUser User)
{
    /// <summary>The <c>/dev/sign-in</c> address that signs in as this user.</summary>
    public string SignInUrl
    {
        get
        {
            var query = new List<KeyValuePair<string, string?>> { new("role", WebUser.Code(User.Role)) };
            query.AddRange(new[] { ("practitioner", User.PractitionerId), ("organisation", User.OrganisationId), ("person", User.PersonId), ("duty", User.Duty), ("user", User.Subject), ("name", User.Name) }
                .Where(p => p.Item2 is not null)
                .Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2)));
            return $"/dev/sign-in{QueryString.Create(query).ToUriComponent()}";
        }
    }
}

/// <summary>The README's demo users (see "Demo users to try"), one per role.</summary>
public static class DemoUsers
{
    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("Offender manager", "Aisha Rahman, Hull Probation Delivery Unit: supervises per-0001 (H. Jafari) and others.",
            new WebUser(WebRole.OffenderManager, "prc-07", null, null, "a.rahman", "Aisha Rahman")),
        new("Partner", "Fishermen's Quay Arts (org-0052), which runs svc-0121 \"Thinking Through Drama\".",
            new WebUser(WebRole.Partner, null, "org-0052", null, "fqa.staff", "Fishermen's Quay Arts")),
        new("Immediate Justice coordinator", "A. Lee at Kingston Community Payback (org-0008), which hosts the Immediate Justice placements.",
            new WebUser(WebRole.Partner, null, "org-0008", WebUser.ImmediateJusticeCoordinator, "a.lee", "A. Lee")),
        new("Referrer", "Humber Police Out-of-Court Disposals Team (org-0071).",
            new WebUser(WebRole.Referrer, null, "org-0071", null, "ocd.officer", "Humber Police OCD Team")),
        new("Commissioner", "Sees need counts and provision gaps, never a person.",
            new WebUser(WebRole.Commissioner, null, null, null, "commissioner", "Commissioner")),
        new("Administrator", "Manages organisations and practitioners, reads the audit trail.",
            new WebUser(WebRole.Admin, null, null, null, "admin", "Administrator")),
        new("Person on probation", "H. Jafari (per-0001), supervised by Aisha Rahman: sees their own plan and nothing else.",
            new WebUser(WebRole.Person, null, null, null, "h.jafari", "H. Jafari", "per-0001")),
    ];
}
