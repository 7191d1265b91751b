using static Rehab.Graph.SeedGenerator.NeedCode;
using static Rehab.Graph.SeedGenerator.OrganisationKind;
using static Rehab.Graph.SeedGenerator.PlacementKind;
using static Rehab.Graph.SeedGenerator.RiskFlag;
using static Rehab.Graph.SeedGenerator.StrengthCode;
using Route = Rehab.Graph.SeedGenerator.ReferralRoute;

namespace Rehab.Graph.SeedGenerator;

public static partial class OrganisationCatalogue
{
    private static IReadOnlyList<OrganisationTemplate> WomenAndFamilies =>
    [
        new("Larkspur Women's Centre", WomensCentre, "City Centre",
            "Women-only centre offering a safe space, key-work and specialist support for women in contact with the justice system.")
        {
            Services =
            [
                new("Women's Justice Key-work",
                    "One-to-one key-work for women on probation covering housing, benefits, health and children, in a women-only building.",
                    [Accommodation, FinanceBenefitDebt, ChildrenFamilies], Route.Practitioner),
                new("Stronger Together Course",
                    "Twelve-week group on recognising coercive control and rebuilding confidence after an abusive relationship.",
                    [AbuseDomesticViolence, Relationships], Route.Self) { OpeningTimes = "Mon 10:00–12:30" },
                new("Women's Wellbeing Counselling",
                    "Up to twelve trauma-informed counselling sessions with a female counsellor.",
                    [MentalHealth, AbuseDomesticViolence], Route.Self),
                new("Exploitation Support Worker",
                    "Specialist support for women who are selling sex or being sexually exploited, with no pressure to stop before they are ready.",
                    [SexWork, AbuseDomesticViolence], Route.Agency),
            ],
            Placements =
            [
                new("Larkspur charity shop", UnpaidWork,
                    "Sorting donations, steaming and pricing clothes and serving customers in the centre's charity shop.",
                    [CustomerService, Teamwork]) { WomenOnly = true, UnsuitableFor = [ViolenceToStaff] },
            ],
        },
        new("Marfleet Women's Hub", WomensCentre, "Marfleet",
            "Neighbourhood women's centre in east Hull with a café, crèche and advice workers.")
        {
            Services =
            [
                new("Women's Advice Café",
                    "Drop-in café with benefits, debt and housing advice over a free lunch.",
                    [FinanceBenefitDebt, Accommodation], Route.Self) { OpeningTimes = "Tue & Thu 10:00–14:00" },
                new("Safer Choices Group",
                    "Peer group for women affected by sex work, exploitation or risky relationships.",
                    [SexWork, Relationships], Route.Self),
                new("Mums Together",
                    "Support group for mothers whose children are in care or on a child protection plan.",
                    [ChildrenFamilies, MentalHealth], Route.Self),
            ],
            Placements =
            [
                new("Women's hub community garden", UnpaidWork,
                    "Growing vegetables and herbs for the hub café and keeping the courtyard garden tidy.",
                    [Gardening, Cooking]) { WomenOnly = true },
            ],
        },
        new("Avenues Women's Wellbeing Collective", WomensCentre, "Avenues",
            "Volunteer-led women's collective running wellbeing, creative and learning groups.")
        {
            Services =
            [
                new("Calm Minds Group",
                    "Weekly group for anxiety and low mood using mindfulness and practical CBT skills.",
                    [MentalHealth], Route.Self) { OpeningTimes = "Mon 13:00–15:00" },
                new("Women's Return to Learn",
                    "English, maths and digital skills for women returning to learning, with childcare costs covered.",
                    [EducationTrainingEmployment], Route.Self),
                new("Creative Recovery Studio",
                    "Art and craft studio sessions for women in recovery from drugs or alcohol.",
                    [Drugs, Alcohol, Lifestyle], Route.Self),
            ],
            Placements =
            [
                new("Upcycling workshop", UnpaidWork,
                    "Restoring donated furniture and textiles for sale, with basic tool training.",
                    [Art, Diy]) { WomenOnly = true },
            ],
        },
        new("Bransholme Women Together", WomensCentre, "Bransholme",
            "Women's centre on the Bransholme estate with domestic abuse outreach and family support.")
        {
            Services =
            [
                new("Domestic Abuse Outreach North",
                    "Outreach support, safety planning and court accompaniment for women experiencing domestic abuse in north Hull.",
                    [AbuseDomesticViolence], Route.Self),
                new("Women's Recovery Circle",
                    "Mutual-aid meeting for women affected by alcohol or drugs, with childcare provided.",
                    [Alcohol, Drugs], Route.Self) { OpeningTimes = "Thu 10:00–12:00" },
                new("Healthy Women Sessions",
                    "Health checks, screening reminders and a walking group run with a practice nurse.",
                    [Health, Lifestyle], Route.Self),
            ],
        },
        new("Hessle Road Women's Network", WomensCentre, "Hessle Road",
            "Community women's network in west Hull supporting women through crisis, debt and isolation.")
        {
            Services =
            [
                new("Women's Crisis Desk",
                    "Emergency food, fuel vouchers and same-day advice for women in crisis.",
                    [FinanceBenefitDebt], Route.Self),
                new("Women into Work",
                    "Confidence, CV and interview support, with paid work placements for women with convictions.",
                    [EducationTrainingEmployment], Route.Practitioner) { Languages = ["en", "pl"] },
                new("Relationships and Boundaries Group",
                    "Group work on healthy relationships, boundaries and family contact.",
                    [Relationships, ChildrenFamilies], Route.Self),
            ],
        },
        new("East Riding Women's Space", WomensCentre, "Beverley",
            "Women's centre serving Beverley, Holderness and the Wolds, with outreach in the coastal towns.")
        {
            Services =
            [
                new("Women's Key-work East Riding",
                    "One-to-one support for women on probation in the East Riding, including travel costs to appointments.",
                    [Accommodation, MentalHealth, FinanceBenefitDebt], Route.Practitioner),
                new("Coastal Women's Drop-In",
                    "Fortnightly drop-in for women on the coast who cannot easily travel into Hull or Beverley.",
                    [AbuseDomesticViolence, MentalHealth], Route.Self) { Place = "Withernsea", OpeningTimes = "Alternate Fri 10:00–14:00" },
                new("Safe Ground Course",
                    "Course for women who have used or experienced violence in relationships, focusing on triggers and safety.",
                    [AbuseDomesticViolence, AttitudesThinkingBehaviour], Route.Practitioner),
            ],
        },
        new("Safe Harbour Domestic Abuse Service", Vcse, "Drypool",
            "Independent domestic abuse charity running a refuge, community outreach and a behaviour-change programme for people who cause harm.")
        {
            Services =
            [
                new("Safe Harbour Refuge",
                    "Confidential refuge for women and their children escaping domestic abuse; referrals through the helpline or an agency.",
                    [AbuseDomesticViolence, Accommodation], Route.Agency)
                {
                    WomenOnly = true,
                    UnsuitableFor = [DomesticAbusePerpetrator, .. ChildContact, Arson],
                    OpeningTimes = "24 hours, 7 days",
                },
                new("Independent Domestic Violence Advocacy",
                    "Specialist advocates for victims at high risk of harm, including support through MARAC and court.",
                    [AbuseDomesticViolence], Route.Agency) { UnsuitableFor = [DomesticAbusePerpetrator] },
                new("Children's Recovery Worker",
                    "Play-based support for children who have lived with domestic abuse, with linked sessions for their mums.",
                    [ChildrenFamilies, AbuseDomesticViolence], Route.Agency)
                {
                    WomenOnly = true,
                    UnsuitableFor = [.. ChildContact, DomesticAbusePerpetrator],
                },
                new("Changing Course Programme",
                    "Twenty-six-week group programme for men who have been abusive to a partner, with a support worker for the partner alongside.",
                    [AbuseDomesticViolence, Relationships, AttitudesThinkingBehaviour], Route.Practitioner) { OpeningTimes = "Tue 18:00–20:30" },
                new("Men's Domestic Abuse Support",
                    "Phone and face-to-face support for men experiencing domestic abuse.",
                    [AbuseDomesticViolence], Route.Self) { UnsuitableFor = [DomesticAbusePerpetrator] },
            ],
        },
        new("Rosehip Project", Vcse, "City Centre",
            "Outreach charity supporting women involved in street sex work or sexual exploitation in Hull.")
        {
            Services =
            [
                new("Night Outreach Van",
                    "Evening outreach with hot drinks, condoms, safety alerts about dangerous punters and a friendly face.",
                    [SexWork, Health], Route.Self) { WomenOnly = true, OpeningTimes = "Tue, Thu & Sat 20:00–01:00" },
                new("Exit Pathways Casework",
                    "Long-term casework for women who want to leave sex work, linking up housing, benefits and drug treatment.",
                    [SexWork, Accommodation, Drugs], Route.Self) { WomenOnly = true },
                new("Rosehip Drop-In",
                    "Daytime drop-in with showers, laundry, a nurse clinic and a solicitor once a month.",
                    [SexWork, Health, FinanceBenefitDebt], Route.Self) { WomenOnly = true, OpeningTimes = "Mon, Wed & Fri 11:00–15:00" },
            ],
        },
        new("Anchor Point Family Support", Vcse, "Bransholme",
            "Family support charity working with parents, carers and kinship carers in north Hull.")
        {
            Services =
            [
                new("Family Mediation",
                    "Mediation for separated parents to agree contact and arrangements without going to court.",
                    [ChildrenFamilies, Relationships], Route.Self) { UnsuitableFor = [.. ChildContact, DomesticAbusePerpetrator] },
                new("Parents Behind Bars",
                    "Keeps children in touch with a parent in prison or on licence through letters, visit support and family days.",
                    [ChildrenFamilies], Route.Agency) { UnsuitableFor = ChildContact },
                new("Kinship Carers Group",
                    "Peer support for grandparents and relatives bringing up children.",
                    [ChildrenFamilies], Route.Self) { UnsuitableFor = ChildContact },
            ],
            Placements =
            [
                new("Family fun-day stewards", Volunteering,
                    "Setting up, stewarding and clearing away at monthly family fun days.",
                    [Caring, Teamwork]) { ChildFacing = true },
            ],
        },
        new("Dads Matter Hull", Vcse, "East Hull",
            "Fathers' charity helping dads stay involved in their children's lives.")
        {
            Services =
            [
                new("Dads' Group",
                    "Weekly group for fathers covering contact, parenting skills and family court, with five-a-side afterwards.",
                    [ChildrenFamilies, Relationships], Route.Self) { UnsuitableFor = ChildContact, OpeningTimes = "Wed 18:00–20:00" },
                new("Young Dads Project",
                    "One-to-one support for young fathers, including help with family court and contact centres.",
                    [ChildrenFamilies], Route.Self) { MinAge = 18, MaxAge = 25, UnsuitableFor = ChildContact },
                new("Relationship Repair Sessions",
                    "Couples and co-parenting sessions with a trained relationship counsellor.",
                    [Relationships], Route.Self) { UnsuitableFor = [DomesticAbusePerpetrator] },
            ],
        },
        new("East Riding Family Help Hub", Statutory, "Beverley",
            "Council early-help family support team for the East Riding.")
        {
            Services =
            [
                new("Family Help Keyworker",
                    "Whole-family keyworker for parents facing debt, housing, school attendance or relationship problems.",
                    [ChildrenFamilies, Relationships], Route.Agency) { UnsuitableFor = ChildContact },
                new("Parenting Together Course",
                    "Eight-week parenting course for mums, dads and carers, with a crèche on site.",
                    [ChildrenFamilies], Route.Self) { UnsuitableFor = ChildContact },
                new("Withernsea Family Drop-In",
                    "Weekly drop-in for families on the coast with benefits advice, a baby clinic and a play session.",
                    [ChildrenFamilies, FinanceBenefitDebt], Route.Self)
                {
                    Place = "Withernsea",
                    UnsuitableFor = ChildContact,
                    OpeningTimes = "Thu 09:30–12:00",
                },
            ],
        },
    ];
}
