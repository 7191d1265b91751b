using static Rehab.Graph.SeedGenerator.NeedCode;
using static Rehab.Graph.SeedGenerator.OrganisationKind;
using static Rehab.Graph.SeedGenerator.PlacementKind;
using static Rehab.Graph.SeedGenerator.RiskFlag;
using static Rehab.Graph.SeedGenerator.StrengthCode;
using Route = Rehab.Graph.SeedGenerator.ReferralRoute;

namespace Rehab.Graph.SeedGenerator;

public static partial class Themes
{
    private static IReadOnlyList<OrganisationTheme> HealthAndRecovery =>
    [
        new(HealthProvider, 2.5,
            ["{town} Recovery Partnership", "{river} Drug and Alcohol Service", "{town} Treatment Hub", "{emblem} Recovery Service"],
            ["Drug and alcohol treatment service for {town} offering prescribing, psychosocial support and recovery groups."])
        {
            InTownCentre = true,
            Services =
            [
                new("Opiate Substitution Treatment", "Methadone or buprenorphine prescribing with regular key-work, naloxone and harm-reduction advice.",
                    [Drugs, Health], Route.Self),
                new("Alcohol Detox Pathway", "Planned community or inpatient alcohol detox followed by aftercare groups.",
                    [Alcohol, Health], Route.Gp),
                new("{area} Satellite Clinic", "Weekly clinic for script reviews, key-work and naloxone training closer to home.",
                    [Drugs, Alcohol], Route.Self) { Outreach = true, OpeningTimes = "Tue 09:30–16:00" },
                new("Drug Rehabilitation Requirement Team", "Court-ordered drug treatment with testing and monthly court reviews.",
                    [Drugs, AttitudesThinkingBehaviour], Route.Practitioner),
                new("Young Persons' Substance Service", "Drug and alcohol support designed with and for young adults, including club drugs and cannabis.",
                    [Drugs, Alcohol], Route.Self) { MinAge = 18, MaxAge = 24 },
                new("Needle Exchange and Harm Reduction", "Clean equipment, wound care, naloxone and blood-borne virus testing, no appointment needed.",
                    [Drugs, Health], Route.Self) { OpeningTimes = "Mon–Fri 09:00–17:00" },
                new("Women's Treatment Clinic", "Women-only prescribing and key-work clinic with a crèche and a female doctor.",
                    [Drugs, Alcohol, Health], Route.Self) { WomenOnly = true, OpeningTimes = "Thu 09:30–13:00" },
                new("Recovery Support in {language}", "Key-work and recovery groups in {language} for people who find treatment hard to reach in English.",
                    [Drugs, Alcohol], Route.Self) { InCommunityLanguage = true },
            ],
        },
        new(Vcse, 2.5,
            ["{emblem} Alcohol Service", "{town} Recovery Community", "{area} Recovery Café", "{river} Recovery Network"],
            [
                "Alcohol charity offering counselling, structured groups and support for families.",
                "Peer-led recovery community running a café, walks and mutual-aid meetings.",
            ])
        {
            Services =
            [
                new("Alcohol Counselling", "One-to-one counselling for people who want to cut down or stop drinking.",
                    [Alcohol, MentalHealth], Route.Self),
                new("Alcohol Treatment Requirement Groups", "Structured groups for people with an Alcohol Treatment Requirement, covering triggers, cravings and relapse.",
                    [Alcohol, AttitudesThinkingBehaviour], Route.Practitioner) { OpeningTimes = "Mon & Wed 13:30–15:30" },
                new("Families Affected by Drinking", "Support for partners and relatives of heavy drinkers, including children's sessions in school holidays.",
                    [Alcohol, ChildrenFamilies, Relationships], Route.Self) { UnsuitableFor = ChildContact },
                new("Recovery Café", "Alcohol- and drug-free café on Friday nights with live music and a pool table.",
                    [Drugs, Alcohol, Lifestyle], Route.Self) { OpeningTimes = "Fri 18:00–22:00" },
                new("Self-Management Recovery Meetings", "Weekly mutual-aid meetings using practical self-management tools rather than steps.",
                    [Drugs, Alcohol, AttitudesThinkingBehaviour], Route.Self) { OpeningTimes = "Mon 19:00–20:30" },
                new("Recovery Walks", "Saturday morning walks along the river and through the town's parks.",
                    [Lifestyle, MentalHealth, Health], Route.Self) { OpeningTimes = "Sat 10:00–12:00" },
                new("Women's Recovery Group", "Women-only recovery group with a shared lunch and childcare.",
                    [Alcohol, Drugs, Relationships], Route.Self) { WomenOnly = true, OpeningTimes = "Tue 10:00–12:00" },
                new("Online Recovery Meetings", "Video mutual-aid meetings every evening for people who cannot get to a group.",
                    [Drugs, Alcohol], Route.Self) { Online = true, OpeningTimes = "Daily 19:30–20:30 (video)" },
            ],
            Placements =
            [
                new("Recovery café volunteer", Volunteering, "Serving food and drinks, washing up and welcoming newcomers at the Friday recovery café.",
                    [Cooking, CustomerService]),
                new("Recovery allotment", UnpaidWork, "Growing vegetables on the recovery community's allotment for the café kitchen.",
                    [Gardening, Teamwork]),
            ],
        },
        new(HealthProvider, 2,
            ["{area} Wellbeing Practice", "{area} Health Centre", "{town} Health Inclusion Team", "{area} Medical Practice"],
            ["GP practice with a health inclusion team for people who struggle to get into primary care."])
        {
            Services =
            [
                new("Health Inclusion Clinic", "Walk-in GP and nurse appointments for people without a fixed address or recently released from prison.",
                    [Health], Route.Self),
                new("Hepatitis C Test and Treat", "Finger-prick testing and same-day treatment starts for hepatitis C.",
                    [Health, Drugs], Route.Self),
                new("Social Prescribing Link Worker", "Connects patients with groups, activities and advice that improve wellbeing.",
                    [MentalHealth, Lifestyle, Health], Route.Gp),
                new("{area} Health MOT", "Blood pressure, diabetes and lung checks on the health bus; no appointment needed.",
                    [Health], Route.Self) { Outreach = true, OpeningTimes = "Mon & Thu 10:00–15:00" },
                new("Sexual Health Outreach", "Contraception, STI testing and advice, including for people selling sex.",
                    [Health, SexWork], Route.Self) { OpeningTimes = "Wed 14:00–19:00" },
                new("Stop Smoking Clinic", "Free patches, vapes and weekly check-ins to stop smoking.",
                    [Health, Lifestyle], Route.Self) { OpeningTimes = "Tue 10:00–14:00" },
                new("Well Woman Clinic", "Smear tests, contraception and menopause advice with a female nurse.",
                    [Health], Route.Self) { WomenOnly = true, OpeningTimes = "Fri 09:00–12:00" },
                new("Urgent Dental Access", "Same-week dental appointments for pain, infection and broken teeth, including for people just out of prison.",
                    [Health], Route.Self) { OpeningTimes = "Mon–Fri 08:30–17:00" },
            ],
        },
        new(HealthProvider, 2,
            ["{town} Talking Space", "{river} Wellbeing Service", "{town} Mental Health Partnership", "{emblem} Therapies"],
            ["Talking therapies service for common mental health problems such as anxiety, depression and trauma."])
        {
            InTownCentre = true,
            Services =
            [
                new("Talking Therapies Assessment", "Telephone or face-to-face assessment leading to guided self-help, CBT or counselling.",
                    [MentalHealth], Route.Self),
                new("Trauma-Focused Therapy", "Trauma-focused CBT and EMDR for post-traumatic stress.",
                    [MentalHealth, AbuseDomesticViolence], Route.Gp),
                new("Wellbeing Courses", "Six-week courses on stress, sleep and low mood.",
                    [MentalHealth], Route.Self),
                new("Wellbeing Course in {language}", "Six-week course on stress, sleep and low mood, taught in {language}.",
                    [MentalHealth], Route.Self) { InCommunityLanguage = true },
                new("Liaison and Diversion Follow-Up", "Follow-up appointments after a mental health assessment in police custody or at court.",
                    [MentalHealth, AttitudesThinkingBehaviour], Route.Agency),
            ],
        },
        new(Vcse, 1.5,
            ["{town} Crisis Café", "{area} Safe Haven", "{emblem} Mental Health Charity", "{town} Men's Mental Health"],
            ["Evening crisis café and peer support offering a calm space and a listening ear as an alternative to A&E."])
        {
            Services =
            [
                new("Crisis Café", "Walk-in evening café for anyone in emotional crisis, staffed by mental health workers and peers.",
                    [MentalHealth], Route.Self) { OpeningTimes = "Daily 18:00–23:00" },
                new("Suicide Bereavement Support", "One-to-one and group support for people bereaved by suicide.",
                    [MentalHealth, Relationships], Route.Self),
                new("Men's Talking Group", "Weekly group where men talk about pressure, anger and low mood over a brew.",
                    [MentalHealth, Lifestyle], Route.Self) { OpeningTimes = "Mon 19:00–21:00" },
                new("Hearing Voices Group", "Peer group for people who hear voices or have unusual experiences.",
                    [MentalHealth], Route.Self),
                new("Peer Support Webchat", "Evening webchat with trained peer supporters.",
                    [MentalHealth], Route.Self) { Online = true, OpeningTimes = "Daily 17:00–23:00 (webchat)" },
            ],
            Placements =
            [
                new("Crisis café kitchen volunteer", Volunteering, "Preparing hot drinks and simple meals and keeping the café tidy.",
                    [Cooking, Caring]) { UnsuitableFor = [ViolenceToStaff] },
            ],
        },
        new(Vcse, 0.8,
            ["{town} Veterans' Hub", "{river} Veterans' Breakfast Club", "{town} Armed Forces Support"],
            ["Support for armed forces veterans and their families."])
        {
            Services =
            [
                new("Veterans in the Justice System", "Caseworkers who are veterans themselves, helping with housing, mental health and drinking.",
                    [MentalHealth, Alcohol, Accommodation], Route.Practitioner),
                new("Veterans' Breakfast Club", "Saturday breakfast and a brew with other veterans.",
                    [Lifestyle, MentalHealth, Relationships], Route.Self) { OpeningTimes = "Sat 09:00–11:00" },
                new("Veterans' Housing Advice", "Housing advice and grants for ex-service personnel.",
                    [Accommodation, FinanceBenefitDebt], Route.Self),
            ],
        },
    ];
}
