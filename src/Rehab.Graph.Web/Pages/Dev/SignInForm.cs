using Rehab.Graph.Web.Auth;

namespace Rehab.Graph.Web.Pages.Dev;

/// <summary>
/// The query of <c>/dev/sign-in</c>: a role the hub knows and the ids that role acts for (an offender manager's
/// practitioner, a partner's or referrer's organisation, a person on probation's own id), a duty only where the hub has
/// one, and who the user is.
/// </summary>
public sealed record SignInForm(string? Role, string? Practitioner, string? Organisation, string? Duty, string? User, string? Name, string? Person = null)
{
    /// <summary>The user to sign in, or what is wrong with the query, one sentence per problem.</summary>
    public (WebUser? User, IReadOnlyList<string> Problems) Validate()
    {
        var problems = new List<string>();
        var roles = string.Join(", ", WebUser.RoleCodes);
        var role = WebUser.ParseRole(Role);
        if (string.IsNullOrWhiteSpace(Role))
        {
            problems.Add($"Give a role: role is one of {roles}.");
        }
        else if (role is null)
        {
            problems.Add($"The role '{Role}' is not one the hub knows: role is one of {roles}.");
        }

        var practitioner = Blank(Practitioner);
        var organisation = Blank(Organisation);
        var duty = Blank(Duty);
        var person = Blank(Person);
        if (role == WebRole.OffenderManager && practitioner is null)
        {
            problems.Add("An offender manager acts for a practitioner: give practitioner, e.g. practitioner=prc-07.");
        }

        if (role is WebRole.Partner or WebRole.Referrer && organisation is null)
        {
            problems.Add($"A {(role == WebRole.Partner ? "partner" : "referrer")} acts for an organisation: give organisation, e.g. organisation={(role == WebRole.Partner ? "org-0052" : "org-0071")}.");
        }

        if (role == WebRole.Person && person is null)
        {
            problems.Add("A person on probation signs in as themselves: give person, e.g. person=per-0001.");
        }

        if (person is not null && role is not null && role != WebRole.Person)
        {
            problems.Add("Only a person on probation signs in with person.");
        }

        if (duty is not null && (duty != WebUser.ImmediateJusticeCoordinator || role != WebRole.Partner))
        {
            problems.Add($"The only duty is {WebUser.ImmediateJusticeCoordinator}, and only a partner holds it.");
        }

        return problems.Count > 0 || role is not { } known
            ? (null, problems)
            : (new WebUser(known, practitioner, organisation, duty, Blank(User), Blank(Name), person), problems);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
