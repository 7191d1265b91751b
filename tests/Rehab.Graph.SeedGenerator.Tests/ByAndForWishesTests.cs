namespace Rehab.Graph.SeedGenerator.Tests;

/// <summary>
/// The demo people's wishes for services run by and for a community: the rule's, worked out here again from the generated
/// people, services and attendances, and a function of the rest of the set that changes nothing else.
/// </summary>
public sealed class ByAndForWishesTests
{
    private static readonly Dataset Demo = Dataset.Generate(DatasetSize.Demo, DatasetSize.Demo.Seed, TextWriter.Null);

    [Fact]
    public void Each_demo_person_wants_the_communities_the_rule_gives_them_and_the_two_the_tests_set_want_none()
    {
        var services = Demo.Providers.Services.ToDictionary(s => s.Id);
        var attended = Demo.Ties.Attended.ToLookup(a => a.PersonId, a => services[a.ServiceId]);

        foreach (var person in Demo.People)
        {
            var age = 2026 - person.BirthYear;
            var needs = person.Needs.Select(n => n.Code).ToHashSet();
            bool Knows(Community community) =>
                attended[person.Id].Any(s => s.ByAndFor?.Contains(community) == true)
                || Demo.Providers.Services.Any(s => s.Lat is not null && s.ByAndFor?.Contains(community) == true && s.Needs.Any(needs.Contains)
                                                    && new GeoPoint(person.HomeLat, person.HomeLon).DistanceKm(new GeoPoint(s.Lat.Value, s.Lon!.Value)) <= 3);
            var expected = person.Id is "per-0061" or "per-0169"
                ? []
                : new[]
                {
                    (Community.Women, person.Gender == Gender.Female && Knows(Community.Women)),
                    (Community.YoungAdults, age is >= 18 and <= 25 && Knows(Community.YoungAdults)),
                    (Community.MinorityEthnic, person.Languages.Any(l => l != "en") && Knows(Community.MinorityEthnic)),
                    (Community.OlderPeople, age >= 60 && (needs.Contains(NeedCode.Health) || needs.Contains(NeedCode.MentalHealth))),
                    (Community.DisabledPeople, person.Needs.Any(n => n is { Code: NeedCode.Health, Severity: 3 })),
                    (Community.LgbtqPlus, person.Gender == Gender.NonBinary),
                }.Where(w => w.Item2).Select(w => EnumCodes.ToCode(w.Item1)).Order(StringComparer.Ordinal).ToList();

            Assert.Equal(expected, (person.ByAndFor ?? []).Select(EnumCodes.ToCode).ToList());
        }
    }

    [Fact]
    public void Every_community_has_someone_who_wants_its_services_and_most_people_want_none()
    {
        var wanting = Demo.People.Where(p => p.ByAndFor is not null).ToList();

        Assert.All(Enum.GetValues<Community>(), c => Assert.Contains(wanting, p => p.ByAndFor!.Contains(c)));
        Assert.InRange(wanting.Count, 1, Demo.People.Count / 4);
        Assert.All(wanting, p => Assert.NotEmpty(p.ByAndFor!));
        // B. Hussain, at a women's centre, shows the wish on the README's person with a plan.
        Assert.Equal([Community.Women], Demo.People.Single(p => p.Id == "per-0095").ByAndFor);
    }

    [Fact]
    public void Wishes_are_worked_out_from_the_rest_of_the_set_and_change_nothing_else_of_a_person()
    {
        var without = Demo with { People = [.. Demo.People.Select(p => p with { ByAndFor = null })] };

        var again = ByAndForWishes.Add(without, DatasetSize.Demo.Region.WithoutByAndFor);

        Assert.Equal(Demo.People, again, (a, b) => a.Id == b.Id && (a.ByAndFor ?? []).SequenceEqual(b.ByAndFor ?? []));
        Assert.Equal(without.People, again.Select(p => p with { ByAndFor = null }));
    }
}
