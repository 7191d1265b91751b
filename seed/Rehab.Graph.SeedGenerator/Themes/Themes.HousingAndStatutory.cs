using static Rehab.Graph.SeedGenerator.NeedCode;
using static Rehab.Graph.SeedGenerator.OrganisationKind;
using static Rehab.Graph.SeedGenerator.PlacementKind;
using static Rehab.Graph.SeedGenerator.RiskFlag;
using static Rehab.Graph.SeedGenerator.StrengthCode;
using Route = Rehab.Graph.SeedGenerator.ReferralRoute;

namespace Rehab.Graph.SeedGenerator;

public static partial class Themes
{
    private static IReadOnlyList<OrganisationTheme> HousingAndStatutory =>
    [
        new(HousingProvider, 5,
            ["{town} Housing Pathways", "{area} Move-On Homes", "{emblem} Housing Trust", "{river} Valley Housing Association", "{area} Supported Housing", "{street} Housing Co-operative"],
            [
                "Supported accommodation and tenancy sustainment for adults leaving custody or at risk of homelessness across {town}.",
                "Shared houses and one-bed flats in {area} for people ready to move on from hostels and approved premises.",
                "Small housing association letting flats above shops and in converted terraces to people on low incomes.",
            ])
        {
            Services =
            [
                new("Prison Release Housing Desk", "Same-day housing triage for people released from custody without an address, including emergency bed booking and a benefit claim before they leave the office.",
                    [Accommodation, FinanceBenefitDebt], Route.Practitioner) { OpeningTimes = "Mon–Fri 08:30–16:30" },
                new("Supported Flats", "Self-contained flats with on-site key workers for people moving on from approved premises or hostels.",
                    [Accommodation, Lifestyle], Route.Practitioner) { UnsuitableFor = [Arson] },
                new("Tenancy Rescue", "Home visits to sort out rent arrears, repair disputes and neighbour problems before a tenancy is lost.",
                    [Accommodation, FinanceBenefitDebt], Route.Self),
                new("Shared Housing Scheme", "Furnished rooms in small shared houses with a weekly visit from a housing support officer.",
                    [Accommodation], Route.Practitioner) { UnsuitableFor = [Arson] },
                new("Furniture Starter Packs", "Beds, sofas, white goods and kitchen packs for people moving into an unfurnished tenancy.",
                    [Accommodation, FinanceBenefitDebt], Route.Agency),
                new("Rent-Ready Course", "Four short sessions on tenancy rights, bills and being a good neighbour; the certificate is accepted by several local landlords.",
                    [Accommodation, FinanceBenefitDebt], Route.Self),
                new("Deposit Guarantee Scheme", "Bond and first month's rent guaranteed to the landlord, with a named officer to call if things go wrong.",
                    [Accommodation, FinanceBenefitDebt], Route.Practitioner),
                new("Floating Support", "Up to six months of visiting support to keep a tenancy going, sort out bills and link up with local services.",
                    [Accommodation, MentalHealth, Lifestyle], Route.Agency),
                new("Supported Lodgings for Young Adults", "Rooms with vetted hosts in family homes, with weekly key-work and help to build a rental history.",
                    [Accommodation], Route.Practitioner) { MinAge = 18, MaxAge = 25, UnsuitableFor = [.. ChildContact, Arson] },
                new("Women's Move-On Flats", "Women-only move-on flats with a female support worker and a safe entry system.",
                    [Accommodation, AbuseDomesticViolence], Route.Agency) { WomenOnly = true, UnsuitableFor = [Arson] },
                new("{area} Housing Surgery", "Weekly housing and homelessness surgery in {area} for people who cannot easily get into {town}.",
                    [Accommodation], Route.Self) { Outreach = true, OpeningTimes = "Tue 10:00–13:00" },
            ],
            Placements =
            [
                new("Hostel garden and bike store build", UnpaidWork, "Turning a back yard into a garden with raised beds and a secure bike store for residents.",
                    [Diy, Gardening, Teamwork]),
                new("Empty flat clean and paint", UnpaidWork, "Cleaning, filling and painting empty flats so new tenants can move in sooner.",
                    [Diy, Teamwork]),
                new("Communal garden tidy-up", ImmediateJustice, "Weeding, pruning and litter picking in the communal gardens of a housing scheme.",
                    [Gardening, Teamwork]) { RunsMostDays = true },
            ],
        },
        new(HousingProvider, 3,
            ["{area} Hostel Trust", "{town} Night Shelter", "{street} Direct Access Hostel", "{emblem} House", "{river} Hostels"],
            [
                "Direct-access hostel and move-on rooms close to {town} centre.",
                "Emergency accommodation with 24-hour staffing for people sleeping rough or sofa-surfing in {town}.",
            ])
        {
            InTownCentre = true,
            Services =
            [
                new("Direct Access Hostel", "Hostel beds with 24-hour staffing, hot meals and a drug and alcohol worker on site.",
                    [Accommodation, Drugs, Alcohol], Route.Agency) { UnsuitableFor = [Arson, ViolenceToStaff], OpeningTimes = "24 hours, 7 days" },
                new("Life Skills Kitchen", "Cooking, budgeting and food shopping sessions for residents getting ready to live independently.",
                    [Accommodation, Lifestyle, FinanceBenefitDebt], Route.Practitioner),
                new("Emergency Bed Line", "Phone line that finds an emergency bed for the night anywhere in {town}.",
                    [Accommodation], Route.Self) { OpeningTimes = "Daily 08:00–22:00" },
                new("Hostel Health Clinic", "Weekly nurse and GP clinic in the hostel for residents and people sleeping rough.",
                    [Health, Drugs], Route.Self) { OpeningTimes = "Wed 09:30–12:30" },
                new("Women's Emergency Beds", "Women-only emergency rooms on a separate floor with female staff at night.",
                    [Accommodation, AbuseDomesticViolence], Route.Agency) { WomenOnly = true, UnsuitableFor = [Arson], OpeningTimes = "24 hours, 7 days" },
                new("Winter Night Shelter", "Bed, evening meal and breakfast through the coldest months, with a housing worker visiting twice a week.",
                    [Accommodation], Route.Agency) { UnsuitableFor = [Arson, SexualOffence], OpeningTimes = "Dec–Mar nightly 19:00–08:00" },
            ],
            Placements =
            [
                new("Hostel kitchen helper", Volunteering, "Preparing and serving evening meals alongside residents and staff.",
                    [Cooking, CustomerService]),
            ],
        },
        new(Statutory, 2,
            ["{town} Housing Options Team", "{town} Council Homelessness Service", "{town} Housing Solutions"],
            ["Council housing options and homelessness prevention team, taking duty-to-refer notifications from probation."])
        {
            InTownCentre = true,
            Services =
            [
                new("Homelessness Prevention Assessment", "Statutory homelessness assessment and personal housing plan, ideally started eight weeks before release.",
                    [Accommodation], Route.Practitioner) { OpeningTimes = "Mon–Fri 09:00–17:00" },
                new("Rough Sleeper Outreach", "Early-morning street outreach offering a route into emergency accommodation.",
                    [Accommodation, Health, Drugs], Route.Self) { OpeningTimes = "Daily 06:30–10:00" },
                new("Housing Benefit and Council Tax Help", "Help to claim housing costs, council tax support and discretionary payments when rent falls short.",
                    [FinanceBenefitDebt], Route.Self),
                new("Duty to Refer Desk", "A named housing officer for probation referrals, with a decision on emergency accommodation the same day.",
                    [Accommodation], Route.Practitioner) { OpeningTimes = "Mon–Fri 09:00–16:00" },
                new("Private Rented Sector Team", "Finds private landlords willing to let to people on benefits, with incentives paid by the council.",
                    [Accommodation], Route.Agency),
            ],
        },
        new(Statutory, 1.5,
            ["{town} Community Payback", "{town} Unpaid Work Unit", "{river} Community Payback Depot"],
            ["Probation-run depot that organises Community Payback and Immediate Justice projects across {town} and the surrounding villages."])
        {
            PlacementWeight = 30,
            Services =
            [
                new("Unpaid Work Induction", "Health and safety induction, PPE issue and allocation to a first project for people starting a Community Payback requirement.",
                    [AttitudesThinkingBehaviour, EducationTrainingEmployment], Route.Practitioner) { OpeningTimes = "Mon & Thu 09:00–12:00" },
                new("Payback Skills Passport", "Accredited short courses (site safety card, food hygiene, first aid) that count towards unpaid work hours.",
                    [EducationTrainingEmployment], Route.Practitioner),
                new("Women's Unpaid Work Group", "Unpaid work in women-only groups with a female supervisor, at projects close to public transport.",
                    [AttitudesThinkingBehaviour], Route.Practitioner) { WomenOnly = true },
            ],
            Placements =
            [
                new("{area} graffiti removal team", ImmediateJustice, "Removing tags and repainting shutters and walls reported by local businesses, usually within a week of the report.",
                    [Teamwork, Diy]) { Roving = true, RunsMostDays = true },
                new("{area} fly-tip clearance crew", ImmediateJustice, "Clearing fly-tipped rubbish from back lanes and verges with a council caged van.",
                    [Teamwork, Driving]) { Roving = true, RunsMostDays = true },
                new("{area} alleyway clean-up", ImmediateJustice, "Clearing and sweeping the alleys behind terraced streets, working alongside residents.",
                    [Teamwork]) { Roving = true, RunsMostDays = true },
                new("{area} estate litter picks", ImmediateJustice, "Litter picking and clearing overgrown paths around the estate's shops and green spaces.",
                    [Teamwork, Gardening]) { Roving = true, RunsMostDays = true },
                new("{area} bus shelter repainting", ImmediateJustice, "Cleaning and repainting vandalised bus shelters along the main road.",
                    [Diy, Art]) { Roving = true },
                new("{area} underpass mural restoration", UnpaidWork, "Restoring a community mural in a pedestrian underpass, designed with local residents.",
                    [Art, Teamwork]) { Roving = true },
                new("{area} cemetery grounds maintenance", UnpaidWork, "Grass cutting, path edging and clearing overgrown graves in the municipal cemetery.",
                    [Gardening, Teamwork]) { Roving = true },
                new("{area} towpath and riverbank clearance", UnpaidWork, "Cutting back vegetation and clearing rubbish along the towpath and riverbank.",
                    [Gardening, Teamwork]) { Roving = true },
                new("{area} primary school playground repainting", UnpaidWork, "Repainting playground markings and fences at a primary school during term-time weekdays.",
                    [Diy, Art]) { Roving = true, ChildFacing = true },
                new("{area} community centre redecoration", UnpaidWork, "Painting, small repairs and deep cleaning at a community centre used by local groups.",
                    [Diy, Teamwork]) { Roving = true },
                new("{area} snow and grit team", ImmediateJustice, "Clearing snow and gritting paths outside sheltered housing and GP surgeries in winter; litter picks the rest of the year.",
                    [Teamwork]) { Roving = true, RunsMostDays = true },
                new("Depot workshop", UnpaidWork, "Making benches, planters and bird boxes in the depot workshop for community groups.",
                    [Diy, Teamwork]),
                new("Depot charity furniture line", UnpaidWork, "Sanding, repairing and painting donated furniture for local charities.",
                    [Diy, Art]) { UnsuitableFor = [ViolenceToStaff] },
            ],
        },
        new(Statutory, 1.5,
            ["{town} Parks and Open Spaces", "{town} Countryside Service", "{river} Valley Rangers"],
            ["Council parks service looking after {town}'s parks, woods and green corridors."])
        {
            PlacementWeight = 5,
            Services =
            [
                new("Green Gym", "Outdoor conservation sessions that double as a workout; no experience needed and tools provided.",
                    [Health, MentalHealth, Lifestyle], Route.Self) { Outreach = true, OpeningTimes = "Tue & Sat 10:00–13:00" },
                new("Health Walks", "Short guided walks for people who have not been active for a while.",
                    [Health, Lifestyle], Route.Self) { Outreach = true, OpeningTimes = "Wed 10:30–11:30" },
            ],
            Placements =
            [
                new("{area} park conservation team", UnpaidWork, "Hedge laying, bulb planting and path repairs with the park rangers.",
                    [Gardening, Teamwork]) { Roving = true },
                new("{area} pond and lake clearance", UnpaidWork, "Clearing reed and litter from the fishing lake and repairing angling pegs.",
                    [Gardening, Fishing]) { Roving = true },
                new("{area} park leaf and litter clearance", ImmediateJustice, "Leaf clearance, litter picking and bench cleaning in the park.",
                    [Gardening, Teamwork]) { Roving = true, RunsMostDays = true },
                new("{area} bench and railing repairs", UnpaidWork, "Sanding, repairing and repainting benches and railings.",
                    [Diy, Teamwork]) { Roving = true },
                new("{area} woodland footpath work", UnpaidWork, "Clearing scrub, building steps and resurfacing woodland footpaths.",
                    [Gardening, Teamwork]) { Roving = true },
            ],
        },
        new(Statutory, 1.5,
            ["{town} Work and Benefits Office", "{town} Jobcentre Prison Leavers Team", "{town} Employment and Skills Service"],
            ["Benefits and employment office with a dedicated work coach for prison leavers."])
        {
            InTownCentre = true,
            Services =
            [
                new("Prison Leaver Work Coach", "Fast-track Universal Credit claims and advance payments for people released in the last 28 days.",
                    [FinanceBenefitDebt, EducationTrainingEmployment], Route.Practitioner),
                new("Restart Job Club", "Weekly job club with CV help, job matching and mock interviews.",
                    [EducationTrainingEmployment], Route.Self) { OpeningTimes = "Wed 10:00–12:00" },
                new("ID and Bank Account Clinic", "Help to get a birth certificate, photo ID and a basic bank account so wages and benefits can be paid.",
                    [FinanceBenefitDebt], Route.Self),
                new("Universal Credit Help to Claim", "Step-by-step help to make and manage a Universal Credit claim, in person or by phone.",
                    [FinanceBenefitDebt], Route.Self),
            ],
        },
        new(Statutory, 1.5,
            ["{town} Family Help Hub", "{town} Early Help Team", "{area} Family Centre"],
            ["Council early-help family support team for {town}."])
        {
            Services =
            [
                new("Family Help Keyworker", "Whole-family keyworker for parents facing debt, housing, school attendance or relationship problems.",
                    [ChildrenFamilies, Relationships], Route.Agency) { UnsuitableFor = ChildContact },
                new("Parenting Together Course", "Eight-week parenting course for mums, dads and carers, with a crèche on site.",
                    [ChildrenFamilies], Route.Self) { UnsuitableFor = ChildContact },
                new("{area} Family Drop-In", "Weekly drop-in for families with benefits advice, a baby clinic and a play session.",
                    [ChildrenFamilies, FinanceBenefitDebt], Route.Self) { Outreach = true, UnsuitableFor = ChildContact, OpeningTimes = "Thu 09:30–12:00" },
                new("Young Parents Group", "Group for parents under 25 with a health visitor and a free lunch.",
                    [ChildrenFamilies], Route.Self) { MinAge = 18, MaxAge = 25, UnsuitableFor = ChildContact },
            ],
        },
    ];
}
