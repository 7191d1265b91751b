namespace Rehab.Graph.Client.Tests;

/// <summary>
/// The peer mentor operations' cases (see <see cref="OperationCases"/>): prc-07 reads the mentor page of per-0120,
/// whom no other case reads, and assigns and releases one of the mentors it offers, leaving their places as they were.
/// </summary>
public static class MentoringOperationCases
{
    private const string Person = "per-0120";

    public static IReadOnlyDictionary<string, OperationCase> All { get; } = new Dictionary<string, OperationCase>
    {
        ["MentoringPage"] = new(OperationCases.OffenderManager, async client =>
        {
            var page = await client.MentoringPageAsync(new() { PersonId = Person });

            Assert.Equal(Person, page.Person!.Id);
            Assert.NotNull(page.Plan);
            Assert.NotEmpty(page.Connect.Mentors);
            Assert.All(page.Connect.Mentors, m => Assert.NotEmpty(m.Reasons));
            Assert.All(page.Connect.Excluded, e => Assert.False(string.IsNullOrEmpty(e.Rule)));
            await Assert.ThrowsAsync<RehabGraphForbiddenException>(() => client.MentoringPageAsync(new() { PersonId = "per-0002" }));
        }),
        ["AssignMentor"] = new(OperationCases.OffenderManager, async client =>
        {
            var mentor = await OfferedAsync(client);

            var assigned = (await client.AssignMentorAsync(new() { Input = new() { PersonId = Person, MentorId = mentor } })).AssignMentor;

            Assert.Equal(mentor, assigned.Id);
            var page = await client.MentoringPageAsync(new() { PersonId = Person });
            Assert.Contains(page.Plan!.Mentors, m => m.Mentor.Id == mentor);
            await Assert.ThrowsAsync<RehabGraphConflictException>(() => client.AssignMentorAsync(new() { Input = new() { PersonId = Person, MentorId = mentor } }));
            await client.ReleaseMentorAsync(new() { Input = new() { PersonId = Person, MentorId = mentor } });
        }),
        ["ReleaseMentor"] = new(OperationCases.OffenderManager, async client =>
        {
            var mentor = await OfferedAsync(client);
            await client.AssignMentorAsync(new() { Input = new() { PersonId = Person, MentorId = mentor } });

            var released = (await client.ReleaseMentorAsync(new() { Input = new() { PersonId = Person, MentorId = mentor, Reason = "Client case" } })).ReleaseMentor;

            Assert.Equal(mentor, released.Id);
            Assert.DoesNotContain((await client.MentoringPageAsync(new() { PersonId = Person })).Plan!.Mentors, m => m.Mentor.Id == mentor);
            var refused = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() =>
                client.ReleaseMentorAsync(new() { Input = new() { PersonId = Person, MentorId = mentor, Reason = new string('x', 1001) } }));
            Assert.Equal("input.reason", refused.Field);
        }),
    };

    /// <summary>A mentor the page offers them who is not theirs now (the cases of one theory run one after another).</summary>
    private static async Task<string> OfferedAsync(IRehabGraphClient client) =>
        (await client.MentoringPageAsync(new() { PersonId = Person })).Connect.Mentors.Last(m => !m.CurrentMentor).Mentor.Id;
}
