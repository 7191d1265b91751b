using static Rehab.Graph.SeedGenerator.NeedCode;
using static Rehab.Graph.SeedGenerator.OrganisationKind;
using static Rehab.Graph.SeedGenerator.PlacementKind;
using static Rehab.Graph.SeedGenerator.RiskFlag;
using static Rehab.Graph.SeedGenerator.StrengthCode;
using Route = Rehab.Graph.SeedGenerator.ReferralRoute;

namespace Rehab.Graph.SeedGenerator;

public static partial class Themes
{
    private static IReadOnlyList<OrganisationTheme> CommunityAndFaith =>
    [
        new(CommunityGroup, 6,
            ["{area} Community Pantry", "{area} Residents' Association", "{area} Good Neighbours", "{area} Community Hub", "{street} Repair Café", "{area} Community Association"],
            [
                "Membership food pantry where a week's shopping costs a few pounds.",
                "Residents' association running an advice surgery and estate improvement days in {area}.",
                "Community hub with advice, IT access and social groups for people in {area}.",
            ])
        {
            Services =
            [
                new("Community Pantry", "Membership food pantry with fresh fruit and vegetables; members choose their own shopping.",
                    [FinanceBenefitDebt], Route.Self) { OpeningTimes = "Mon, Wed & Fri 10:00–13:00" },
                new("Cook and Eat Sessions", "Cook a cheap, healthy meal together and take the recipe and ingredients home.",
                    [Lifestyle, Health], Route.Self) { OpeningTimes = "Thu 11:00–13:30" },
                new("Community Advice Surgery", "Weekly drop-in with volunteers who help with forms, bills and housing repairs.",
                    [FinanceBenefitDebt, Accommodation], Route.Self) { OpeningTimes = "Thu 13:00–15:00" },
                new("Repair Café", "Bring something broken and fix it with a volunteer; saves money and makes friends.",
                    [Lifestyle, FinanceBenefitDebt], Route.Self) { OpeningTimes = "Sat 10:00–13:00" },
                new("Good Neighbours Befriending", "Regular visits or phone calls from a volunteer for people who are isolated.",
                    [MentalHealth, Lifestyle], Route.Self),
                new("Advice and IT Point", "Free computers and volunteers to help with job searches, benefit claims and online forms.",
                    [FinanceBenefitDebt, EducationTrainingEmployment], Route.Self),
                new("Community Social Club", "Weekly social club with games, lunch and trips, for people who feel cut off.",
                    [Lifestyle, MentalHealth], Route.Self) { OpeningTimes = "Wed 11:00–14:00" },
            ],
            Placements =
            [
                new("Pantry stock and delivery team", UnpaidWork, "Unloading deliveries, stocking shelves and dropping food parcels to housebound members.",
                    [Teamwork, Driving, CustomerService]),
                new("Estate clean-up days", ImmediateJustice, "Litter picks, shrub cutting and clearing communal areas reported by residents.",
                    [Teamwork]) { RunsMostDays = true },
                new("Community hall redecoration", UnpaidWork, "Painting and small repairs at the hall used by community groups.",
                    [Diy, Art]),
            ],
        },
        new(CommunityGroup, 5,
            ["{area} Men's Shed", "{area} Community Allotments", "{area} Boxing and Fitness Club", "{river} Angling Club", "{area} Conservation Volunteers", "{area} Community Farm"],
            [
                "Workshop where men make, mend and have a natter over a brew.",
                "Community allotment site with shared plots, a polytunnel and a tea hut.",
                "Amateur boxing and fitness club with adult and junior sections.",
                "Volunteer group caring for the paths and nature reserve along the {river}.",
            ])
        {
            Services =
            [
                new("Men's Shed Sessions", "Woodwork, metalwork and bike repairs in a friendly workshop; a good way to meet people without having to talk about feelings.",
                    [MentalHealth, Lifestyle], Route.Self) { OpeningTimes = "Tue, Thu & Sat 09:30–15:00" },
                new("Grow Your Own", "Shared plot sessions for beginners, with seeds, tools and a cuppa provided.",
                    [Lifestyle, MentalHealth], Route.Self),
                new("Boxing Fitness", "Non-contact boxing fitness classes for all levels.",
                    [Lifestyle, Health], Route.Self) { OpeningTimes = "Mon, Wed & Fri 18:00–19:30" },
                new("Control Under Pressure", "Six-week course mixing boxing training with sessions on anger, conflict and consequences.",
                    [AttitudesThinkingBehaviour, Lifestyle], Route.Practitioner) { MinAge = 18, MaxAge = 30 },
                new("Nature Walks", "Guided walks and bird-watching along the river.",
                    [Lifestyle, MentalHealth], Route.Self) { OpeningTimes = "Sun 10:00–12:00" },
                new("Fishing for Wellbeing", "Coached angling sessions with tackle provided, for people who want time out by the water.",
                    [MentalHealth, Lifestyle], Route.Self) { OpeningTimes = "Sat 08:00–12:00" },
                new("Care Farm Days", "Structured days on the farm working with animals and crops, with a qualification in land-based skills.",
                    [MentalHealth, Lifestyle, EducationTrainingEmployment], Route.Practitioner),
                new("Walking Football", "Gentle walking football for people over forty and anyone coming back from injury or illness.",
                    [Health, Lifestyle], Route.Self) { MinAge = 40 },
            ],
            Placements =
            [
                new("Bird box and planter making", Volunteering, "Making bird boxes and planters for local schools and care homes.",
                    [Diy, Teamwork]),
                new("Allotment site clearance", ImmediateJustice, "Clearing overgrown plots, paths and fly-tipped rubbish so new growers can take them on.",
                    [Gardening, Teamwork]),
                new("Junior gym refurbishment", UnpaidWork, "Repainting and re-matting the junior training room and changing rooms.",
                    [Diy, Sport]) { ChildFacing = true },
                new("Riverside path clearance", UnpaidWork, "Clearing scrub and resurfacing paths along the riverside nature reserve.",
                    [Gardening, Teamwork]),
                new("Angling pegs and bank repairs", UnpaidWork, "Rebuilding angling pegs and shoring up the bank of the club's pond.",
                    [Fishing, Diy]),
                new("Animal care and yard work", UnpaidWork, "Feeding, mucking out and fencing repairs for the farm's pigs, goats and poultry.",
                    [Animals, Gardening]),
            ],
        },
        new(Vcse, 3,
            ["{town} Money Matters", "{area} Advice Centre", "{town} Debt and Benefits Advice", "{emblem} Advice Trust"],
            ["Free, independent debt and benefits advice."])
        {
            Services =
            [
                new("Debt Advice Casework", "Full debt advice including payment plans, debt relief orders and bankruptcy.",
                    [FinanceBenefitDebt], Route.Self),
                new("Benefits Appeals Support", "Help with mandatory reconsiderations and tribunal appeals, including representation.",
                    [FinanceBenefitDebt], Route.Self),
                new("Money Matters Webchat", "Online webchat with a debt adviser, with budgeting tools and template letters to creditors.",
                    [FinanceBenefitDebt], Route.Self) { Online = true, OpeningTimes = "Mon–Fri 09:00–20:00 (webchat)" },
                new("Gambling Harms Counselling", "Eight to twelve sessions of counselling with blocking software and budgeting help.",
                    [Lifestyle, FinanceBenefitDebt, MentalHealth], Route.Self),
                new("Affected Others Support", "Support for partners and families affected by someone else's gambling.",
                    [Relationships, FinanceBenefitDebt], Route.Self),
                new("Energy Debt Clinic", "Help with fuel debt, prepayment meters and grants for energy bills.",
                    [FinanceBenefitDebt], Route.Self),
                new("Advice Surgery in {language}", "Advice on benefits, housing and work delivered entirely in {language}.",
                    [FinanceBenefitDebt, Accommodation], Route.Self) { InCommunityLanguage = true, CommunityLanguageOnly = true, OpeningTimes = "Mon 10:00–13:00" },
            ],
        },
        new(Vcse, 2.5,
            ["{emblem} Mentoring", "{town} Through the Gate", "{town} Peer Mentors", "{area} Lived Experience Network"],
            ["Peer mentoring charity matching people on probation with trained volunteers who have lived experience."])
        {
            Services =
            [
                new("Through-the-Gate Mentoring", "A mentor who meets people at the prison gate and supports them through their first twelve weeks out.",
                    [Lifestyle, AttitudesThinkingBehaviour, Accommodation], Route.Practitioner),
                new("Young Adults Mentoring", "Mentoring for young adults, focused on education, work and staying out of trouble.",
                    [Lifestyle, EducationTrainingEmployment], Route.Practitioner) { MinAge = 18, MaxAge = 25 },
                new("Lived Experience Peer Groups", "Fortnightly peer groups led by people who have been through the justice system themselves.",
                    [AttitudesThinkingBehaviour, Relationships], Route.Self) { OpeningTimes = "Alternate Wed 17:30–19:30" },
                new("Women's Peer Mentoring", "Women mentors with lived experience supporting women on probation.",
                    [Lifestyle, Relationships], Route.Practitioner) { WomenOnly = true },
                new("Thinking Through Drama", "Drama-based group exploring conflict, empathy and consequences through role play.",
                    [AttitudesThinkingBehaviour, Relationships], Route.Practitioner),
                new("Write Your Way", "Creative writing group that also builds reading and writing confidence.",
                    [MentalHealth, EducationTrainingEmployment], Route.Self),
            ],
            Placements =
            [
                new("Theatre set building", UnpaidWork, "Building and painting sets and props for community theatre productions.",
                    [Art, Diy, Teamwork]),
            ],
        },
        new(Vcse, 2,
            ["{town} Furniture Project", "{emblem} Reuse", "{area} Furniture Store"],
            ["Furniture reuse charity collecting, restoring and selling donated furniture at low cost."])
        {
            PlacementWeight = 2,
            Services =
            [
                new("Low-Cost Furniture Scheme", "Furniture and household items at low cost, or free on referral, for people setting up home.",
                    [Accommodation, FinanceBenefitDebt], Route.Agency),
                new("White Goods Grants", "Cookers, fridges and washing machines for people moving into a tenancy, delivered and fitted.",
                    [Accommodation, FinanceBenefitDebt], Route.Agency),
            ],
            Placements =
            [
                new("Furniture collection crew", UnpaidWork, "Collecting donated furniture from homes across {town} in the charity's van.",
                    [Driving, Teamwork]) { UnsuitableFor = [ViolenceToStaff] },
                new("Furniture restoration workshop", UnpaidWork, "Repairing, sanding and painting donated furniture for resale.",
                    [Diy, Art]),
                new("Charity shop floor", Volunteering, "Serving customers, arranging displays and pricing stock in the furniture shop.",
                    [CustomerService]),
            ],
        },
        new(Vcse, 2,
            ["{town} Migrant Welcome", "{area} Refugee and Migrant Centre", "{town} New Communities Forum"],
            ["Advice and community support for migrants, refugees and EU nationals in {town}."])
        {
            Services =
            [
                new("{language} Community Support", "Caseworkers from the community helping with benefits, school places and employment.",
                    [FinanceBenefitDebt, EducationTrainingEmployment], Route.Self) { InCommunityLanguage = true },
                new("Men's Group in {language}", "Weekly group for men to talk, play dominoes and get help with stress and loneliness.",
                    [MentalHealth, Lifestyle], Route.Self) { InCommunityLanguage = true, CommunityLanguageOnly = true, OpeningTimes = "Thu 17:00–19:00" },
                new("Settlement and Immigration Advice", "Regulated immigration advice, including settled status and the effect of convictions on status.",
                    [FinanceBenefitDebt], Route.Agency) { InCommunityLanguage = true },
                new("Conversation Café", "Informal English practice over tea and cake.",
                    [EducationTrainingEmployment, Lifestyle], Route.Self) { OpeningTimes = "Tue 14:00–16:00" },
            ],
        },
        new(FaithGroup, 5,
            ["{area} Church Drop-In", "St {saint}'s Church, {area}", "{area} Methodist Food and Friendship", "{area} Baptist Church Community Project", "{town} Churches Together Food Bank"],
            [
                "Church-run drop-in offering breakfast, clothes and company to anyone who walks in.",
                "Church lunch club and food bank in {area}.",
            ])
        {
            Services =
            [
                new("Breakfast Drop-In", "Free cooked breakfast, showers and a chat, no questions asked.",
                    [FinanceBenefitDebt, Lifestyle, Health], Route.Self) { OpeningTimes = "Mon–Fri 08:00–10:30" },
                new("Clothing Bank", "Free clothes, shoes and interview outfits.",
                    [FinanceBenefitDebt], Route.Self),
                new("Food and Friendship Lunch", "Hot two-course lunch, food parcels and company every Wednesday.",
                    [Lifestyle, FinanceBenefitDebt, MentalHealth], Route.Self) { OpeningTimes = "Wed 12:00–14:00" },
                new("Food Bank", "Three days of emergency food on a voucher from any agency, with a cuppa and signposting.",
                    [FinanceBenefitDebt], Route.Agency) { OpeningTimes = "Tue & Fri 10:00–13:00" },
                new("Listening Ear", "Drop-in listening service with trained volunteers, for people of any faith or none.",
                    [MentalHealth], Route.Self) { OpeningTimes = "Sat 10:00–12:00" },
                new("Prison Chaplaincy Follow-On", "Volunteers from the prison chaplaincy meet people on release and help them settle in.",
                    [Lifestyle, Relationships], Route.Practitioner),
            ],
            Placements =
            [
                new("Drop-in kitchen helper", Volunteering, "Cooking and serving breakfasts and washing up at the weekday drop-in.",
                    [Cooking, CustomerService]),
                new("Food bank warehouse team", UnpaidWork, "Sorting donations, checking dates and packing food parcels.",
                    [Teamwork]),
                new("Church hall redecoration", UnpaidWork, "Painting and small repairs at the church hall used by community groups.",
                    [Diy, Art]),
            ],
        },
        new(FaithGroup, 2.5,
            ["{area} Mosque Community Centre", "{area} Islamic Centre", "{town} Muslim Welfare House"],
            ["Mosque-based community centre serving {town}'s Muslim communities and its neighbours."])
        {
            Community = "ur",
            Services =
            [
                new("Family Advice in Urdu and Arabic", "Advice on benefits, school and family matters from volunteers who speak Urdu and Arabic.",
                    [FinanceBenefitDebt, ChildrenFamilies], Route.Self) { Languages = ["en", "ur", "ar"] },
                new("Brothers' Wellbeing Circle", "Confidential group for men dealing with stress, drugs or life after prison, with faith-based support if wanted.",
                    [MentalHealth, Drugs, Lifestyle], Route.Self) { Languages = ["en", "ur", "ar"] },
                new("Sisters' Support Circle", "Women's group with advice on family, health and money, with faith-based support if wanted.",
                    [MentalHealth, Relationships], Route.Self) { WomenOnly = true, Languages = ["en", "ur"] },
                new("Community Kitchen", "Free hot meals on Friday and Sunday for anyone in need.",
                    [FinanceBenefitDebt, Lifestyle], Route.Self) { OpeningTimes = "Fri & Sun 13:00–15:00" },
            ],
            Placements =
            [
                new("Community kitchen helper", Volunteering, "Preparing and serving free community meals.",
                    [Cooking, Teamwork]),
            ],
        },
        new(FaithGroup, 1.2,
            ["{area} Gurdwara Langar", "{town} Sikh Community Kitchen"],
            ["Free community kitchen run by volunteers from the local gurdwara."])
        {
            Community = "pa",
            Services =
            [
                new("Free Community Meals", "Free vegetarian hot meals for anyone, served in the community hall.",
                    [FinanceBenefitDebt, Lifestyle], Route.Self) { Languages = ["en", "pa"], OpeningTimes = "Sun 12:00–15:00" },
                new("Punjabi Family Support", "Family support and advice on drinking and debt in Punjabi and English.",
                    [Alcohol, ChildrenFamilies, FinanceBenefitDebt], Route.Self) { Languages = ["en", "pa"] },
            ],
            Placements =
            [
                new("Langar kitchen volunteer", Volunteering, "Cooking, serving and washing up in the community kitchen.",
                    [Cooking, Teamwork]),
            ],
        },
        new(FaithGroup, 1.2,
            ["St {saint} Polish Community Centre", "{town} Polish Catholic Mission"],
            ["Polish parish centre with advice, a Saturday school and support groups."])
        {
            Community = "pl",
            Services =
            [
                new("Polish-Speaking Recovery Group", "Weekly recovery group in Polish for people affected by alcohol or drugs.",
                    [Alcohol, Drugs], Route.Self) { Languages = ["pl"], OpeningTimes = "Tue 19:00–21:00" },
                new("Polish Family Support", "Family support and parenting advice in Polish and English.",
                    [ChildrenFamilies, Relationships], Route.Self) { Languages = ["en", "pl"], UnsuitableFor = ChildContact },
                new("Polish Advice Surgery", "Advice on benefits, housing and work delivered entirely in Polish.",
                    [FinanceBenefitDebt, Accommodation], Route.Self) { Languages = ["pl"], OpeningTimes = "Sat 10:00–13:00" },
            ],
        },
    ];
}
