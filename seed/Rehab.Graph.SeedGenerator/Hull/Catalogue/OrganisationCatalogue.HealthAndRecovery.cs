using static Rehab.Graph.SeedGenerator.NeedCode;
using static Rehab.Graph.SeedGenerator.OrganisationKind;
using static Rehab.Graph.SeedGenerator.PlacementKind;
using static Rehab.Graph.SeedGenerator.StrengthCode;
using Route = Rehab.Graph.SeedGenerator.ReferralRoute;

namespace Rehab.Graph.SeedGenerator;

public static partial class OrganisationCatalogue
{
    private static IReadOnlyList<OrganisationTemplate> HealthAndRecovery =>
    [
        new("Humber Recovery Partnership", HealthProvider, "City Centre",
            "Drug and alcohol treatment service for Hull offering prescribing, psychosocial support and recovery groups.")
        {
            Services =
            [
                new("Opiate Substitution Treatment",
                    "Methadone or buprenorphine prescribing with regular key-work, naloxone and harm-reduction advice.",
                    [Drugs, Health], Route.Self),
                new("Alcohol Detox Pathway",
                    "Planned community or inpatient alcohol detox followed by aftercare groups.",
                    [Alcohol, Health], Route.Gp),
                new("Bransholme Satellite Clinic",
                    "Weekly clinic for script reviews, key-work and naloxone training closer to home.",
                    [Drugs, Alcohol], Route.Self) { Place = "Bransholme", OpeningTimes = "Tue 09:30–16:00" },
                new("Drug Rehabilitation Requirement Team",
                    "Court-ordered drug treatment with testing and monthly court reviews.",
                    [Drugs, AttitudesThinkingBehaviour], Route.Practitioner),
                new("Young Persons' Substance Service",
                    "Drug and alcohol support designed with and for young adults, including club drugs and cannabis.",
                    [Drugs, Alcohol], Route.Self) { MinAge = 18, MaxAge = 24 },
            ],
        },
        new("Lighthouse Alcohol Service", Vcse, "Drypool",
            "Alcohol charity offering counselling, structured groups and support for families.")
        {
            Services =
            [
                new("Alcohol Counselling",
                    "One-to-one counselling for people who want to cut down or stop drinking.",
                    [Alcohol, MentalHealth], Route.Self),
                new("Alcohol Treatment Requirement Groups",
                    "Structured groups for people with an Alcohol Treatment Requirement, covering triggers, cravings and relapse.",
                    [Alcohol, AttitudesThinkingBehaviour], Route.Practitioner) { OpeningTimes = "Mon & Wed 13:30–15:30" },
                new("Families Affected by Drinking",
                    "Support for partners and relatives of heavy drinkers, including children's sessions in school holidays.",
                    [Alcohol, ChildrenFamilies, Relationships], Route.Self) { UnsuitableFor = ChildContact },
            ],
        },
        new("Clean Slate Recovery Community", CommunityGroup, "Newland Avenue",
            "Peer-led recovery community running a café, walks and mutual-aid meetings.")
        {
            Services =
            [
                new("Recovery Café",
                    "Alcohol- and drug-free café on Friday nights with live music and a pool table.",
                    [Drugs, Alcohol, Lifestyle], Route.Self) { OpeningTimes = "Fri 18:00–22:00" },
                new("Self-Management Recovery Meetings",
                    "Weekly mutual-aid meetings using practical self-management tools rather than steps.",
                    [Drugs, Alcohol, AttitudesThinkingBehaviour], Route.Self) { OpeningTimes = "Mon 19:00–20:30" },
                new("Recovery Walks",
                    "Saturday morning walks along the Humber foreshore and through the city's parks.",
                    [Lifestyle, MentalHealth, Health], Route.Self) { OpeningTimes = "Sat 10:00–12:00" },
            ],
            Placements =
            [
                new("Recovery café volunteer", Volunteering,
                    "Serving food and drinks, washing up and welcoming newcomers at the Friday recovery café.",
                    [Cooking, CustomerService]),
            ],
        },
        new("Northpoint Wellbeing Practice", HealthProvider, "Bransholme",
            "GP practice with a health inclusion team for people who struggle to get into primary care.")
        {
            Services =
            [
                new("Health Inclusion Clinic",
                    "Walk-in GP and nurse appointments for people without a fixed address or recently released from prison.",
                    [Health], Route.Self),
                new("Hepatitis C Test and Treat",
                    "Finger-prick testing and same-day treatment starts for hepatitis C.",
                    [Health, Drugs], Route.Self),
                new("Social Prescribing Link Worker",
                    "Connects patients with groups, activities and advice that improve wellbeing.",
                    [MentalHealth, Lifestyle, Health], Route.Gp),
            ],
        },
        new("East Hull Health Bus", HealthProvider, "East Hull",
            "Mobile health unit visiting the estates of east Hull and Holderness.")
        {
            Services =
            [
                new("Health MOT",
                    "Blood pressure, diabetes and lung checks on the bus; no appointment needed.",
                    [Health], Route.Self) { Place = "Greatfield", OpeningTimes = "Mon & Thu 10:00–15:00" },
                new("Sexual Health Outreach",
                    "Contraception, STI testing and advice on the bus, including for people selling sex.",
                    [Health, SexWork], Route.Self) { Place = "Marfleet", OpeningTimes = "Wed 14:00–19:00" },
                new("Stop Smoking Clinic",
                    "Free patches, vapes and weekly check-ins to stop smoking.",
                    [Health, Lifestyle], Route.Self) { Place = "Longhill", OpeningTimes = "Tue 10:00–14:00" },
            ],
        },
        new("Talking Space Hull", HealthProvider, "Beverley Road",
            "Talking therapies service for common mental health problems such as anxiety, depression and trauma.")
        {
            Services =
            [
                new("Talking Therapies Assessment",
                    "Telephone or face-to-face assessment leading to guided self-help, CBT or counselling.",
                    [MentalHealth], Route.Self),
                new("Trauma-Focused Therapy",
                    "Trauma-focused CBT and EMDR for post-traumatic stress.",
                    [MentalHealth, AbuseDomesticViolence], Route.Gp),
                new("Wellbeing Courses",
                    "Six-week courses on stress, sleep and low mood, run in several community languages.",
                    [MentalHealth], Route.Self) { Languages = ["en", "pl", "ar", "ku", "ur"] },
            ],
        },
        new("Humber Crisis Café", Vcse, "Newland Avenue",
            "Evening crisis café offering a calm space and a listening ear as an alternative to A&E.")
        {
            Services =
            [
                new("Crisis Café",
                    "Walk-in evening café for anyone in emotional crisis, staffed by mental health workers and peers.",
                    [MentalHealth], Route.Self) { OpeningTimes = "Daily 18:00–23:00" },
                new("Suicide Bereavement Support",
                    "One-to-one and group support for people bereaved by suicide.",
                    [MentalHealth, Relationships], Route.Self),
            ],
        },
        new("Wolds Recovery Centre", HealthProvider, "Beverley",
            "Drug and alcohol service for the East Riding with hubs in Beverley and on the coast.")
        {
            Services =
            [
                new("East Riding Treatment Hub",
                    "Assessment, prescribing and key-work for drug and alcohol use across the East Riding.",
                    [Drugs, Alcohol, Health], Route.Self),
                new("Coastal Recovery Clinic",
                    "Weekly drug and alcohol clinic in Withernsea for people on the Holderness coast.",
                    [Drugs, Alcohol], Route.Self) { Place = "Withernsea", OpeningTimes = "Wed 10:00–15:00" },
                new("Hornsea Recovery Group",
                    "Evening recovery group with a shared meal, for people who have finished treatment.",
                    [Alcohol, Lifestyle], Route.Self) { Place = "Hornsea", OpeningTimes = "Thu 18:30–20:30" },
            ],
        },
        new("Riverside Dental Access Clinic", HealthProvider, "Old Town",
            "Urgent and access dental care for people who are not registered with a dentist.")
        {
            Services =
            [
                new("Urgent Dental Access",
                    "Same-week dental appointments for pain, infection and broken teeth, including for people just out of prison.",
                    [Health], Route.Self) { OpeningTimes = "Mon–Fri 08:30–17:00" },
            ],
        },
        new("Humber Veterans' Hub", Vcse, "Victoria Dock",
            "Support for armed forces veterans and their families.")
        {
            Services =
            [
                new("Veterans in the Justice System",
                    "Caseworkers who are veterans themselves, helping with housing, mental health and drinking.",
                    [MentalHealth, Alcohol, Accommodation], Route.Practitioner),
                new("Veterans' Breakfast Club",
                    "Saturday breakfast and a brew with other veterans.",
                    [Lifestyle, MentalHealth, Relationships], Route.Self) { OpeningTimes = "Sat 09:00–11:00" },
            ],
        },
    ];
}
