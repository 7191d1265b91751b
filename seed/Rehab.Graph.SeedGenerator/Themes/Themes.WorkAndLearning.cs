using static Rehab.Graph.SeedGenerator.NeedCode;
using static Rehab.Graph.SeedGenerator.OrganisationKind;
using static Rehab.Graph.SeedGenerator.PlacementKind;
using static Rehab.Graph.SeedGenerator.StrengthCode;
using Route = Rehab.Graph.SeedGenerator.ReferralRoute;

namespace Rehab.Graph.SeedGenerator;

public static partial class Themes
{
    private static IReadOnlyList<OrganisationTheme> WorkAndLearning =>
    [
        new(EducationProvider, 2.5,
            ["{town} Skills Exchange", "{town} Adult Learning College", "{area} Learning Centre", "{river} Community College"],
            ["Adult education provider offering functional skills, ESOL and short vocational courses."])
        {
            InTownCentre = true,
            Services =
            [
                new("English and Maths Functional Skills", "Small-group English and maths from entry level to Level 2, starting every month.",
                    [EducationTrainingEmployment], Route.Self),
                new("ESOL for Work", "English for speakers of other languages with a focus on job interviews, payslips and workplace safety.",
                    [EducationTrainingEmployment], Route.Self) { InCommunityLanguage = true },
                new("Digital Skills Starter", "Getting online, email, Universal Credit journals and job sites, with a loan laptop.",
                    [EducationTrainingEmployment, FinanceBenefitDebt], Route.Self),
                new("Access to Higher Education", "One-year evening course that leads to university, with careers advice about disclosing convictions.",
                    [EducationTrainingEmployment], Route.Self) { MinAge = 19 },
                new("Counselling Skills Level 2", "Ten-week introduction to listening and counselling skills; popular with people moving into peer work.",
                    [EducationTrainingEmployment], Route.Self),
                new("Driving Theory Support", "Help to prepare for the theory test, including for people with dyslexia or low literacy.",
                    [EducationTrainingEmployment, Lifestyle], Route.Self),
                new("Women's ESOL Class", "English classes for women with a crèche alongside.",
                    [EducationTrainingEmployment], Route.Self) { WomenOnly = true, InCommunityLanguage = true },
            ],
        },
        new(EducationProvider, 1.5,
            ["{town} Trades Academy", "Second Chance Trades {town}", "{river} Construction Skills Centre"],
            ["Construction training centre specialising in learners with convictions."])
        {
            Services =
            [
                new("Site Safety Card Course", "Five-day health and safety course and test for a construction site card.",
                    [EducationTrainingEmployment], Route.Practitioner),
                new("Bricklaying and Joinery Taster", "Four-week taster in bricklaying, joinery and plastering, leading on to an apprenticeship.",
                    [EducationTrainingEmployment], Route.Self),
                new("Women in Trades", "Women-only taster courses in plumbing, electrics and decorating.",
                    [EducationTrainingEmployment], Route.Self) { WomenOnly = true },
            ],
            Placements =
            [
                new("Site labourer work trial", WorkTrial, "Labouring on a housing refurbishment site with the academy's contractor partners.",
                    [Diy, Teamwork, Driving]),
            ],
        },
        new(Vcse, 3,
            ["{town} Works Employment Hub", "{emblem} Employment Charity", "{area} Jobs and Skills Hub", "{river} Employment Trust"],
            ["Employment charity working with fair-chance employers on {town}'s industrial estates."])
        {
            Services =
            [
                new("Job Brokerage", "Matches job-ready people with fair-chance employers in logistics, food processing and construction.",
                    [EducationTrainingEmployment], Route.Practitioner),
                new("Fifty Plus Back to Work", "Job search support for people over fifty, including help with health conditions at work.",
                    [EducationTrainingEmployment], Route.Self) { MinAge = 50 },
                new("Disclosure Advice Clinic", "Help to explain convictions to employers and to work out when they become spent.",
                    [EducationTrainingEmployment, AttitudesThinkingBehaviour], Route.Self),
                new("CV and Interview Workshop", "Half-day workshop on CVs, application forms and interviews, with a free haircut voucher.",
                    [EducationTrainingEmployment], Route.Self) { OpeningTimes = "Tue 09:30–13:00" },
                new("Self-Employment Starter", "Business planning, bookkeeping and start-up grants for people who want to work for themselves.",
                    [EducationTrainingEmployment, FinanceBenefitDebt], Route.Self),
            ],
        },
        new(Vcse, 2,
            ["{town} Youth Futures", "{area} Young Adults Project", "{emblem} Youth Trust"],
            ["Youth charity working with young adults aged 18 to 25 in {town}."])
        {
            Services =
            [
                new("Choices and Consequences Group", "Group for young adults on probation about peer pressure, impulsivity and the people they spend time with.",
                    [AttitudesThinkingBehaviour, Lifestyle], Route.Practitioner) { MinAge = 18, MaxAge = 25 },
                new("Youth Employment Coach", "One-to-one coaching into apprenticeships, college and first jobs.",
                    [EducationTrainingEmployment], Route.Self) { MinAge = 18, MaxAge = 25 },
                new("Young Adults Housing Support", "Help for young adults leaving care or custody to find and keep a first home.",
                    [Accommodation], Route.Agency) { MinAge = 18, MaxAge = 25 },
                new("Young Women's Group", "Weekly group for young women on relationships, confidence and staying safe.",
                    [Relationships, MentalHealth], Route.Self) { MinAge = 18, MaxAge = 25, WomenOnly = true },
                new("Young Adults Mentoring", "Mentoring for young adults, focused on education, work and staying out of trouble.",
                    [Lifestyle, EducationTrainingEmployment], Route.Practitioner) { MinAge = 18, MaxAge = 25 },
            ],
            Placements =
            [
                new("Youth club refurbishment", UnpaidWork, "Painting, flooring and furniture assembly in the youth club's main hall and kitchen.",
                    [Diy, Art]) { ChildFacing = true },
            ],
        },
        new(Vcse, 1.5,
            ["{town} Training Kitchen", "{street} Kitchen", "{emblem} Café and Bakery"],
            ["Social-enterprise restaurant training people with convictions for jobs in hospitality."])
        {
            Services =
            [
                new("Professional Cookery Traineeship", "Twelve-week traineeship in a working kitchen, finishing with a Level 2 food hygiene certificate and a guaranteed interview.",
                    [EducationTrainingEmployment, Lifestyle], Route.Practitioner),
                new("Barista Course", "Two-week barista course with a week's paid work in the café.",
                    [EducationTrainingEmployment], Route.Self),
            ],
            Placements =
            [
                new("Kitchen porter work trial", WorkTrial, "Two-week paid trial as a kitchen porter during lunch and dinner service, with a job offer for good attenders.",
                    [Cooking, Teamwork]),
                new("Front of house work trial", WorkTrial, "Serving customers and taking payments in the café, with a job offer for good attenders.",
                    [CustomerService, Teamwork]),
            ],
        },
        new(Employer, 10,
            ["{area} Logistics", "{town} Recycling Company", "{river} Timber Pallets", "{town} Catering", "{area} Garden Centre Co-operative", "{town} Bakery",
             "{area} Bike Works", "{town} Building Services", "{river} Food Processing", "{town} Removals", "{area} Car Wash and Valeting", "{street} Print Works"],
            [
                "Local employer with a fair-chance recruitment policy.",
                "Family-run business that has recruited from prisons for many years.",
                "Warehouse and distribution business that recruits through a ban-the-box scheme.",
            ])
        {
            PlacementWeight = 0.4,
            Services =
            [
                new("Forklift Licence Training", "Counterbalance forklift training and licence for candidates on the company's recruitment pathway.",
                    [EducationTrainingEmployment], Route.Practitioner),
                new("Paid Work Placement Scheme", "Six-month paid placements for people on licence, with a mentor on the shop floor.",
                    [EducationTrainingEmployment], Route.Practitioner),
                new("Pre-Employment Academy", "Two-week pre-employment course with a guaranteed interview.",
                    [EducationTrainingEmployment], Route.Agency),
                new("Fair-Chance Recruitment Day", "Monthly open day with on-the-spot interviews for people with convictions.",
                    [EducationTrainingEmployment], Route.Self) { OpeningTimes = "First Wed of the month 10:00–14:00" },
            ],
            Placements =
            [
                new("Warehouse work trial", WorkTrial, "Picking, packing and loading on the warehouse floor, with a permanent job for people who complete the trial.",
                    [Teamwork, Driving]),
                new("Yard work trial", WorkTrial, "Sorting, stacking and baling in the yard; steel-toe boots provided.",
                    [Diy, Teamwork]),
                new("Production line work trial", WorkTrial, "Working on the production line alongside an experienced buddy.",
                    [Teamwork]),
                new("Landscaping crew work trial", WorkTrial, "Grass cutting, planting and hard landscaping with a small crew.",
                    [Gardening, Driving]),
            ],
        },
    ];
}
