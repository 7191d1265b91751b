namespace Rehab.Graph.Client.Tests;

/// <summary>
/// The transition operations' cases (see <see cref="OperationCases"/>): prc-07 checks a move to Withernsea for H. Jafari
/// (per-0001, only read) and records the move to adult services for B. Hussain (per-0095, born 2004), which changes
/// nothing but his record's version and history.
/// </summary>
public static class TransitionOperationCases
{
    private static TransitionInput ToWithernsea(string personId) => new()
    {
        PersonId = personId,
        Kind = TransitionKind.NewHome,
        Home = new() { Latitude = 53.731, Longitude = 0.033 },
        PostcodeDistrict = "HU19",
    };

    public static IReadOnlyDictionary<string, OperationCase> All { get; } = new Dictionary<string, OperationCase>
    {
        ["TransitionPage"] = new(OperationCases.OffenderManager, async client =>
        {
            var page = await client.TransitionPageAsync(new() { Id = "per-0001", ListColleagues = false });
            var listing = await client.TransitionPageAsync(new() { Id = "per-0001", DeliveryUnit = "Hull East", Search = "okoro", ListColleagues = true });

            Assert.Equal(("H. Jafari", 2005, "HU6"), (page.Person!.DisplayName, page.Person.BirthYear, page.Person.PostcodeDistrict));
            var yours = Assert.Single(page.DeliveryUnits, u => u.Yours);
            Assert.Equal("Hull North", yours.Name);
            Assert.Contains(page.DeliveryUnits, u => u is { Name: "Hull East", Yours: false } && u.Colleagues >= 3);
            Assert.Null(page.Colleagues);
            Assert.Equal([("prc-02", "Daniel Okoro", "Hull East")], listing.Colleagues!.Nodes.Select(c => (c.Id, c.Name, c.DeliveryUnit)));
            Assert.Equal(1, listing.Colleagues.TotalCount);
            await Assert.ThrowsAsync<RehabGraphForbiddenException>(() => client.TransitionPageAsync(new() { Id = "per-0002", ListColleagues = false }));
        }),
        ["HandoverColleagues"] = new(OperationCases.OffenderManager, async client =>
        {
            var own = (await client.HandoverColleaguesAsync(new() { DeliveryUnit = "Hull North" })).Colleagues;
            var found = (await client.HandoverColleaguesAsync(new() { Search = "ASHWORTH" })).Colleagues;
            var everyone = (await client.HandoverColleaguesAsync(new())).Colleagues;

            Assert.Contains(own.Nodes, c => (c.Id, c.Name, c.DeliveryUnit) == ("prc-08", "Tom Kettlewell", "Hull North"));
            Assert.All(own.Nodes, c => Assert.Equal("Hull North", c.DeliveryUnit));
            Assert.Equal([("prc-01", "Rachel Ashworth", "Hull East")], found.Nodes.Select(c => (c.Id, c.Name, c.DeliveryUnit)));
            Assert.DoesNotContain(everyone.Nodes, c => c.Id == "prc-07");
            Assert.True(everyone.TotalCount >= 9);
            var refused = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() => client.HandoverColleaguesAsync(new() { Search = new string('x', 101) }));
            Assert.Equal("search", refused.Field);
        }),
        ["TransitionPersonName"] = new(OperationCases.OffenderManager, async client =>
        {
            Assert.Equal("H. Jafari", (await client.TransitionPersonNameAsync(new() { Id = "per-0001" })).Person!.DisplayName);
            await Assert.ThrowsAsync<RehabGraphForbiddenException>(() => client.TransitionPersonNameAsync(new() { Id = "per-0002" }));
        }),
        ["TransitionCheckPage"] = new(OperationCases.OffenderManager, async client =>
        {
            var page = await client.TransitionCheckPageAsync(new() { PersonId = "per-0001", Input = ToWithernsea("per-0001") });

            Assert.Equal("per-0001", page.Person!.Id);
            Assert.True(page.Person.Version >= 0);
            Assert.Equal((TransitionKind.NewHome, 10.0), (page.TransitionCheck.Kind, page.TransitionCheck.ReachKm));
            Assert.All(page.TransitionCheck.Ties, t => Assert.False(string.IsNullOrEmpty(t.Node.Id)));
            Assert.All(page.TransitionCheck.Ties.Where(t => t.DistanceKmAfter > 10 && t.DistanceKmAfter > t.DistanceKmNow), t => Assert.NotNull(t.Warning));
            var refused = await Assert.ThrowsAsync<RehabGraphBadUserInputException>(() => client.TransitionCheckPageAsync(new()
            {
                PersonId = "per-0001",
                Input = new() { PersonId = "per-0001", Kind = TransitionKind.OffenderManagerChange, PractitionerId = "prc-07" },
            }));
            Assert.Equal("input.practitionerId", refused.Field);
            var handover = await client.TransitionCheckPageAsync(new()
            {
                PersonId = "per-0001",
                Input = new() { PersonId = "per-0001", Kind = TransitionKind.OffenderManagerChange, PractitionerId = "prc-01" },
            });
            Assert.Equal(("Rachel Ashworth", "Hull East"), (handover.TransitionCheck.ToPractitioner!.Name, handover.TransitionCheck.ToPractitioner.DeliveryUnit));
        }),
        ["RecordTransition"] = new(OperationCases.OffenderManager, async client =>
        {
            const string person = "per-0095";
            var input = new TransitionInput { PersonId = person, Kind = TransitionKind.YouthToAdult, Note = "Client case" };
            var version = (await client.TransitionCheckPageAsync(new() { PersonId = person, Input = input })).Person!.Version;

            var recorded = (await client.RecordTransitionAsync(new() { Input = new() { PersonId = person, Kind = TransitionKind.YouthToAdult, Note = "Client case", Version = version } })).RecordTransition;

            Assert.StartsWith("trn-", recorded.Id, StringComparison.Ordinal);
            Assert.Equal((TransitionKind.YouthToAdult, "HU7", null), (recorded.Kind, recorded.ToDistrict, recorded.ToPractitioner));
            Assert.Contains((await client.PersonPageAsync(new() { Id = person })).Transitions, t => t.Id == recorded.Id && t.Note == "Client case");
            await Assert.ThrowsAsync<RehabGraphConflictException>(() =>
                client.RecordTransitionAsync(new() { Input = new() { PersonId = person, Kind = TransitionKind.YouthToAdult, Version = version } }));
        }),
    };
}
