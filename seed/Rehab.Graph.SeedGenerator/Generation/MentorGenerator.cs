namespace Rehab.Graph.SeedGenerator;

/// <summary>Volunteer mentors with lived experience, attached to community organisations near where they live.</summary>
public sealed class MentorGenerator(Random random, Pseudonyms pseudonyms, Residences residences, RegionModel region)
{
    private readonly MentorProfile _profile = new(random);

    public IReadOnlyList<Mentor> Generate(int count, IReadOnlyList<Organisation> organisations, Ids ids)
    {
        var hosts = new SpatialIndex<Organisation>(
            organisations.Where(o => MentorProfile.VolunteeringHosts.Contains(o.Kind) || o.Kind == OrganisationKind.WomensCentre),
            o => new GeoPoint(o.Lat, o.Lon));
        var mentors = new List<Mentor>(count);
        for (var number = 1; number <= count; number++)
        {
            var gender = _profile.DrawGender();
            var (home, neighbourhood, languages) = residences.Next(Languages);
            var livedExperience = _profile.DrawLivedExperience(gender);
            // Women's centres take women only.
            var nearby = hosts.Nearest(home, 6, o => o.Kind != OrganisationKind.WomensCentre || gender == Gender.Female);
            mentors.Add(new Mentor(
                ids.Mentor(number),
                pseudonyms.Next(languages),
                gender,
                languages,
                livedExperience,
                random.Between(1, 4),
                home.Lat,
                home.Lon,
                random.PickDistinct(nearby, random.Between(1, 2)).Select(o => o.Id).Order(StringComparer.Ordinal).ToList(),
                Bio(livedExperience[0], languages, neighbourhood.Centre)));
        }

        return mentors;
    }

    /// <summary>English, and for some a community language of their town.</summary>
    private List<string> Languages(Centre town) =>
        random.Chance(1 - town.MentorLanguageShare) ? ["en"] : ["en", random.PickWeighted(town.CommunityLanguages)];

    private string Bio(NeedCode mainExperience, IReadOnlyList<string> languages, Centre town)
    {
        var experience = _profile.DescribeExperience(mainExperience);
        var offer = languages.Count > 1
            ? $"Speaks {LanguageNames.Of(languages[1])} as well as English."
            : random.Pick(region.MentorOffers);
        return $"{random.Pick(region.MentorBackgrounds).Replace("{town}", town.Name, StringComparison.Ordinal)}. {experience} {offer}";
    }
}
