namespace Rehab.Graph.SeedGenerator;

/// <summary>People on probation, with a _profile mix loosely modelled on a real caseload.</summary>
public sealed class PersonGenerator(Random random, PseudonymGenerator pseudonyms)
{
    private readonly CaseloadProfile _profile = new(random);

    public IReadOnlyList<Person> Generate(int count)
    {
        var caseloads = ProbationTeam.All.ToDictionary(p => p.Id, _ => 0);
        var people = new List<Person>();
        for (var i = 1; i <= count; i++)
        {
            var gender = _profile.DrawGender();
            var languages = Languages();
            var area = HomeAreas.Pick(random);
            var home = Geo.Scatter(random, area.Place, 900);
            var riskOfHarm = _profile.DrawRiskOfHarm();
            var riskFlags = RiskFlags(gender, riskOfHarm);
            var practitioner = ProbationTeam.All
                .Where(p => p.DeliveryUnit == area.DeliveryUnit)
                .MinBy(p => caseloads[p.Id])!;
            caseloads[practitioner.Id]++;
            var (fromYear, toYear) = _profile.DrawBirthYearBand();
            people.Add(new Person(
                $"per-{i:D4}",
                pseudonyms.Next(languages),
                gender,
                random.Between(fromYear, toYear),
                home.Lat,
                home.Lon,
                Gazetteer.NearestPostcodeDistrict(home),
                languages,
                riskOfHarm,
                riskFlags,
                _profile.DrawNeeds(gender, riskFlags.Contains(RiskFlag.DomesticAbusePerpetrator)),
                Strengths(languages),
                practitioner.Id));
        }

        return people;
    }

    private List<string> Languages()
    {
        var roll = random.NextDouble();
        return roll < 0.88 ? ["en"]
            : roll < 0.98 ? ["en", random.PickWeighted(CommunityLanguages.Weighted)]
            : [random.PickWeighted(CommunityLanguages.Weighted)];
    }

    private List<RiskFlag> RiskFlags(Gender gender, RiskLevel riskOfHarm)
    {
        var flags = _profile.DrawRiskFlags(gender, riskOfHarm);
        // Sexual offences usually come with a no-contact-with-children condition.
        if (flags.Contains(RiskFlag.SexualOffence) && !flags.Contains(RiskFlag.NoContactChildren) && random.Chance(0.7))
        {
            flags.Add(RiskFlag.NoContactChildren);
        }

        return flags.Order().ToList();
    }

    private List<StrengthCode> Strengths(IReadOnlyList<string> languages)
    {
        var strengths = _profile.DrawOrdinaryStrengths();
        if (languages.Count > 1)
        {
            strengths.Add(StrengthCode.Languages);
        }

        return strengths.Order().ToList();
    }
}
