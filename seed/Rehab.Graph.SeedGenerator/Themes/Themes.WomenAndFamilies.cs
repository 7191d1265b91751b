using static Rehab.Graph.SeedGenerator.NeedCode;
using static Rehab.Graph.SeedGenerator.OrganisationKind;
using static Rehab.Graph.SeedGenerator.PlacementKind;
using static Rehab.Graph.SeedGenerator.RiskFlag;
using static Rehab.Graph.SeedGenerator.StrengthCode;
using Route = Rehab.Graph.SeedGenerator.ReferralRoute;

namespace Rehab.Graph.SeedGenerator;

public static partial class Themes
{
    private static IReadOnlyList<OrganisationTheme> WomenAndFamilies =>
    [
        // Every service of a women's centre is women-only (ListingFactory), so the templates do not repeat it.
        new(WomensCentre, 3.5,
            ["{emblem} Women's Centre", "{area} Women's Hub", "{town} Women's Wellbeing Collective", "{area} Women Together", "{town} Women's Network", "{emblem} Women's Space"],
            [
                "Women-only centre offering a safe space, key-work and specialist support for women in contact with the justice system.",
                "Neighbourhood women's centre in {area} with a café, crèche and advice workers.",
                "Volunteer-led women's collective running wellbeing, creative and learning groups.",
            ])
        {
            PlacementWeight = 0.8,
            Services =
            [
                new("Women's Justice Key-work", "One-to-one key-work for women on probation covering housing, benefits, health and children, in a women-only building.",
                    [Accommodation, FinanceBenefitDebt, ChildrenFamilies], Route.Practitioner),
                new("Stronger Together Course", "Twelve-week group on recognising coercive control and rebuilding confidence after an abusive relationship.",
                    [AbuseDomesticViolence, Relationships], Route.Self) { OpeningTimes = "Mon 10:00–12:30" },
                new("Women's Wellbeing Counselling", "Up to twelve trauma-informed counselling sessions with a female counsellor.",
                    [MentalHealth, AbuseDomesticViolence], Route.Self),
                new("Exploitation Support Worker", "Specialist support for women who are selling sex or being sexually exploited, with no pressure to stop before they are ready.",
                    [SexWork, AbuseDomesticViolence], Route.Agency),
                new("Women's Advice Café", "Drop-in café with benefits, debt and housing advice over a free lunch.",
                    [FinanceBenefitDebt, Accommodation], Route.Self) { OpeningTimes = "Tue & Thu 10:00–14:00" },
                new("Safer Choices Group", "Peer group for women affected by sex work, exploitation or risky relationships.",
                    [SexWork, Relationships], Route.Self),
                new("Mums Together", "Support group for mothers whose children are in care or on a child protection plan.",
                    [ChildrenFamilies, MentalHealth], Route.Self),
                new("Calm Minds Group", "Weekly group for anxiety and low mood using mindfulness and practical CBT skills.",
                    [MentalHealth], Route.Self) { OpeningTimes = "Mon 13:00–15:00" },
                new("Women's Return to Learn", "English, maths and digital skills for women returning to learning, with childcare costs covered.",
                    [EducationTrainingEmployment], Route.Self),
                new("Creative Recovery Studio", "Art and craft studio sessions for women in recovery from drugs or alcohol.",
                    [Drugs, Alcohol, Lifestyle], Route.Self),
                new("Women's Recovery Circle", "Mutual-aid meeting for women affected by alcohol or drugs, with childcare provided.",
                    [Alcohol, Drugs], Route.Self) { OpeningTimes = "Thu 10:00–12:00" },
                new("Women's Crisis Desk", "Emergency food, fuel vouchers and same-day advice for women in crisis.",
                    [FinanceBenefitDebt], Route.Self),
                new("Women into Work", "Confidence, CV and interview support, with paid work placements for women with convictions.",
                    [EducationTrainingEmployment], Route.Practitioner),
                new("Relationships and Boundaries Group", "Group work on healthy relationships, boundaries and family contact.",
                    [Relationships, ChildrenFamilies], Route.Self),
                new("Safe Ground Course", "Course for women who have used or experienced violence in relationships, focusing on triggers and safety.",
                    [AbuseDomesticViolence, AttitudesThinkingBehaviour], Route.Practitioner),
                new("{area} Women's Drop-In", "Fortnightly drop-in for women who cannot easily travel into the centre.",
                    [AbuseDomesticViolence, MentalHealth], Route.Self) { Outreach = true, OpeningTimes = "Alternate Fri 10:00–14:00" },
                new("Women's Group in {language}", "Weekly women's group run in {language} with advice on benefits, health and family matters.",
                    [FinanceBenefitDebt, MentalHealth], Route.Self) { InCommunityLanguage = true },
            ],
            Placements =
            [
                new("Women's centre charity shop", UnpaidWork, "Sorting donations, steaming and pricing clothes and serving customers in the centre's charity shop.",
                    [CustomerService, Teamwork]) { WomenOnly = true, UnsuitableFor = [ViolenceToStaff] },
                new("Women's centre community garden", UnpaidWork, "Growing vegetables and herbs for the centre café and keeping the courtyard garden tidy.",
                    [Gardening, Cooking]) { WomenOnly = true },
                new("Upcycling workshop", UnpaidWork, "Restoring donated furniture and textiles for sale, with basic tool training.",
                    [Art, Diy]) { WomenOnly = true },
                new("Café volunteer", Volunteering, "Serving lunches and welcoming women at the centre's café.",
                    [Cooking, CustomerService]) { WomenOnly = true },
            ],
        },
        new(Vcse, 2.5,
            ["{emblem} Domestic Abuse Service", "{town} Domestic Abuse Partnership", "{river} Refuge Trust", "{town} Safe Homes"],
            ["Independent domestic abuse charity running a refuge, community outreach and a behaviour-change programme for people who cause harm."])
        {
            Services =
            [
                new("Refuge", "Confidential refuge for women and their children escaping domestic abuse; referrals through the helpline or an agency.",
                    [AbuseDomesticViolence, Accommodation], Route.Agency)
                {
                    WomenOnly = true,
                    UnsuitableFor = [DomesticAbusePerpetrator, .. ChildContact, Arson],
                    OpeningTimes = "24 hours, 7 days",
                },
                new("Independent Domestic Violence Advocacy", "Specialist advocates for victims at high risk of harm, including support through MARAC and court.",
                    [AbuseDomesticViolence], Route.Agency) { UnsuitableFor = [DomesticAbusePerpetrator] },
                new("Children's Recovery Worker", "Play-based support for children who have lived with domestic abuse, with linked sessions for their mums.",
                    [ChildrenFamilies, AbuseDomesticViolence], Route.Agency) { WomenOnly = true, UnsuitableFor = [.. ChildContact, DomesticAbusePerpetrator] },
                new("Changing Course Programme", "Twenty-six-week group programme for men who have been abusive to a partner, with a support worker for the partner alongside.",
                    [AbuseDomesticViolence, Relationships, AttitudesThinkingBehaviour], Route.Practitioner) { OpeningTimes = "Tue 18:00–20:30" },
                new("Men's Domestic Abuse Support", "Phone and face-to-face support for men experiencing domestic abuse.",
                    [AbuseDomesticViolence], Route.Self) { UnsuitableFor = [DomesticAbusePerpetrator] },
                new("Domestic Abuse Webchat", "Confidential webchat with a trained worker for anyone worried about their relationship.",
                    [AbuseDomesticViolence], Route.Self) { Online = true, UnsuitableFor = [DomesticAbusePerpetrator], OpeningTimes = "Daily 10:00–22:00 (webchat)" },
                new("Moving Forward Group", "Twelve-week group for women to understand abusive relationships and rebuild confidence.",
                    [AbuseDomesticViolence, Relationships], Route.Self) { WomenOnly = true, OpeningTimes = "Wed 10:00–12:00" },
            ],
        },
        new(Vcse, 1,
            ["{emblem} Project", "{town} Women's Outreach", "{street} Outreach Project"],
            ["Outreach charity supporting women involved in street sex work or sexual exploitation in {town}."])
        {
            InTownCentre = true,
            Services =
            [
                new("Night Outreach Van", "Evening outreach with hot drinks, condoms, safety alerts about dangerous punters and a friendly face.",
                    [SexWork, Health], Route.Self) { WomenOnly = true, OpeningTimes = "Tue, Thu & Sat 20:00–01:00" },
                new("Exit Pathways Casework", "Long-term casework for women who want to leave sex work, linking up housing, benefits and drug treatment.",
                    [SexWork, Accommodation, Drugs], Route.Self) { WomenOnly = true },
                new("Women's Drop-In", "Daytime drop-in with showers, laundry, a nurse clinic and a solicitor once a month.",
                    [SexWork, Health, FinanceBenefitDebt], Route.Self) { WomenOnly = true, OpeningTimes = "Mon, Wed & Fri 11:00–15:00" },
                new("Dangerous Buyer Alerts", "Anonymous reporting and text alerts about violent or dangerous buyers.",
                    [SexWork], Route.Self) { WomenOnly = true, Online = true, OpeningTimes = "Available 24/7" },
            ],
        },
        new(Vcse, 2.5,
            ["{emblem} Family Support", "{town} Dads Matter", "{area} Families First", "{town} Kinship Carers"],
            ["Family support charity working with parents, carers and kinship carers in {town}."])
        {
            Services =
            [
                new("Family Mediation", "Mediation for separated parents to agree contact and arrangements without going to court.",
                    [ChildrenFamilies, Relationships], Route.Self) { UnsuitableFor = [.. ChildContact, DomesticAbusePerpetrator] },
                new("Parents Behind Bars", "Keeps children in touch with a parent in prison or on licence through letters, visit support and family days.",
                    [ChildrenFamilies], Route.Agency) { UnsuitableFor = ChildContact },
                new("Kinship Carers Group", "Peer support for grandparents and relatives bringing up children.",
                    [ChildrenFamilies], Route.Self) { UnsuitableFor = ChildContact },
                new("Dads' Group", "Weekly group for fathers covering contact, parenting skills and family court, with five-a-side afterwards.",
                    [ChildrenFamilies, Relationships], Route.Self) { UnsuitableFor = ChildContact, OpeningTimes = "Wed 18:00–20:00" },
                new("Young Dads Project", "One-to-one support for young fathers, including help with family court and contact centres.",
                    [ChildrenFamilies], Route.Self) { MinAge = 18, MaxAge = 25, UnsuitableFor = ChildContact },
                new("Relationship Repair Sessions", "Couples and co-parenting sessions with a trained relationship counsellor.",
                    [Relationships], Route.Self) { UnsuitableFor = [DomesticAbusePerpetrator] },
            ],
            Placements =
            [
                new("Family fun-day stewards", Volunteering, "Setting up, stewarding and clearing away at monthly family fun days.",
                    [Caring, Teamwork]) { ChildFacing = true },
                new("Contact centre decorating", UnpaidWork, "Painting and refurbishing the family contact centre's rooms outside opening hours.",
                    [Diy, Art]),
            ],
        },
    ];
}
