namespace Rehab.Graph.SeedGenerator;

/// <summary>People on probation, with a profile mix loosely modelled on a real caseload.</summary>
public sealed class PersonGenerator(Random random, Pseudonyms pseudonyms, Residences residences, RegionModel region)
{
    private readonly CaseloadProfile _profile = new(random);

    /// <summary>Each person is supervised by the practitioner of their delivery unit with the smallest caseload so far.</summary>
    public IReadOnlyList<Person> Generate(int count, IReadOnlyList<Practitioner> practitioners, Ids ids)
    {
        var caseloads = practitioners.GroupBy(p => p.DeliveryUnit).ToDictionary(g => g.Key, g => g.Select(p => new Caseload(p)).ToList());
        var people = new List<Person>(count);
        for (var number = 1; number <= count; number++)
        {
            var gender = _profile.DrawGender();
            var (home, neighbourhood, languages) = residences.Next(Languages);
            var riskOfHarm = _profile.DrawRiskOfHarm();
            var riskFlags = RiskFlags(gender, riskOfHarm);
            var caseload = caseloads[neighbourhood.DeliveryUnit].MinBy(c => c.People)!;
            caseload.People++;
            var (fromYear, toYear) = _profile.DrawBirthYearBand();
            people.Add(new Person(
                ids.Person(number),
                pseudonyms.Next(languages),
                gender,
                random.Between(fromYear, toYear),
                home.Lat,
                home.Lon,
                region.PostcodeDistrict(home, neighbourhood),
                languages,
                riskOfHarm,
                riskFlags,
                _profile.DrawNeeds(gender, riskFlags.Contains(RiskFlag.DomesticAbusePerpetrator)),
                Strengths(languages),
                caseload.Practitioner.Id)
            {
                Town = neighbourhood.Centre,
            });
        }

        return people;
    }

    private sealed class Caseload(Practitioner practitioner)
    {
        public Practitioner Practitioner { get; } = practitioner;

        public int People { get; set; }
    }

    /// <summary>English, English and a community language, or, for one in six who speak one, the community language alone.</summary>
    private List<string> Languages(Centre town)
    {
        var roll = random.NextDouble();
        return roll < 1 - town.OtherLanguageShare ? ["en"]
            : roll < 1 - town.OtherLanguageShare / 6 ? ["en", random.PickWeighted(town.CommunityLanguages)]
            : [random.PickWeighted(town.CommunityLanguages)];
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
