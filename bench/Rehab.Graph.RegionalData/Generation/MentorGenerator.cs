using Rehab.Graph.RegionalData.Catalogue;
using Rehab.Graph.RegionalData.Geography;

namespace Rehab.Graph.RegionalData.Generation;

/// <summary>Volunteer mentors with lived experience, attached to community organisations near where they live.</summary>
public sealed class MentorGenerator(Random random, Pseudonyms pseudonyms, Homes homes)
{
    private const int HostSearchRings = 40;

    private static readonly string[] Backgrounds =
    [
        "{town} born and bred", "Former scaffolder", "Ex-warehouse supervisor", "Retired youth worker", "Trained chef",
        "HGV driver", "Care worker", "Self-employed joiner", "Former soldier", "Hairdresser", "Call-centre team leader",
        "Former steelworker", "Painter and decorator", "Student nurse", "Retired postal worker", "Ex-miner's son",
        "Bus driver", "Former mill worker", "Plasterer", "Dinner lady", "Taxi driver", "Former boxer",
    ];

    private static readonly string[] Offers =
        [.. MentorProfile.Offers, "Drives, so can help with lifts to appointments out of town."];

    private readonly MentorProfile _profile = new(random);

    public IReadOnlyList<Mentor> Generate(int count, IReadOnlyList<Organisation> organisations)
    {
        var hosts = new SpatialGrid<Organisation>(
            organisations.Where(o => MentorProfile.VolunteeringHosts.Contains(o.Kind) || o.Kind == OrganisationKind.WomensCentre),
            o => o.Location);
        var mentors = new List<Mentor>(count);
        for (var number = 1; number <= count; number++)
        {
            var gender = _profile.DrawGender();
            var (home, neighbourhood) = homes.Next();
            var languages = CodeSet<Language>.Empty.With(Language.En);
            if (random.Chance(Math.Min(0.5, neighbourhood.Centre.OtherLanguageShare * 1.5)))
            {
                languages = languages.With(random.PickWeighted(neighbourhood.Centre.CommunityLanguages));
            }

            var livedExperience = _profile.DrawLivedExperience(gender);
            var nearby = hosts.Nearest(
                home,
                6,
                o => o.Kind != OrganisationKind.WomensCentre || gender == Gender.Female,
                HostSearchRings);
            mentors.Add(new Mentor(
                number,
                pseudonyms.Next(languages),
                gender,
                languages,
                CodeSet<NeedCode>.Of(livedExperience),
                random.Between(1, 4),
                home,
                random.PickDistinct(nearby, random.Between(1, 2)).OrderBy(o => o.Number).ToList(),
                Bio(livedExperience[0], languages, neighbourhood.Centre)));
        }

        return mentors;
    }

    private string Bio(NeedCode mainExperience, CodeSet<Language> languages, Centre town)
    {
        var experience = _profile.DescribeExperience(mainExperience);
        var community = languages.FirstOrDefault(l => l != Language.En);
        var offer = community != Language.En
            ? $"Speaks {Vocabulary.LanguageName(community)} as well as English."
            : random.Pick(Offers);
        return $"{random.Pick(Backgrounds).Replace("{town}", town.Name)}. {experience} {offer}";
    }
}
