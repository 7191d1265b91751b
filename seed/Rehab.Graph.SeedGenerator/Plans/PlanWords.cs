namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// The words of generated plans: goals as people on probation put them (first person, plain, their own reasons), the
/// steps agreed for them, comments from both sides, and what a review records. "{name}" is who helps with a step.
/// </summary>
public static class PlanWords
{
    public static IReadOnlyList<string> Goals(NeedCode need, bool harmedOthers) => need switch
    {
        NeedCode.Accommodation => ["Get a place of my own with a proper tenancy", "Stop sofa-surfing and have somewhere settled by the spring", "Keep my flat and stay on top of the rent", "Move out of the hostel into somewhere I can have my kids over"],
        NeedCode.EducationTrainingEmployment => ["Get a steady job so I've got a reason to get up", "Get my CSCS card and get on a building site", "Finish a course and have something to put on my CV", "Find work that fits around the school run"],
        NeedCode.Health => ["Get registered with a doctor and sort my health out", "Get fitter and stop getting out of breath on the stairs", "Get my teeth seen to so I can smile in an interview"],
        NeedCode.MentalHealth => ["Feel less anxious when I go out", "Get help with my head before it gets on top of me again", "Sleep properly and stop the panic attacks"],
        NeedCode.Drugs => ["Stay clean and keep away from the people I used with", "Come off the methadone a bit at a time", "Get through a month without using"],
        NeedCode.Alcohol => ["Stay sober so I can keep my job", "Cut down my drinking to weekends only", "Stop drinking in the mornings"],
        NeedCode.FinanceBenefitDebt => ["Get my benefits sorted and stop borrowing off people", "Pay off what I owe bit by bit", "Open a bank account and budget for the month"],
        NeedCode.ChildrenFamilies => ["See my kids every week", "Be a better dad to my boy", "Get contact with my daughter back on track"],
        NeedCode.AttitudesThinkingBehaviour => ["Walk away when I feel myself losing my temper", "Think before I act and stop ending up back here", "Learn to handle it when things don't go my way"],
        NeedCode.AbuseDomesticViolence => harmedOthers
            ? ["Finish the relationships programme and never go back to how I was", "Never make anyone scared of me again"]
            : ["Feel safe at home again", "Get away from him for good and have my own life", "Stop blaming myself for what happened"],
        NeedCode.SexWork => ["Get out of working the streets", "Have money coming in that's safe"],
        NeedCode.Relationships => ["Get on better with my family", "Make friends who aren't into crime", "Have people around me I can trust"],
        NeedCode.Lifestyle => ["Fill my days with something better than hanging about", "Stay away from the old crowd", "Get a routine and stick to it"],
        _ => ["Keep going and stay out of trouble"],
    };

    /// <summary>What a strength of theirs brings to a goal, in their words, as a sentence after it.</summary>
    public static string Because(StrengthCode strength) => strength switch
    {
        StrengthCode.Gardening => "Being in the garden calms me down.",
        StrengthCode.Cooking => "Cooking keeps me busy.",
        StrengthCode.Sport => "Football keeps me straight.",
        StrengthCode.Music => "Music's always got me through.",
        StrengthCode.Faith => "My church is behind me.",
        StrengthCode.Caring => "I looked after my nan for years, so I know I can stick at things.",
        StrengthCode.Diy => "I'm good with my hands.",
        StrengthCode.Art => "Drawing helps me think straight.",
        StrengthCode.Driving => "I've still got my licence.",
        StrengthCode.It => "I'm good on computers.",
        StrengthCode.Animals => "Walking the dog keeps me going.",
        StrengthCode.Writing => "Writing things down helps me.",
        StrengthCode.Teamwork => "I do better with people around me.",
        StrengthCode.Languages => "Speaking two languages will help.",
        StrengthCode.CustomerService => "I'm good with people.",
        StrengthCode.Fishing => "Fishing clears my head.",
        _ => "I can do this.",
    };

    /// <summary>A goal for work that builds on a strength, for a need of education, training and employment.</summary>
    public static string WorkGoal(StrengthCode strength) => strength switch
    {
        StrengthCode.Gardening => "Get work with a landscaping firm",
        StrengthCode.Cooking => "Get a job in a kitchen",
        StrengthCode.Sport => "Get my coaching badge and help out with the juniors",
        StrengthCode.Music => "Get a job at a venue and get back into playing",
        StrengthCode.Faith => "Find work that fits around church",
        StrengthCode.Caring => "Train as a care worker",
        StrengthCode.Diy => "Get work as a labourer and then a joiner",
        StrengthCode.Art => "Do an art course and get into sign-writing",
        StrengthCode.Driving => "Get work as a delivery driver",
        StrengthCode.It => "Get an office job using computers",
        StrengthCode.Animals => "Get work at a kennels or the dog rescue",
        StrengthCode.Writing => "Get my English qualification and go to college",
        StrengthCode.Teamwork => "Get a job in a warehouse team",
        StrengthCode.Languages => "Use my languages at work, maybe interpreting",
        StrengthCode.CustomerService => "Get a job in a shop or café",
        StrengthCode.Fishing => "Get work on the docks or at the fish market",
        _ => "Get a steady job",
    };

    /// <summary>A step at a service: one they go to (the first time, when done; keeping going, when not), or one they are yet to try.</summary>
    public static IReadOnlyList<string> ServiceSteps(bool tie, bool done) => (tie, done) switch
    {
        (true, true) => ["Go along to {name}", "Go to my first session at {name}"],
        (true, false) => ["Keep going to {name} every week"],
        _ => ["Ring {name} and ask about a place", "Book a first appointment with {name}"],
    };

    public static IReadOnlyList<string> PlacementSteps(bool completed) => completed
        ? ["Finish my hours at {name}", "Turn up on time for every session at {name}"]
        : ["Ask about a place at {name}", "Go to a taster day at {name}"];

    public static IReadOnlyList<string> MentorSteps(bool first) => first
        ? ["Meet {name} for a coffee and talk it through", "Go with {name} to the first session"]
        : ["Text {name} before my appointments", "Meet {name} every fortnight"];

    public static IReadOnlyList<string> FamilySteps(NeedCode need) => need switch
    {
        NeedCode.Accommodation => ["Ask my mum if I can stay while the flat is sorted", "Get my brother to help me move my stuff"],
        NeedCode.ChildrenFamilies => ["Ring the kids every Sunday", "Take my boy to the football on Saturday"],
        NeedCode.Relationships => ["Ask my sister round for tea", "Tell my mum how it's really going"],
        NeedCode.Alcohol or NeedCode.Drugs => ["Tell my partner when I'm struggling instead of hiding it", "Spend Friday nights at my mum's instead of the pub"],
        _ => ["Tell my family what I'm working on", "Ask my dad to come with me the first time"],
    };

    public static IReadOnlyList<string> SelfSteps(NeedCode need) => need switch
    {
        NeedCode.Accommodation => ["Fill in the housing register form", "Save £10 a week towards a deposit"],
        NeedCode.EducationTrainingEmployment => ["Write my CV", "Apply for three jobs a week", "Get my ID together for the course"],
        NeedCode.Health => ["Register with a GP", "Walk to my appointments instead of getting the bus"],
        NeedCode.MentalHealth => ["Go for a walk every morning", "Write down what sets me off"],
        NeedCode.Drugs => ["Change my phone number", "Pick up my script on time every week"],
        NeedCode.Alcohol => ["Keep a drink diary", "Stay out of town on a Friday night"],
        NeedCode.FinanceBenefitDebt => ["Open a bank account", "Write down everything I spend for a month"],
        NeedCode.ChildrenFamilies => ["Write to my daughter", "Go to every contact session on time"],
        NeedCode.AttitudesThinkingBehaviour => ["Count to ten and walk away", "Write down what happened when I lost it"],
        _ => ["Make a weekly plan and stick it on the fridge", "Delete the old crowd's numbers"],
    };

    /// <summary>What a person says of a step they have done, with someone (<paramref name="named"/>) or on their own.</summary>
    public static IReadOnlyList<string> PersonDone(bool named) => named
        ? ["Went on Tuesday. Nervous but it was fine.", "They were dead friendly.", "My sister came with me the first time.", "This has really helped, honestly."]
        : ["Done it! Wasn't as bad as I thought.", "Took a while but it's sorted.", "Feels good to tick this one off."];

    /// <summary>What a person says of a step still to do.</summary>
    public static IReadOnlyList<string> PersonStill { get; } =
        ["Struggled this week, will try again.", "Need a hand with the forms for this one.", "Had to miss one because of the bus, back on it now."];

    public static IReadOnlyList<string> OffenderManagerDone { get; } =
        ["Well done, this is a big step.", "Good to hear it went well.", "Great progress: keep it up."];

    /// <summary>What the offender manager says of a step still to do; "{name}" only where a supporter in the graph helps.</summary>
    public static IReadOnlyList<string> OffenderManagerStill(bool named) => named
        ? ["I've let {name} know you're coming.", "I've sent {name} your details; they'll ring you this week."]
        : ["Shout if you need a hand with this one.", "Remember to bring your ID next time."];

    public static IReadOnlyList<string> DroppedComments { get; } =
    [
        "I've thought about it and this isn't for me right now. I'd rather put my energy into the other goals.",
        "Not the right time for this one. We've agreed to park it.",
    ];

    /// <summary>What a person says at a review, by how they rate things from 1 (badly) to 5 (very well).</summary>
    public static IReadOnlyList<string> ReviewComments(int rating) => rating switch
    {
        1 => ["Not a good month, honestly.", "Everything's gone wrong this time."],
        2 => ["Struggling a bit but still turning up.", "Hard few weeks, but I'm still here."],
        3 => ["Getting there.", "Some good days, some bad.", "OK. Could be better, could be worse."],
        4 => ["Things are looking up.", "Feeling more like myself.", "Better than last time."],
        _ => ["Best I've felt in ages.", "Really proud of myself this time."],
    };
}
