using static Rehab.Graph.SeedGenerator.NeedCode;
using static Rehab.Graph.SeedGenerator.OrganisationKind;
using static Rehab.Graph.SeedGenerator.PlacementKind;
using static Rehab.Graph.SeedGenerator.RiskFlag;
using static Rehab.Graph.SeedGenerator.StrengthCode;
using Route = Rehab.Graph.SeedGenerator.ReferralRoute;

namespace Rehab.Graph.SeedGenerator;

public static partial class OrganisationCatalogue
{
    private static IReadOnlyList<OrganisationTemplate> CommunityAndFaith =>
    [
        new("Orchard Park Community Pantry", CommunityGroup, "Orchard Park",
            "Membership food pantry where a week's shopping costs a few pounds.")
        {
            Services =
            [
                new("Community Pantry",
                    "Membership food pantry with fresh fruit and vegetables; members choose their own shopping.",
                    [FinanceBenefitDebt], Route.Self) { OpeningTimes = "Mon, Wed & Fri 10:00–13:00" },
                new("Cook and Eat Sessions",
                    "Cook a cheap, healthy meal together and take the recipe and ingredients home.",
                    [Lifestyle, Health], Route.Self) { OpeningTimes = "Thu 11:00–13:30" },
            ],
            Placements =
            [
                new("Pantry stock and delivery team", UnpaidWork,
                    "Unloading deliveries, stocking shelves and dropping food parcels to housebound members.",
                    [Teamwork, Driving, CustomerService]),
            ],
        },
        new("Bransholme Men's Shed", CommunityGroup, "Bransholme",
            "Workshop where men make, mend and have a natter over a brew.")
        {
            Services =
            [
                new("Men's Shed Sessions",
                    "Woodwork, metalwork and bike repairs in a friendly workshop; a good way to meet people without having to talk about feelings.",
                    [MentalHealth, Lifestyle], Route.Self) { OpeningTimes = "Tue, Thu & Sat 09:30–15:00" },
            ],
            Placements =
            [
                new("Bird box and planter making", Volunteering,
                    "Making bird boxes and planters for local schools and care homes.",
                    [Diy, Teamwork]),
            ],
        },
        new("Gipsyville Community Allotments", CommunityGroup, "Gipsyville",
            "Community allotment site with shared plots, a polytunnel and a tea hut.")
        {
            Services =
            [
                new("Grow Your Own",
                    "Shared plot sessions for beginners, with seeds, tools and a cuppa provided.",
                    [Lifestyle, MentalHealth], Route.Self),
            ],
            Placements =
            [
                new("Allotment site clearance", ImmediateJustice,
                    "Clearing overgrown plots, paths and fly-tipped rubbish so new growers can take them on.",
                    [Gardening, Teamwork]),
            ],
        },
        new("Longhill Boxing and Fitness Club", CommunityGroup, "Longhill",
            "Amateur boxing and fitness club with adult and junior sections.")
        {
            Services =
            [
                new("Boxing Fitness",
                    "Non-contact boxing fitness classes for all levels.",
                    [Lifestyle, Health], Route.Self) { OpeningTimes = "Mon, Wed & Fri 18:00–19:30" },
                new("Control Under Pressure",
                    "Six-week course mixing boxing training with sessions on anger, conflict and consequences.",
                    [AttitudesThinkingBehaviour, Lifestyle], Route.Practitioner) { MinAge = 18, MaxAge = 30 },
            ],
            Placements =
            [
                new("Junior gym refurbishment", UnpaidWork,
                    "Repainting and re-matting the junior training room and changing rooms.",
                    [Diy, Sport]) { ChildFacing = true },
            ],
        },
        new("Greatfield Residents' Association", CommunityGroup, "Greatfield",
            "Residents' association running an advice surgery and estate improvement days.")
        {
            Services =
            [
                new("Community Advice Surgery",
                    "Weekly drop-in with volunteers who help with forms, bills and housing repairs.",
                    [FinanceBenefitDebt, Accommodation], Route.Self) { OpeningTimes = "Thu 13:00–15:00" },
            ],
            Placements =
            [
                new("Estate clean-up days", ImmediateJustice,
                    "Litter picks, shrub cutting and clearing communal areas reported by residents.",
                    [Teamwork]) { RunsMostDays = true },
            ],
        },
        new("Withernsea Coastal Community Hub", CommunityGroup, "Withernsea",
            "Community hub on the seafront with advice, IT access and social groups.")
        {
            Services =
            [
                new("Coastal Advice and IT Point",
                    "Free computers and volunteers to help with job searches, benefit claims and online forms.",
                    [FinanceBenefitDebt, EducationTrainingEmployment], Route.Self),
                new("Seaside Social",
                    "Weekly social club with games, lunch and trips, for people who feel cut off.",
                    [Lifestyle, MentalHealth], Route.Self) { OpeningTimes = "Wed 11:00–14:00" },
            ],
            Placements =
            [
                new("Promenade planters and benches", UnpaidWork,
                    "Planting and maintaining seafront planters and sanding and oiling promenade benches.",
                    [Gardening, Diy]),
            ],
        },
        new("Hedon and Preston Good Neighbours", CommunityGroup, "Hedon",
            "Village good-neighbour scheme offering befriending, lifts and odd jobs.")
        {
            Services =
            [
                new("Good Neighbours Befriending",
                    "Regular visits or phone calls from a volunteer for people who are isolated.",
                    [MentalHealth, Lifestyle], Route.Self),
            ],
            Placements =
            [
                new("Village hall redecoration", UnpaidWork,
                    "Painting and small repairs at the village hall used by community groups.",
                    [Diy, Art]) { Place = "Preston" },
            ],
        },
        new("Newland Avenue Repair Café", CommunityGroup, "Newland Avenue",
            "Monthly repair café fixing clothes, bikes, toasters and anything else people bring.")
        {
            Services =
            [
                new("Repair Café",
                    "Bring something broken and fix it with a volunteer; saves money and makes friends.",
                    [Lifestyle, FinanceBenefitDebt], Route.Self) { OpeningTimes = "Sat 10:00–13:00" },
            ],
        },
        new("Kingswood Sports Trust", Vcse, "Kingswood",
            "Sport-for-development charity using football and fitness to reach people others find hard to reach.")
        {
            Services =
            [
                new("Walking Football",
                    "Gentle walking football for people over forty and anyone coming back from injury or illness.",
                    [Health, Lifestyle], Route.Self) { MinAge = 40 },
                new("Kick Start Football Programme",
                    "Twelve weeks of football, coaching qualifications and workshops on choices and goals.",
                    [Lifestyle, AttitudesThinkingBehaviour, EducationTrainingEmployment], Route.Practitioner) { MinAge = 18, MaxAge = 30 },
            ],
            Placements =
            [
                new("Junior pitch line-marking and goal repairs", UnpaidWork,
                    "Line-marking, goal-net repairs and litter picking at junior football pitches before weekend matches.",
                    [Sport, Teamwork]) { ChildFacing = true },
            ],
        },
        new("Fishermen's Quay Arts", Vcse, "Old Town",
            "Participatory arts organisation running theatre, music and writing projects.")
        {
            Services =
            [
                new("Thinking Through Drama",
                    "Drama-based group exploring conflict, empathy and consequences through role play.",
                    [AttitudesThinkingBehaviour, Relationships], Route.Practitioner),
                new("Open Mic and Songwriting",
                    "Songwriting workshops and a monthly open mic night.",
                    [Lifestyle, MentalHealth], Route.Self) { OpeningTimes = "Tue 18:00–21:00" },
                new("Write Your Way",
                    "Creative writing group that also builds reading and writing confidence.",
                    [MentalHealth, EducationTrainingEmployment], Route.Self),
            ],
            Placements =
            [
                new("Theatre set building", UnpaidWork,
                    "Building and painting sets and props for community theatre productions.",
                    [Art, Diy, Teamwork]),
            ],
        },
        new("Migrant Welcome Humber", Vcse, "Newington",
            "Advice and community support for migrants, refugees and EU nationals.")
        {
            Services =
            [
                new("Polish Advice Surgery",
                    "Advice on benefits, housing and work delivered entirely in Polish.",
                    [FinanceBenefitDebt, Accommodation], Route.Self) { Languages = ["pl"], OpeningTimes = "Mon 10:00–13:00" },
                new("Romanian and Roma Community Support",
                    "Caseworkers from the community helping with benefits, school places and employment.",
                    [FinanceBenefitDebt, EducationTrainingEmployment], Route.Self) { Languages = ["ro", "en"], ByAndFor = [Community.MinorityEthnic] },
                new("Kurdish and Arabic Men's Group",
                    "Weekly group for men to talk, play dominoes and get help with stress and loneliness.",
                    [MentalHealth, Lifestyle], Route.Self) { Languages = ["ku", "ar"], OpeningTimes = "Thu 17:00–19:00", ByAndFor = [Community.MinorityEthnic] },
                new("Settlement and Immigration Advice",
                    "Regulated immigration advice, including settled status and the effect of convictions on status.",
                    [FinanceBenefitDebt], Route.Agency) { Languages = ["en", "pl", "ro", "lt", "lv"] },
            ],
        },
        new("Humber Money Matters", Vcse, "Beverley Road",
            "Free, independent debt and benefits advice.")
        {
            Services =
            [
                new("Debt Advice Casework",
                    "Full debt advice including payment plans, debt relief orders and bankruptcy.",
                    [FinanceBenefitDebt], Route.Self),
                new("Benefits Appeals Support",
                    "Help with mandatory reconsiderations and tribunal appeals, including representation.",
                    [FinanceBenefitDebt], Route.Self),
                new("Money Matters Webchat",
                    "Online webchat with a debt adviser, with budgeting tools and template letters to creditors.",
                    [FinanceBenefitDebt], Route.Self) { Online = true, OpeningTimes = "Mon–Fri 09:00–20:00 (webchat)" },
            ],
        },
        new("Humber Gambling Harms Service", Vcse, "City Centre",
            "Counselling and support for people harmed by gambling and the people close to them.")
        {
            Services =
            [
                new("Gambling Harms Counselling",
                    "Eight to twelve sessions of counselling with blocking software and budgeting help.",
                    [Lifestyle, FinanceBenefitDebt, MentalHealth], Route.Self),
                new("Affected Others Support",
                    "Support for partners and families affected by someone else's gambling.",
                    [Relationships, FinanceBenefitDebt], Route.Self),
            ],
        },
        new("Paragon Furniture Project", Vcse, "Anlaby Road",
            "Furniture reuse charity collecting, restoring and selling donated furniture at low cost.")
        {
            Services =
            [
                new("Low-Cost Furniture Scheme",
                    "Furniture and household items at low cost, or free on referral, for people setting up home.",
                    [Accommodation, FinanceBenefitDebt], Route.Agency),
            ],
            Placements =
            [
                new("Furniture collection crew", UnpaidWork,
                    "Collecting donated furniture from homes across Hull in the charity's van.",
                    [Driving, Teamwork]) { UnsuitableFor = [ViolenceToStaff] },
                new("Furniture restoration workshop", UnpaidWork,
                    "Repairing, sanding and painting donated furniture for resale.",
                    [Diy, Art]),
            ],
        },
        new("Cottingham Community Farm", Vcse, "Cottingham",
            "Care farm offering therapeutic work with animals and the land.")
        {
            Services =
            [
                new("Care Farm Days",
                    "Structured days on the farm working with animals and crops, with a qualification in land-based skills.",
                    [MentalHealth, Lifestyle, EducationTrainingEmployment], Route.Practitioner),
            ],
            Placements =
            [
                new("Animal care and yard work", UnpaidWork,
                    "Feeding, mucking out and fencing repairs for the farm's pigs, goats and poultry.",
                    [Animals, Gardening]),
            ],
        },
        new("Hessle Foreshore Conservation Volunteers", CommunityGroup, "Hessle",
            "Volunteer group caring for the foreshore paths and nature reserve beside the Humber Bridge.")
        {
            Services =
            [
                new("Foreshore Nature Walks",
                    "Guided walks and bird-watching along the Humber foreshore.",
                    [Lifestyle, MentalHealth], Route.Self) { OpeningTimes = "Sun 10:00–12:00" },
            ],
            Placements =
            [
                new("Foreshore path clearance", UnpaidWork,
                    "Clearing scrub and resurfacing paths along the foreshore below the Humber Bridge.",
                    [Gardening, Teamwork]),
            ],
        },
        new("Mereside Outdoor Learning", Vcse, "Hornsea",
            "Outdoor learning centre on the shore of Hornsea Mere.")
        {
            Services =
            [
                new("Outdoor Confidence Course",
                    "Residential and day courses in canoeing, climbing and teamwork for young adults on probation.",
                    [Lifestyle, AttitudesThinkingBehaviour, MentalHealth], Route.Practitioner) { MinAge = 18, MaxAge = 35 },
            ],
            Placements =
            [
                new("Boardwalk repairs", UnpaidWork,
                    "Replacing rotten boards and handrails on the Mere boardwalks.",
                    [Diy, Teamwork]),
            ],
        },
        new("Goole Riverside Trust", Vcse, "Goole",
            "Community development trust working along the Goole waterfront.")
        {
            Services =
            [
                new("Goole Skills and Jobs Hub",
                    "Job search, CV help and short courses for people in Goole and the surrounding villages.",
                    [EducationTrainingEmployment, FinanceBenefitDebt], Route.Self),
                new("Goole Recovery Drop-In",
                    "Weekly drop-in with a drug and alcohol worker and peer supporters.",
                    [Drugs, Alcohol], Route.Self) { OpeningTimes = "Fri 10:00–13:00" },
            ],
            Placements =
            [
                new("Dockside heritage trail clear-up", ImmediateJustice,
                    "Clearing litter and vegetation from the heritage trail around the old docks.",
                    [Teamwork, Gardening]),
            ],
        },
        new("Tideturn Mentoring", Vcse, "City Centre",
            "Peer mentoring charity matching people on probation with trained volunteers who have lived experience.")
        {
            Services =
            [
                new("Through-the-Gate Mentoring",
                    "A mentor who meets people at the prison gate and supports them through their first twelve weeks out.",
                    [Lifestyle, AttitudesThinkingBehaviour, Accommodation], Route.Practitioner),
                new("Young Adults Mentoring",
                    "Mentoring for young adults, focused on education, work and staying out of trouble.",
                    [Lifestyle, EducationTrainingEmployment], Route.Practitioner) { MinAge = 18, MaxAge = 25, ByAndFor = [Community.YoungAdults] },
                new("Lived Experience Peer Groups",
                    "Fortnightly peer groups led by people who have been through the justice system themselves.",
                    [AttitudesThinkingBehaviour, Relationships], Route.Self) { OpeningTimes = "Alternate Wed 17:30–19:30" },
            ],
        },
        new("Wellspring Church Drop-In", FaithGroup, "Hessle Road",
            "Church-run drop-in offering breakfast, clothes and company to anyone who walks in.")
        {
            Services =
            [
                new("Breakfast Drop-In",
                    "Free cooked breakfast, showers and a chat, no questions asked.",
                    [FinanceBenefitDebt, Lifestyle, Health], Route.Self) { OpeningTimes = "Mon–Fri 08:00–10:30" },
                new("Clothing Bank",
                    "Free clothes, shoes and interview outfits.",
                    [FinanceBenefitDebt], Route.Self),
            ],
            Placements =
            [
                new("Drop-in kitchen helper", Volunteering,
                    "Cooking and serving breakfasts and washing up at the weekday drop-in.",
                    [Cooking, CustomerService]),
            ],
        },
        new("Al-Falah Community Centre", FaithGroup, "Beverley Road",
            "Mosque-based community centre serving Hull's Muslim communities and its neighbours.")
        {
            Services =
            [
                new("Family Advice in Urdu and Arabic",
                    "Advice on benefits, school and family matters from volunteers who speak Urdu and Arabic.",
                    [FinanceBenefitDebt, ChildrenFamilies], Route.Self) { Languages = ["en", "ur", "ar"], ByAndFor = [Community.MinorityEthnic] },
                new("Brothers' Wellbeing Circle",
                    "Confidential group for men dealing with stress, drugs or life after prison, with faith-based support if wanted.",
                    [MentalHealth, Drugs, Lifestyle], Route.Self) { Languages = ["en", "ur", "ar", "ku"], ByAndFor = [Community.MinorityEthnic] },
            ],
        },
        new("Sutton Methodist Food and Friendship", FaithGroup, "Sutton-on-Hull",
            "Church lunch club and food bank in Sutton village.")
        {
            Services =
            [
                new("Food and Friendship Lunch",
                    "Hot two-course lunch, food parcels and company every Wednesday.",
                    [Lifestyle, FinanceBenefitDebt, MentalHealth], Route.Self) { OpeningTimes = "Wed 12:00–14:00" },
            ],
        },
        new("Langar Community Kitchen", FaithGroup, "Newington",
            "Free community kitchen run by volunteers from local gurdwara and church congregations.")
        {
            Services =
            [
                new("Free Community Meals",
                    "Free vegetarian hot meals for anyone, served in the community hall.",
                    [FinanceBenefitDebt, Lifestyle], Route.Self) { Languages = ["en", "pa"], OpeningTimes = "Sun 12:00–15:00" },
            ],
        },
        new("St Maximilian Polish Community Centre", FaithGroup, "Anlaby Road",
            "Polish parish centre with advice, a Saturday school and support groups.")
        {
            Services =
            [
                new("Polish-Speaking Recovery Group",
                    "Weekly recovery group in Polish for people affected by alcohol or drugs.",
                    [Alcohol, Drugs], Route.Self) { Languages = ["pl"], OpeningTimes = "Tue 19:00–21:00", ByAndFor = [Community.MinorityEthnic] },
                new("Polish Family Support",
                    "Family support and parenting advice in Polish and English.",
                    [ChildrenFamilies, Relationships], Route.Self) { Languages = ["pl", "en"], UnsuitableFor = ChildContact, ByAndFor = [Community.MinorityEthnic] },
            ],
        },
        new("Beverley Churches Winter Shelter", FaithGroup, "Beverley",
            "Rotating night shelter run by Beverley's churches through the winter.")
        {
            Services =
            [
                new("Winter Night Shelter",
                    "Bed, evening meal and breakfast in church halls, with a housing worker visiting twice a week.",
                    [Accommodation], Route.Agency) { UnsuitableFor = [Arson, SexualOffence], OpeningTimes = "Dec–Mar nightly 19:00–08:00" },
                new("Listening Ear",
                    "Drop-in listening service with trained volunteers, for people of any faith or none.",
                    [MentalHealth], Route.Self) { OpeningTimes = "Sat 10:00–12:00" },
            ],
        },
    ];
}
