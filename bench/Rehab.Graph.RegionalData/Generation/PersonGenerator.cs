using Rehab.Graph.RegionalData.Geography;

namespace Rehab.Graph.RegionalData.Generation;

/// <summary>People on probation across the region, with a _profile mix loosely modelled on a real caseload.</summary>
public sealed class PersonGenerator(Random random, Pseudonyms pseudonyms, Homes homes)
{
    private readonly CaseloadProfile _profile = new(random);

    public IReadOnlyList<Person> Generate(int count, IReadOnlyList<Practitioner> practitioners)
    {
        var caseloads = practitioners.GroupBy(p => p.DeliveryUnit).ToDictionary(g => g.Key, g => g.Select(p => new Caseload(p)).ToList());
        var people = new List<Person>(count);
        for (var number = 1; number <= count; number++)
        {
            var gender = _profile.DrawGender();
            var (home, neighbourhood) = homes.Next();
            var languages = Languages(neighbourhood.Centre);
            var riskOfHarm = _profile.DrawRiskOfHarm();
            var riskFlags = RiskFlags(gender, riskOfHarm);
            var caseload = caseloads[neighbourhood.Centre.DeliveryUnit(neighbourhood)].MinBy(c => c.People)!;
            caseload.People++;
            var (fromYear, toYear) = _profile.DrawBirthYearBand();
            people.Add(new Person(
                number,
                pseudonyms.Next(languages),
                gender,
                random.Between(fromYear, toYear),
                home,
                neighbourhood,
                languages,
                riskOfHarm,
                riskFlags,
                _profile.DrawNeeds(gender, riskFlags.Contains(RiskFlag.DomesticAbusePerpetrator)),
                Strengths(languages),
                caseload.Practitioner));
        }

        return people;
    }

    private sealed class Caseload(Practitioner practitioner)
    {
        public Practitioner Practitioner { get; } = practitioner;

        public int People { get; set; }
    }

    private CodeSet<Language> Languages(Centre centre)
    {
        var english = CodeSet<Language>.Empty.With(Language.En);
        if (!random.Chance(centre.OtherLanguageShare))
        {
            return english;
        }

        var community = random.PickWeighted(centre.CommunityLanguages);
        // Most speakers of a community language also speak English; one in six does not.
        return random.Chance(5.0 / 6) ? english.With(community) : CodeSet<Language>.Empty.With(community);
    }

    private CodeSet<RiskFlag> RiskFlags(Gender gender, RiskLevel riskOfHarm)
    {
        var flags = CodeSet<RiskFlag>.Of(_profile.DrawRiskFlags(gender, riskOfHarm));
        // Sexual offences usually come with a no-contact-with-children condition.
        return flags.Contains(RiskFlag.SexualOffence) && random.Chance(0.7) ? flags.With(RiskFlag.NoContactChildren) : flags;
    }

    private CodeSet<StrengthCode> Strengths(CodeSet<Language> languages)
    {
        var strengths = CodeSet<StrengthCode>.Of(_profile.DrawOrdinaryStrengths());
        return languages.Count > 1 ? strengths.With(StrengthCode.Languages) : strengths;
    }
}
