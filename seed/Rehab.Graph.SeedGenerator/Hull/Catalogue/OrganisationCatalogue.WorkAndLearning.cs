using static Rehab.Graph.SeedGenerator.NeedCode;
using static Rehab.Graph.SeedGenerator.OrganisationKind;
using static Rehab.Graph.SeedGenerator.PlacementKind;
using static Rehab.Graph.SeedGenerator.StrengthCode;
using Route = Rehab.Graph.SeedGenerator.ReferralRoute;

namespace Rehab.Graph.SeedGenerator;

public static partial class OrganisationCatalogue
{
    private static IReadOnlyList<OrganisationTemplate> WorkAndLearning =>
    [
        new("Humber Skills Exchange", EducationProvider, "City Centre",
            "Adult education provider offering functional skills, ESOL and short vocational courses.")
        {
            Services =
            [
                new("English and Maths Functional Skills",
                    "Small-group English and maths from entry level to Level 2, starting every month.",
                    [EducationTrainingEmployment], Route.Self),
                new("ESOL for Work",
                    "English for speakers of other languages with a focus on job interviews, payslips and workplace safety.",
                    [EducationTrainingEmployment], Route.Self) { Languages = ["en", "pl", "ro", "ku", "ar"] },
                new("Digital Skills Starter",
                    "Getting online, email, Universal Credit journals and job sites, with a loan laptop.",
                    [EducationTrainingEmployment, FinanceBenefitDebt], Route.Self),
            ],
        },
        new("Fruit Market Training Kitchen", Vcse, "Fruit Market",
            "Social-enterprise restaurant training people with convictions for jobs in hospitality.")
        {
            Services =
            [
                new("Professional Cookery Traineeship",
                    "Twelve-week traineeship in a working kitchen, finishing with a Level 2 food hygiene certificate and a guaranteed interview.",
                    [EducationTrainingEmployment, Lifestyle], Route.Practitioner),
            ],
            Placements =
            [
                new("Kitchen porter work trial", WorkTrial,
                    "Two-week paid trial as a kitchen porter during lunch and dinner service, with a job offer for good attenders.",
                    [Cooking, Teamwork]),
            ],
        },
        new("Second Chance Trades Academy", EducationProvider, "Hessle Road",
            "Construction training centre specialising in learners with convictions.")
        {
            Services =
            [
                new("Site Safety Card Course",
                    "Five-day health and safety course and test for a construction site card.",
                    [EducationTrainingEmployment], Route.Practitioner),
                new("Bricklaying and Joinery Taster",
                    "Four-week taster in bricklaying, joinery and plastering, leading on to an apprenticeship.",
                    [EducationTrainingEmployment], Route.Self),
            ],
            Placements =
            [
                new("Site labourer work trial", WorkTrial,
                    "Labouring on a housing refurbishment site with the academy's contractor partners.",
                    [Diy, Teamwork, Driving]),
            ],
        },
        new("Kingston Adult Learning College", EducationProvider, "Newington",
            "Community college running daytime and evening courses for adults.")
        {
            Services =
            [
                new("Access to Higher Education",
                    "One-year evening course that leads to university, with careers advice about disclosing convictions.",
                    [EducationTrainingEmployment], Route.Self) { MinAge = 19 },
                new("Counselling Skills Level 2",
                    "Ten-week introduction to listening and counselling skills; popular with people moving into peer work.",
                    [EducationTrainingEmployment], Route.Self),
                new("Driving Theory Support",
                    "Help to prepare for the theory test, including for people with dyslexia or low literacy.",
                    [EducationTrainingEmployment, Lifestyle], Route.Self),
            ],
        },
        new("Estuary Works Employment Hub", Vcse, "Marfleet",
            "Employment charity working with employers on the east Hull docks and industrial estates.")
        {
            Services =
            [
                new("Job Brokerage",
                    "Matches job-ready people with fair-chance employers on the docks, in logistics and in food processing.",
                    [EducationTrainingEmployment], Route.Practitioner),
                new("Fifty Plus Back to Work",
                    "Job search support for people over fifty, including help with health conditions at work.",
                    [EducationTrainingEmployment], Route.Self) { MinAge = 50 },
                new("Disclosure Advice Clinic",
                    "Help to explain convictions to employers and to work out when they become spent.",
                    [EducationTrainingEmployment, AttitudesThinkingBehaviour], Route.Self),
            ],
        },
        new("Humber Youth Futures", Vcse, "Orchard Park",
            "Youth charity working with young adults aged 18 to 25 in north Hull.")
        {
            Services =
            [
                new("Choices and Consequences Group",
                    "Group for young adults on probation about peer pressure, impulsivity and the people they spend time with.",
                    [AttitudesThinkingBehaviour, Lifestyle], Route.Practitioner) { MinAge = 18, MaxAge = 25, ByAndFor = [Community.YoungAdults] },
                new("Youth Employment Coach",
                    "One-to-one coaching into apprenticeships, college and first jobs.",
                    [EducationTrainingEmployment], Route.Self) { MinAge = 18, MaxAge = 25, ByAndFor = [Community.YoungAdults] },
                new("Young Adults Housing Support",
                    "Help for young adults leaving care or custody to find and keep a first home.",
                    [Accommodation], Route.Agency) { MinAge = 18, MaxAge = 25, ByAndFor = [Community.YoungAdults] },
            ],
            Placements =
            [
                new("Youth club refurbishment", UnpaidWork,
                    "Painting, flooring and furniture assembly in the youth club's main hall and kitchen.",
                    [Diy, Art]) { ChildFacing = true },
            ],
        },
        new("Docklands Recycling Company", Employer, "Victoria Dock",
            "Waste recycling company with a fair-chance recruitment policy.")
        {
            Services =
            [
                new("Forklift Licence Training",
                    "Counterbalance forklift training and licence for candidates on the company's recruitment pathway.",
                    [EducationTrainingEmployment], Route.Practitioner),
            ],
            Placements =
            [
                new("Recycling yard work trial", WorkTrial,
                    "Sorting and baling on the recycling line, with a permanent job for people who complete the trial.",
                    [Teamwork, Driving]),
            ],
        },
        new("Northern Timber Pallets", Employer, "Stoneferry",
            "Pallet maker and timber recycler that has recruited from prisons for many years.")
        {
            Services =
            [
                new("Paid Work Placement Scheme",
                    "Six-month paid placements for people on licence, with a mentor on the shop floor.",
                    [EducationTrainingEmployment], Route.Practitioner),
            ],
            Placements =
            [
                new("Pallet yard work trial", WorkTrial,
                    "Repairing and stacking pallets in the yard; steel-toe boots provided.",
                    [Diy, Teamwork]),
            ],
        },
        new("Eastbank Logistics", Employer, "Marfleet",
            "Distribution warehouse near the docks that recruits through a ban-the-box scheme.")
        {
            Services =
            [
                new("Warehouse Academy",
                    "Two-week pre-employment course in picking, packing and warehouse safety with a guaranteed interview.",
                    [EducationTrainingEmployment], Route.Agency),
            ],
        },
        new("Coastline Catering", Employer, "Withernsea",
            "Seafront café and catering business that takes on seasonal staff every spring.")
        {
            Services =
            [
                new("Seasonal Hospitality Jobs",
                    "Spring and summer jobs in the café and at events, with training for people new to hospitality.",
                    [EducationTrainingEmployment], Route.Self),
            ],
        },
        new("Cottingham Garden Centre Co-operative", Employer, "Cottingham",
            "Worker-owned garden centre and plant nursery.")
        {
            Services =
            [
                new("Horticulture Traineeship",
                    "Paid traineeship in the plant nursery with a Level 1 horticulture qualification.",
                    [EducationTrainingEmployment, MentalHealth], Route.Practitioner),
            ],
        },
    ];
}
