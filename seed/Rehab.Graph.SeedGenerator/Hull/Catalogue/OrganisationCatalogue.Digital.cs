using static Rehab.Graph.SeedGenerator.NeedCode;
using Route = Rehab.Graph.SeedGenerator.ReferralRoute;

namespace Rehab.Graph.SeedGenerator;

public static partial class OrganisationCatalogue
{
    private static IReadOnlyList<OrganisationTemplate> Digital =>
    [
        new("MindStep Online", OrganisationKind.Digital, "City Centre",
            "Digital mental health provider offering computerised CBT and guided self-help with a named coach.")
        {
            Services =
            [
                new("Computerised CBT for Low Mood",
                    "Eight-week computerised CBT course with weekly messages from a wellbeing coach.",
                    [MentalHealth], Route.Self) { Online = true, Languages = ["en", "pl", "ar"] },
                new("Anxiety Self-Help Course",
                    "Self-paced online course on worry, panic and avoidance, with short videos and exercises.",
                    [MentalHealth], Route.Self) { Online = true },
                new("Better Sleep Programme",
                    "Six online sessions of CBT for insomnia.",
                    [MentalHealth, Health], Route.Gp) { Online = true },
            ],
        },
        new("Clearer Thinking Digital", OrganisationKind.Digital, "Old Town",
            "Online learning platform for people on probation, with short interactive modules on thinking and behaviour.")
        {
            Services =
            [
                new("Consequential Thinking Modules",
                    "Interactive modules on stopping and thinking, weighing up consequences and solving problems; progress is shared with the practitioner.",
                    [AttitudesThinkingBehaviour], Route.Practitioner) { Online = true },
                new("Managing Anger Online",
                    "Six short modules on spotting warning signs, calming down and handling conflict.",
                    [AttitudesThinkingBehaviour, Relationships], Route.Practitioner) { Online = true },
                new("Victim Awareness e-Course",
                    "Online course on the impact of crime on victims, families and communities.",
                    [AttitudesThinkingBehaviour], Route.Practitioner) { Online = true },
            ],
        },
        new("Turning Tide Digital Recovery", OrganisationKind.Digital, "Drypool",
            "Online drug and alcohol recovery programmes and a moderated peer community open all hours.")
        {
            Services =
            [
                new("Drink Check Online",
                    "Online alcohol screening and a twelve-week programme for cutting down.",
                    [Alcohol], Route.Self) { Online = true },
                new("Drug Use Self-Help Programme",
                    "Self-guided online programme on cravings, triggers and relapse prevention for drug use.",
                    [Drugs], Route.Self) { Online = true },
                new("Round-the-Clock Recovery Community",
                    "Moderated online peer community and chat rooms for people in recovery.",
                    [Drugs, Alcohol, Lifestyle], Route.Self) { Online = true, OpeningTimes = "Available 24/7" },
            ],
        },
    ];
}
