using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Dev;

namespace Rehab.Graph.Web.Tests.Presenters;

public sealed class DevelopmentSignInFormTests
{
    [Fact]
    public void Every_demo_users_link_signs_in_as_that_user()
    {
        foreach (var demo in DemoUsers.All)
        {
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://web.example" + demo.SignInUrl).Query);
            string? Value(string key) => query.TryGetValue(key, out var v) ? v.ToString() : null;

            var (user, problems) = new SignInForm(Value("role"), Value("practitioner"), Value("organisation"), Value("duty"), Value("user"), Value("name"), Value("person")).Validate();

            Assert.Empty(problems);
            Assert.Equal(demo.User, user);
        }
    }

    [Fact]
    public void Every_problem_with_the_query_is_named_at_once()
    {
        var (user, problems) = new SignInForm("OFFENDER_MANAGER", null, null, "IJ_COORDINATOR", null, null).Validate();

        Assert.Null(user);
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void Blank_ids_are_no_ids()
    {
        var (user, _) = new SignInForm("COMMISSIONER", " ", "", null, " c.jones ", null).Validate();

        Assert.Equal(new WebUser(WebRole.Commissioner, null, null, null, "c.jones", null), user);
    }

    [Fact]
    public void A_person_on_probation_signs_in_as_themselves_and_no_one_else_with_a_person_id()
    {
        var (person, _) = new SignInForm("PERSON", null, null, null, null, "H. Jafari", " per-0001 ").Validate();
        var (nobody, missing) = new SignInForm("PERSON", null, null, null, null, null).Validate();
        var (manager, stray) = new SignInForm("OFFENDER_MANAGER", "prc-07", null, null, null, null, "per-0001").Validate();

        Assert.Equal(new WebUser(WebRole.Person, null, null, null, null, "H. Jafari", "per-0001"), person);
        Assert.Null(nobody);
        Assert.Equal(["A person on probation signs in as themselves: give person, e.g. person=per-0001."], missing);
        Assert.Null(manager);
        Assert.Equal(["Only a person on probation signs in with person."], stray);
    }
}
