using static Rehab.Graph.SeedGenerator.NeedCode;
using static Rehab.Graph.SeedGenerator.OrganisationKind;
using static Rehab.Graph.SeedGenerator.PlacementKind;
using static Rehab.Graph.SeedGenerator.RiskFlag;
using static Rehab.Graph.SeedGenerator.StrengthCode;
using Route = Rehab.Graph.SeedGenerator.ReferralRoute;

namespace Rehab.Graph.SeedGenerator;

public static partial class OrganisationCatalogue
{
    private static IReadOnlyList<OrganisationTemplate> HousingAndStatutory =>
    [
        new("Humber Housing Pathways", HousingProvider, "City Centre",
            "Supported accommodation and tenancy sustainment for adults leaving custody or at risk of homelessness across Hull.")
        {
            Services =
            [
                new("Prison Release Housing Desk",
                    "Same-day housing triage for people released from custody without an address, including emergency bed booking and a benefit claim before they leave the office.",
                    [Accommodation, FinanceBenefitDebt], Route.Practitioner) { OpeningTimes = "Mon–Fri 08:30–16:30" },
                new("Stepping Stones Supported Flats",
                    "Twenty-four self-contained flats with on-site key workers for people moving on from approved premises or hostels.",
                    [Accommodation, Lifestyle], Route.Practitioner) { UnsuitableFor = [Arson] },
                new("Tenancy Rescue",
                    "Home visits to sort out rent arrears, repair disputes and neighbour problems before a tenancy is lost.",
                    [Accommodation, FinanceBenefitDebt], Route.Self),
            ],
        },
        new("Wincolmlee Hostel Trust", HousingProvider, "Stoneferry",
            "Direct-access hostel and move-on rooms on the banks of the River Hull.")
        {
            Services =
            [
                new("Wincolmlee Direct Access Hostel",
                    "Forty-bed hostel with 24-hour staffing, hot meals and a drug and alcohol worker on site.",
                    [Accommodation, Drugs, Alcohol], Route.Agency)
                {
                    UnsuitableFor = [Arson, ViolenceToStaff],
                    OpeningTimes = "24 hours, 7 days",
                },
                new("Life Skills Kitchen",
                    "Cooking, budgeting and food shopping sessions for hostel residents getting ready to live independently.",
                    [Accommodation, Lifestyle, FinanceBenefitDebt], Route.Practitioner),
            ],
            Placements =
            [
                new("Hostel garden and bike store build", UnpaidWork,
                    "Turning the hostel's back yard into a garden with raised beds and a secure bike store for residents.",
                    [Diy, Gardening, Teamwork]),
            ],
        },
        new("Sculcoates Move-On Homes", HousingProvider, "Beverley Road",
            "Shared houses and one-bed flats for people ready to move on from supported housing.")
        {
            Services =
            [
                new("Shared Housing Scheme",
                    "Furnished rooms in small shared houses with a weekly visit from a housing support officer.",
                    [Accommodation], Route.Practitioner) { UnsuitableFor = [Arson] },
                new("Furniture Starter Packs",
                    "Beds, sofas, white goods and kitchen packs for people moving into an unfurnished tenancy.",
                    [Accommodation, FinanceBenefitDebt], Route.Agency),
            ],
        },
        new("Three Ships Housing Co-operative", HousingProvider, "Old Town",
            "Small housing co-operative letting flats above shops in the Old Town to people on low incomes.")
        {
            Services =
            [
                new("Co-op Flats Waiting List",
                    "Affordable one-bed flats managed by tenant members; applicants commit to one co-op meeting a month.",
                    [Accommodation], Route.Self),
                new("Rent-Ready Course",
                    "Four short sessions on tenancy rights, bills and being a good neighbour; the certificate is accepted by several local landlords.",
                    [Accommodation, FinanceBenefitDebt], Route.Self),
            ],
        },
        new("Holderness Tenancy Trust", HousingProvider, "Holderness Road",
            "Private-rented access scheme for east Hull, guaranteeing deposits and rent in advance for people landlords would otherwise turn away.")
        {
            Services =
            [
                new("Deposit Guarantee Scheme",
                    "Bond and first month's rent guaranteed to the landlord, with a named officer to call if things go wrong.",
                    [Accommodation, FinanceBenefitDebt], Route.Practitioner),
                new("Floating Support East",
                    "Up to six months of visiting support to keep a tenancy going, sort out bills and link up with local services.",
                    [Accommodation, MentalHealth, Lifestyle], Route.Agency),
            ],
        },
        new("Minster Lodgings", HousingProvider, "Beverley",
            "Supported lodgings and bedsits across Beverley, the Wolds villages and the Holderness coast.")
        {
            Services =
            [
                new("Supported Lodgings for Young Adults",
                    "Rooms with vetted hosts in family homes, with weekly key-work and help to build a rental history.",
                    [Accommodation], Route.Practitioner)
                {
                    MinAge = 18,
                    MaxAge = 25,
                    UnsuitableFor = [.. ChildContact, Arson],
                },
                new("Rural Housing Advice",
                    "Housing options advice for people in Beverley and the villages, including home visits for people who cannot travel.",
                    [Accommodation, FinanceBenefitDebt], Route.Self),
                new("Hornsea Housing Surgery",
                    "Weekly housing and homelessness surgery in Hornsea for people on the north Holderness coast.",
                    [Accommodation], Route.Self) { Place = "Hornsea", OpeningTimes = "Tue 10:00–13:00" },
            ],
        },
        new("Guildhall Housing Options Team", Statutory, "City Centre",
            "Council housing options and homelessness prevention team, taking duty-to-refer notifications from probation.")
        {
            Services =
            [
                new("Homelessness Prevention Assessment",
                    "Statutory homelessness assessment and personal housing plan, ideally started eight weeks before release.",
                    [Accommodation], Route.Practitioner) { OpeningTimes = "Mon–Fri 09:00–17:00" },
                new("Rough Sleeper Outreach",
                    "Early-morning street outreach across the city centre offering a route into emergency accommodation.",
                    [Accommodation, Health, Drugs], Route.Self) { OpeningTimes = "Daily 06:30–10:00" },
                new("Housing Benefit and Council Tax Help",
                    "Help to claim housing costs, council tax support and discretionary payments when rent falls short.",
                    [FinanceBenefitDebt], Route.Self),
            ],
        },
        new("Kingston Community Payback", Statutory, "Stoneferry",
            "Probation-run depot that organises Community Payback and Immediate Justice projects across Hull and the East Riding.")
        {
            Services =
            [
                new("Unpaid Work Induction",
                    "Health and safety induction, PPE issue and allocation to a first project for people starting a Community Payback requirement.",
                    [AttitudesThinkingBehaviour, EducationTrainingEmployment], Route.Practitioner) { OpeningTimes = "Mon & Thu 09:00–12:00" },
                new("Payback Skills Passport",
                    "Accredited short courses (site safety card, food hygiene, first aid) that count towards unpaid work hours.",
                    [EducationTrainingEmployment], Route.Practitioner),
            ],
            Placements =
            [
                new("Graffiti removal team", ImmediateJustice,
                    "Removing tags and repainting shutters and walls reported by Old Town businesses, usually within a week of the report.",
                    [Teamwork, Diy]) { Place = "Old Town", RunsMostDays = true },
                new("Fly-tip clearance crew", ImmediateJustice,
                    "Clearing fly-tipped rubbish from back lanes and verges in east Hull with a council caged van.",
                    [Teamwork, Driving]) { Place = "East Hull", RunsMostDays = true },
                new("Terrace alleyway clean-up", ImmediateJustice,
                    "Clearing and sweeping the ten-foot alleys behind Hessle Road terraces, working alongside residents.",
                    [Teamwork]) { Place = "Hessle Road", RunsMostDays = true },
                new("Estate litter picks", ImmediateJustice,
                    "Litter picking and clearing overgrown paths around Bransholme's shops and green spaces.",
                    [Teamwork, Gardening]) { Place = "Bransholme", RunsMostDays = true },
                new("Bus shelter repainting", ImmediateJustice,
                    "Cleaning and repainting vandalised bus shelters along Beverley Road.",
                    [Diy, Art]) { Place = "Beverley Road" },
                new("Underpass mural restoration", UnpaidWork,
                    "Restoring a community mural in a pedestrian underpass, designed with local residents.",
                    [Art, Teamwork]) { Place = "Orchard Park" },
                new("Drain bank clearance", ImmediateJustice,
                    "Cutting back vegetation and clearing rubbish along the Holderness Drain footpath.",
                    [Teamwork, Gardening]) { Place = "Sutton-on-Hull" },
                new("Primary school playground repainting", UnpaidWork,
                    "Repainting playground markings and fences at a primary school during term-time weekdays.",
                    [Diy, Art]) { Place = "Bransholme", ChildFacing = true },
                new("Coastal litter sweep", ImmediateJustice,
                    "Beach and promenade litter sweeps along the Withernsea seafront.",
                    [Teamwork]) { Place = "Withernsea" },
            ],
        },
        new("Kingston Parks and Open Spaces", Statutory, "West Hull",
            "Council parks service looking after East Park, West Park, Pickering Park and the city's green corridors.")
        {
            Services =
            [
                new("Green Gym",
                    "Outdoor conservation sessions that double as a workout; no experience needed and tools provided.",
                    [Health, MentalHealth, Lifestyle], Route.Self) { Place = "Holderness Road", OpeningTimes = "Tue & Sat 10:00–13:00" },
            ],
            Placements =
            [
                new("East Park conservation team", UnpaidWork,
                    "Hedge laying, bulb planting and path repairs in East Park with the park rangers.",
                    [Gardening, Teamwork]) { Place = "Holderness Road" },
                new("Pickering Park pond clearance", UnpaidWork,
                    "Clearing reed and litter from the fishing lake and repairing angling pegs.",
                    [Gardening, Fishing]) { Place = "Gipsyville" },
                new("Pearson Park leaf and litter clearance", ImmediateJustice,
                    "Leaf clearance, litter picking and bench cleaning in Pearson Park and along Princes Avenue.",
                    [Gardening, Teamwork]) { Place = "Avenues", RunsMostDays = true },
                new("West Park bench and railing repairs", UnpaidWork,
                    "Sanding, repairing and repainting benches and railings in West Park.",
                    [Diy, Teamwork]) { Place = "Anlaby Road" },
            ],
        },
        new("Humber Work and Benefits Office", Statutory, "City Centre",
            "Benefits and employment office with a dedicated work coach for prison leavers.")
        {
            Services =
            [
                new("Prison Leaver Work Coach",
                    "Fast-track Universal Credit claims and advance payments for people released in the last 28 days.",
                    [FinanceBenefitDebt, EducationTrainingEmployment], Route.Practitioner),
                new("Restart Job Club",
                    "Weekly job club with CV help, job matching and mock interviews.",
                    [EducationTrainingEmployment], Route.Self) { OpeningTimes = "Wed 10:00–12:00" },
                new("ID and Bank Account Clinic",
                    "Help to get a birth certificate, photo ID and a basic bank account so wages and benefits can be paid.",
                    [FinanceBenefitDebt], Route.Self),
            ],
        },
    ];
}
