using System.Text.Json.Nodes;

namespace Rehab.Graph.Api.Tests;

/// <summary><c>assignMentor</c> and <c>releaseMentor</c>: a mentor's places, the person's plan and network follow the tie.</summary>
[Collection(ReferralArea.Collection)]
public sealed class MentoringTests(ReferralArea area)
{
    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);

    [Fact]
    public async Task A_mentor_assigned_shows_on_the_plan_and_in_connect_and_released_gives_the_place_back()
    {
        var person = await area.NewPersonAsync();
        var mentor = await MentorAsync(capacity: 2);

        var assigned = (await _om.DataAsync($"mutation {{ assignMentor(input: {{personId: \"{person}\", mentorId: \"{mentor}\"}}) {{ spareCapacity }} }}"))["assignMentor"]!;
        var plan = (await _om.DataAsync($"{{ plan(personId: \"{person}\") {{ mentors {{ mentor {{ id }} since }} }} }}"))["plan"]!;
        var connect = await MentorsInConnectAsync(person);
        var released = (await _om.DataAsync($"mutation {{ releaseMentor(input: {{personId: \"{person}\", mentorId: \"{mentor}\", reason: \"Moved to Leeds\"}}) {{ spareCapacity }} }}"))["releaseMentor"]!;
        var after = (await _om.DataAsync($"{{ plan(personId: \"{person}\") {{ mentors {{ mentor {{ id }} }} }} }}"))["plan"]!;

        Assert.Equal(1, assigned["spareCapacity"]!.GetValue<int>());
        Assert.Equal(mentor, plan["mentors"]![0]!["mentor"]!["id"]!.GetValue<string>());
        Assert.NotNull(plan["mentors"]![0]!["since"]);
        Assert.True(connect.Single(m => m!["mentor"]!["id"]!.GetValue<string>() == mentor)!["currentMentor"]!.GetValue<bool>());
        Assert.Equal(2, released["spareCapacity"]!.GetValue<int>());
        Assert.Empty(after["mentors"]!.AsArray());
        Assert.False((await MentorsInConnectAsync(person)).Single(m => m!["mentor"]!["id"]!.GetValue<string>() == mentor)!["currentMentor"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_mentors_last_place_goes_to_one_person_however_many_ask_at_once()
    {
        var mentor = await MentorAsync(capacity: 1);
        var people = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            people.Add(await area.NewPersonAsync());
        }

        var responses = await Task.WhenAll(people.Select(p => _om.PostAsync($"mutation {{ assignMentor(input: {{personId: \"{p}\", mentorId: \"{mentor}\"}}) {{ spareCapacity }} }}")));

        Assert.Single(responses, r => r.Errors.Count == 0);
        Assert.All(responses.Where(r => r.Errors.Count > 0), r => Assert.Equal("CONFLICT", r.SingleError().Code));
        var listed = (await _om.DataAsync($"{{ node(id: \"{mentor}\") {{ ... on Mentor {{ spareCapacity }} }} }}"))["node"]!;
        Assert.Equal(0, listed["spareCapacity"]!.GetValue<int>());
    }

    [Fact]
    public async Task Wrong_people_mentors_and_states_are_refused_naming_the_field()
    {
        var person = await area.NewPersonAsync();
        var someoneElses = await area.NewPersonAsync(ReferralArea.OtherOffenderManager);
        var mentor = await MentorAsync(capacity: 3);
        await _om.DataAsync($"mutation {{ assignMentor(input: {{personId: \"{person}\", mentorId: \"{mentor}\"}}) {{ id }} }}");
        var other = await area.NewPersonAsync();

        var cases = new Dictionary<string, (string Code, string? Field)>
        {
            [$"assignMentor(input: {{personId: \"{person}\", mentorId: \"{mentor}\"}})"] = ("CONFLICT", null),
            [$"releaseMentor(input: {{personId: \"{other}\", mentorId: \"{mentor}\"}})"] = ("CONFLICT", null),
            [$"assignMentor(input: {{personId: \"{someoneElses}\", mentorId: \"{mentor}\"}})"] = ("FORBIDDEN", null),
            [$"assignMentor(input: {{personId: \"{other}\", mentorId: \"mnt-devon-nobody\"}})"] = ("NOT_FOUND", "input.mentorId"),
            [$"assignMentor(input: {{personId: \"per-devon-nobody\", mentorId: \"{mentor}\"}})"] = ("NOT_FOUND", "input.personId"),
            [$"assignMentor(input: {{personId: \"{other}\", mentorId: \"svc-1\"}})"] = ("BAD_USER_INPUT", "input.mentorId"),
            [$"releaseMentor(input: {{personId: \"{person}\", mentorId: \"{mentor}\", reason: \"{new string('x', 1001)}\"}})"] = ("BAD_USER_INPUT", "input.reason"),
        };

        var observed = new Dictionary<string, (string?, string?)>();
        foreach (var (mutation, _) in cases)
        {
            observed[mutation] = (await _om.PostAsync($"mutation {{ {mutation} {{ id }} }}")).SingleError();
        }

        Assert.Equal(cases.ToDictionary(c => c.Key, c => ((string?)c.Value.Code, c.Value.Field)), observed);
        Assert.Equal(2, (await _om.DataAsync($"{{ node(id: \"{mentor}\") {{ ... on Mentor {{ spareCapacity }} }} }}"))["node"]!["spareCapacity"]!.GetValue<int>());
    }

    private async Task<string> MentorAsync(int capacity) =>
        (await area.CreateClient(ReferralArea.HostPartner).DataAsync(
            $"mutation {{ upsertMentor(input: {{organisationId: \"{ReferralArea.HostOrganisation}\", displayName: \"Mentor M.\", gender: MALE, capacity: {capacity}, location: {{latitude: {ReferralArea.Lat}, longitude: {ReferralArea.Lon}}}}}) {{ id }} }}"))
        ["upsertMentor"]!["id"]!.GetValue<string>();

    private async Task<JsonArray> MentorsInConnectAsync(string person) =>
        (await _om.DataAsync($"{{ connect(input: {{personId: \"{person}\", first: 50}}) {{ mentors {{ mentor {{ id }} currentMentor }} }} }}"))["connect"]!["mentors"]!.AsArray();
}
