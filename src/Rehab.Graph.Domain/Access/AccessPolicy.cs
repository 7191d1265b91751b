namespace Rehab.Graph.Domain.Access;

/// <summary>A column of the access matrix: a role, or a role with a duty that widens it.</summary>
public enum Actor
{
    Anonymous,
    OffenderManager,
    Partner,

    /// <summary>A partner user with the IJ_COORDINATOR duty: everything a partner may, and what this column grants besides.</summary>
    IjCoordinator,
    Commissioner,
    Referrer,
    Admin,

    /// <summary>A person on probation: their own plan, fund and referrals, and nothing of the directory or anyone else.</summary>
    Person,
}

/// <summary>How far a granted operation reaches; the statements enforce it, starting from the caller's own node.</summary>
public enum Reach
{
    /// <summary>Public directory data, or ad-hoc input: nothing about a stored person.</summary>
    Public,

    /// <summary>Counts and gaps over an area, never a person.</summary>
    Aggregates,

    /// <summary>The people the offender manager supervises.</summary>
    Caseload,

    /// <summary>The caller's own organisation: its listings, the referrals to it.</summary>
    OwnOrganisation,

    /// <summary>The Immediate Justice queue and the cases the caller (or, for a partner, its organisation) coordinates, with their people.</summary>
    CoordinatedCases,

    /// <summary>The Immediate Justice cases the caller's organisation referred.</summary>
    ReferredCases,

    /// <summary>Other offender managers' names, delivery units and work contacts, never whom they supervise.</summary>
    Colleagues,

    /// <summary>Every organisation, practitioner or entry: an admin's.</summary>
    Everything,

    /// <summary>The signed-in person's own plan, fund and referrals.</summary>
    Self,
}

/// <summary>One operation of the API: what it is for ("may ..."), and which actors it is granted to, how far.</summary>
public sealed record Permission(string Operation, string Purpose, IReadOnlyDictionary<Actor, Reach> Grants)
{
    /// <summary>Whether <paramref name="actor"/> may run it at all. A duty adds to its role, so a coordinator may all a partner may.</summary>
    public bool Allows(Actor actor) =>
        Grants.ContainsKey(actor) || (actor == Actor.IjCoordinator && Grants.ContainsKey(Actor.Partner));

    /// <summary>What the matrix says for <paramref name="actor"/>: OK, or the error code a refusal carries.</summary>
    public string Outcome(Actor actor) => Allows(actor) ? "OK" : actor == Actor.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN";
}

/// <summary>A permission checked for one caller: as which actor it was granted, how far it reaches, and the ids that scope it.</summary>
public sealed record Grant(Permission Permission, Actor Actor, Reach Reach, Caller Caller)
{
    /// <summary>The offender manager's practitioner id, for a caseload grant.</summary>
    public string PractitionerId => Caller.PractitionerId ?? throw new InvalidOperationException($"A {Actor} grant names no practitioner.");

    /// <summary>The partner's or referrer's organisation id, for an organisation-scoped grant.</summary>
    public string OrganisationId => Caller.OrganisationId ?? throw new InvalidOperationException($"A {Actor} grant names no organisation.");

    /// <summary>Who coordinates cases, for a grant as offender manager or coordinator.</summary>
    public CaseCoordinator Coordinator => Caller.Coordinator ?? throw new InvalidOperationException($"A {Actor} grant coordinates no cases.");

    /// <summary>Whether the grant reaches what <paramref name="organisationId"/> owns: every organisation's, or the caller's own.</summary>
    public bool Covers(string organisationId) =>
        Reach == Reach.Everything || (Reach == Reach.OwnOrganisation && Caller.OrganisationId == organisationId);
}

/// <summary>
/// Who may do what, as data: one <see cref="Permission"/> per operation of the API. Feature operations check it
/// with <see cref="Require"/>; <c>docs/access.md</c>'s matrix and the access-matrix test are drawn from <see cref="All"/>.
/// </summary>
public static class AccessPolicy
{
    public static readonly Permission Node = Everyone("node", "read the public directory");

    public static readonly Permission Needs = Everyone("needs", "read the public directory");

    public static readonly Permission Services = Everyone("services", "read the public directory");

    public static readonly Permission Organisations = Everyone("organisations", "read the public directory");

    public static readonly Permission Placements = Everyone("placements", "read the public directory");

    public static readonly Permission Mentors = Everyone("mentors", "read the public directory");

    public static readonly Permission ConnectProfile = Everyone("connectProfile", "run connect with an ad-hoc profile");

    public static readonly Permission ConnectPerson = Granted("connectPerson", "connect by personId",
        (Actor.OffenderManager, Reach.Caseload), (Actor.IjCoordinator, Reach.CoordinatedCases));

    public static readonly Permission Person = Granted("person", "read a person's record", (Actor.OffenderManager, Reach.Caseload));

    public static readonly Permission UpdatePerson = Granted("updatePerson", "change a person's record", (Actor.OffenderManager, Reach.Caseload));

    public static readonly Permission People = Granted("people", "list a caseload", (Actor.OffenderManager, Reach.Caseload));

    public static readonly Permission ProvisionGaps = Granted("provisionGaps", "read provision gaps",
        (Actor.OffenderManager, Reach.Aggregates), (Actor.Partner, Reach.Aggregates), (Actor.Commissioner, Reach.Aggregates),
        (Actor.Referrer, Reach.Aggregates), (Actor.Admin, Reach.Aggregates));

    public static readonly Permission NeedCounts = Granted("needCounts", "read need counts", (Actor.Commissioner, Reach.Aggregates), (Actor.Admin, Reach.Aggregates));

    public static readonly Permission Evaluation = Granted("evaluation", "read the evaluation", (Actor.Commissioner, Reach.Aggregates), (Actor.Admin, Reach.Aggregates));

    public static readonly Permission Referral = Granted("referral", "read referrals", (Actor.OffenderManager, Reach.Caseload), (Actor.Partner, Reach.OwnOrganisation));

    public static readonly Permission Referrals = Granted("referrals", "read referrals", (Actor.OffenderManager, Reach.Caseload), (Actor.Partner, Reach.OwnOrganisation));

    public static readonly Permission AuditTrail = Granted("auditTrail", "read the audit trail", (Actor.Admin, Reach.Everything));

    public static readonly Permission Practitioners = Granted("practitioners", "list practitioners", (Actor.Admin, Reach.Everything));

    public static readonly Permission CreateReferral = Granted("createReferral", "refer a person", (Actor.OffenderManager, Reach.Caseload));

    public static readonly Permission AcceptReferral = ReferralAnswer("acceptReferral", "accept a referral");

    public static readonly Permission DeclineReferral = ReferralAnswer("declineReferral", "decline a referral");

    public static readonly Permission LogAttendance = ReferralAnswer("logAttendance", "log attendance");

    public static readonly Permission LogHours = ReferralAnswer("logHours", "log hours");

    public static readonly Permission CompleteReferral = ReferralAnswer("completeReferral", "complete a referral");

    /// <summary>An offender manager withdraws a referral of their caseload; a coordinator the Immediate Justice booking of a case it coordinates.</summary>
    public static readonly Permission WithdrawReferral = Granted("withdrawReferral", "withdraw a referral",
        (Actor.OffenderManager, Reach.Caseload), (Actor.IjCoordinator, Reach.CoordinatedCases));

    public static readonly Permission UpsertService = Listing("upsertService", "manage listings");

    public static readonly Permission UpsertPlacement = Listing("upsertPlacement", "manage listings");

    public static readonly Permission UpsertMentor = Listing("upsertMentor", "manage listings");

    public static readonly Permission SetServiceStatus = Listing("setServiceStatus", "manage listings");

    public static readonly Permission ImportServices = Listing("importServices", "import services");

    /// <summary>A refinement of <c>services</c>, not an operation of its own: listing one organisation's closed services to reopen them.</summary>
    public static readonly Permission ClosedServices = Listing("services(includeClosed)", "list an organisation's closed services");

    public static readonly Permission UpsertOrganisation = Granted("upsertOrganisation", "manage organisations", (Actor.Admin, Reach.Everything));

    public static readonly Permission UpsertPractitioner = Granted("upsertPractitioner", "manage practitioners", (Actor.Admin, Reach.Everything));

    public static readonly Permission AssignOffenderManager = Granted("assignOffenderManager", "assign offender managers", (Actor.Admin, Reach.Everything));

    public static readonly Permission ImmediateJusticeCase = CaseRead("immediateJusticeCase");

    public static readonly Permission ImmediateJusticeCases = CaseRead("immediateJusticeCases");

    public static readonly Permission ReferForImmediateJustice = Granted("referForImmediateJustice", "refer for Immediate Justice", (Actor.Referrer, Reach.ReferredCases));

    public static readonly Permission TakeImmediateJusticeCase = CaseStep("takeImmediateJusticeCase", "take an Immediate Justice case");

    public static readonly Permission RecordCaseContact = CaseStep("recordCaseContact", "coordinate an Immediate Justice case");

    public static readonly Permission RecordRiskAssessment = CaseStep("recordRiskAssessment", "coordinate an Immediate Justice case");

    public static readonly Permission BookImmediateJusticePlacement = CaseStep("bookImmediateJusticePlacement", "book a placement for an Immediate Justice case");

    public static readonly Permission RecordSafetyBriefing = CaseStep("recordSafetyBriefing", "coordinate an Immediate Justice case");

    public static readonly Permission Me = Granted("me", "see your own plan, referrals and fund", (Actor.Person, Reach.Self));

    public static readonly Permission Plan = PlanWork("plan", "read a person's plan");

    public static readonly Permission SocialCapitalHistory = PlanWork("socialCapitalHistory", "read a person's social capital over time");

    /// <summary>A person's own goal is PROPOSED until their offender manager agrees it (<see cref="SetGoalStatus"/>).</summary>
    public static readonly Permission AddGoal = PlanWork("addGoal", "add a goal to a plan");

    public static readonly Permission SetGoalStatus = Granted("setGoalStatus", "agree, achieve or drop a goal", (Actor.OffenderManager, Reach.Caseload));

    public static readonly Permission AddPlanStep = Granted("addPlanStep", "agree a step of a plan", (Actor.OffenderManager, Reach.Caseload));

    public static readonly Permission SetPlanStepStatus = Granted("setPlanStepStatus", "mark a step done or dropped", (Actor.OffenderManager, Reach.Caseload));

    public static readonly Permission CommentOnPlanStep = PlanWork("commentOnPlanStep", "comment on a step of a plan");

    /// <summary>A person records their own rating and comment; only the offender manager writes the summary.</summary>
    public static readonly Permission RecordPlanReview = PlanWork("recordPlanReview", "record a plan review");

    public static readonly Permission AssignMentor = Granted("assignMentor", "assign a mentor", (Actor.OffenderManager, Reach.Caseload));

    public static readonly Permission ReleaseMentor = Granted("releaseMentor", "release a mentor", (Actor.OffenderManager, Reach.Caseload));

    /// <summary>
    /// Transitions are the offender manager's: they know the person's circumstances. A handover is theirs to make for a
    /// person on their caseload; an admin moves people between caseloads with <see cref="AssignOffenderManager"/>.
    /// </summary>
    public static readonly Permission CheckTransition = Granted("transitionCheck", "check a transition", (Actor.OffenderManager, Reach.Caseload));

    public static readonly Permission RecordTransition = Granted("recordTransition", "record a transition", (Actor.OffenderManager, Reach.Caseload));

    /// <summary>Whom to hand a person over to: an offender manager sees their colleagues; an admin has <see cref="Practitioners"/>.</summary>
    public static readonly Permission Colleagues = Granted("colleagues", "list offender managers to hand over to", (Actor.OffenderManager, Reach.Colleagues));

    /// <summary>The units to find a colleague in, and which is the caller's own: no more about anyone than <see cref="Colleagues"/> gives.</summary>
    public static readonly Permission DeliveryUnits = Granted("deliveryUnits", "list the delivery units of offender managers", (Actor.OffenderManager, Reach.Colleagues));

    public static readonly Permission Transitions = Granted("transitions", "read a person's transitions", (Actor.OffenderManager, Reach.Caseload));

    /// <summary>A person's fund: their offender manager's, the holding women's service's (that fund only), an admin's, and the person's own.</summary>
    public static readonly Permission Fund = Granted("fund", "read a person's fund",
        (Actor.OffenderManager, Reach.Caseload), (Actor.Partner, Reach.OwnOrganisation), (Actor.Admin, Reach.Everything), (Actor.Person, Reach.Self));

    /// <summary>A women's service lists the funds it holds, to spend them; every other fund reader reaches a fund by the person.</summary>
    public static readonly Permission FundsHeld = Granted("fundsHeld", "list the funds your organisation holds", (Actor.Partner, Reach.OwnOrganisation));

    public static readonly Permission AllocateFund = Granted("allocateFund", "allocate money to a fund", (Actor.Admin, Reach.Everything));

    /// <summary>The person's offender manager, or a partner of the women's service holding the fund.</summary>
    public static readonly Permission SpendFromFund = FundSpending("spendFromFund", "spend from a fund");

    public static readonly Permission RefundToFund = FundSpending("refundToFund", "refund a spend to a fund");

    public static readonly Permission Projects = Everyone("projects", "read the public directory");

    /// <summary>A person on probation starts one with themselves as founder; an offender manager with people from their caseload.</summary>
    public static readonly Permission CreateProject = Granted("createProject", "start a co-produced project",
        (Actor.OffenderManager, Reach.Caseload), (Actor.Admin, Reach.Everything), (Actor.Person, Reach.Self));

    /// <summary>A person on probation joins one themselves; an offender manager adds someone from their caseload.</summary>
    public static readonly Permission JoinProject = Granted("joinProject", "add a member to a project",
        (Actor.OffenderManager, Reach.Caseload), (Actor.Admin, Reach.Everything), (Actor.Person, Reach.Self));

    /// <summary>The offender manager of one of its members, or an admin.</summary>
    public static readonly Permission SetProjectStatus = Granted("setProjectStatus", "run, pause or close a project",
        (Actor.OffenderManager, Reach.Caseload), (Actor.Admin, Reach.Everything));

    public static readonly Permission AwardGrant = Granted("awardGrant", "award a project a grant", (Actor.Admin, Reach.Everything));

    /// <summary>The offender manager of one of its members approves a spend, or an admin.</summary>
    public static readonly Permission SpendFromGrant = Granted("spendFromGrant", "spend from a project's grant",
        (Actor.OffenderManager, Reach.Caseload), (Actor.Admin, Reach.Everything));

    public static readonly Permission RefundToGrant = Granted("refundToGrant", "refund to a project's grant",
        (Actor.OffenderManager, Reach.Caseload), (Actor.Admin, Reach.Everything));

    /// <summary>Every operation, in the order the matrix lists them.</summary>
    public static IReadOnlyList<Permission> All { get; } =
    [
        Node, Needs, Services, Organisations, Placements, Mentors, ConnectProfile, ConnectPerson, Person, People, UpdatePerson, ProvisionGaps, NeedCounts, Evaluation, Referral, Referrals, AuditTrail, Practitioners,
        CreateReferral, AcceptReferral, DeclineReferral, LogAttendance, LogHours, CompleteReferral, WithdrawReferral,
        UpsertService, UpsertPlacement, UpsertMentor, SetServiceStatus, ImportServices, UpsertOrganisation, UpsertPractitioner, AssignOffenderManager,
        ImmediateJusticeCase, ImmediateJusticeCases, ReferForImmediateJustice, TakeImmediateJusticeCase, RecordCaseContact, RecordRiskAssessment,
        BookImmediateJusticePlacement, RecordSafetyBriefing,
        Me, Plan, SocialCapitalHistory, AddGoal, SetGoalStatus, AddPlanStep, SetPlanStepStatus, CommentOnPlanStep, RecordPlanReview,
        AssignMentor, ReleaseMentor, CheckTransition, RecordTransition, Transitions, Colleagues, DeliveryUnits,
        Fund, FundsHeld, AllocateFund, SpendFromFund, RefundToFund,
        Projects, CreateProject, JoinProject, SetProjectStatus, AwardGrant, SpendFromGrant, RefundToGrant,
    ];

    /// <summary>The actors a caller acts as, most specific first: a partner's duty before its role.</summary>
    public static IReadOnlyList<Actor> ActorsOf(Caller caller) => caller switch
    {
        { Role: CallerRole.Anonymous } => [Actor.Anonymous],
        { Role: CallerRole.OffenderManager } => [Actor.OffenderManager],
        { Role: CallerRole.Partner, Duty: CallerDuty.IjCoordinator } => [Actor.IjCoordinator, Actor.Partner],
        { Role: CallerRole.Partner } => [Actor.Partner],
        { Role: CallerRole.Commissioner } => [Actor.Commissioner],
        { Role: CallerRole.Referrer } => [Actor.Referrer],
        { Role: CallerRole.Admin } => [Actor.Admin],
        { Role: CallerRole.Person } => [Actor.Person],
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller.Role, "A role the policy does not know."),
    };

    /// <summary>
    /// The grant <paramref name="caller"/> holds for <paramref name="permission"/>: UNAUTHENTICATED without a token,
    /// FORBIDDEN when no actor of theirs is granted it. Which person, case or organisation it reaches is the grant's scope.
    /// </summary>
    public static Grant Require(this Caller caller, Permission permission)
    {
        foreach (var actor in ActorsOf(caller))
        {
            if (permission.Grants.TryGetValue(actor, out var reach))
            {
                return new Grant(permission, actor, reach, caller);
            }
        }

        if (caller.Role == CallerRole.Person && permission.Grants.ContainsKey(Actor.Anonymous))
        {
            throw new ForbiddenException($"Signed in as a person on probation, you may see your own plan, fund and referrals only; to {permission.Purpose}, sign out.");
        }

        var who = Who(permission);
        throw caller.Role == CallerRole.Anonymous
            ? new UnauthenticatedException($"Sign in to {permission.Purpose}: only {who} may.")
            : new ForbiddenException($"Only {who} may {permission.Purpose}.");
    }

    /// <summary>Whether <paramref name="caller"/> holds <paramref name="permission"/> at all: for a field shown only to those who do, never refused.</summary>
    public static bool Holds(this Caller caller, Permission permission) => ActorsOf(caller).Any(permission.Grants.ContainsKey);

    /// <summary>Whether <paramref name="caller"/> holds <paramref name="permission"/> over what <paramref name="organisationId"/> owns; never throws.</summary>
    public static bool MayReach(this Caller caller, Permission permission, string organisationId) =>
        ActorsOf(caller).Where(permission.Grants.ContainsKey).Select(a => new Grant(permission, a, permission.Grants[a], caller)).FirstOrDefault()?.Covers(organisationId) == true;

    /// <summary>The actors granted a permission, in words: "offender managers, partner organisations and admins".</summary>
    public static string Who(Permission permission) => Names(permission.Grants.Keys);

    /// <summary>Actors in words, the last joined with "and": "offender managers, partner organisations and admins".</summary>
    public static string Names(IEnumerable<Actor> actors)
    {
        var names = actors.Select(Name).ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }

    public static string Name(Actor actor) => actor switch
    {
        Actor.Anonymous => "anyone",
        Actor.OffenderManager => "offender managers",
        Actor.Partner => "partner organisations",
        Actor.IjCoordinator => "Immediate Justice coordinators",
        Actor.Commissioner => "commissioners",
        Actor.Referrer => "referring agencies",
        Actor.Admin => "admins",
        Actor.Person => "people on probation",
        _ => throw new ArgumentOutOfRangeException(nameof(actor), actor, null),
    };

    /// <summary>
    /// Granted to everyone who works with the directory, signed in or not. Not to a person on probation, whose
    /// sign-in opens their own plan and nothing else: the directory is for those who connect them to it.
    /// </summary>
    private static Permission Everyone(string operation, string purpose) =>
        new(operation, purpose, Enum.GetValues<Actor>().Where(a => a != Actor.Person).ToDictionary(a => a, _ => Reach.Public));

    private static Permission Granted(string operation, string purpose, params (Actor Actor, Reach Reach)[] grants) =>
        new(operation, purpose, grants.ToDictionary(g => g.Actor, g => g.Reach));

    private static Permission ReferralAnswer(string operation, string purpose) => Granted(operation, purpose, (Actor.Partner, Reach.OwnOrganisation));

    private static Permission Listing(string operation, string purpose) =>
        Granted(operation, purpose, (Actor.Partner, Reach.OwnOrganisation), (Actor.Admin, Reach.Everything));

    private static Permission CaseRead(string operation) => Granted(operation, "read Immediate Justice cases",
        (Actor.OffenderManager, Reach.CoordinatedCases), (Actor.IjCoordinator, Reach.CoordinatedCases), (Actor.Referrer, Reach.ReferredCases));

    /// <summary>Plan work the person shares with their offender manager: each reaches the plan of the person in question only.</summary>
    private static Permission PlanWork(string operation, string purpose) =>
        Granted(operation, purpose, (Actor.OffenderManager, Reach.Caseload), (Actor.Person, Reach.Self));

    /// <summary>Money out of a fund and back: the person's offender manager, or a partner of the organisation holding it (the statements check which).</summary>
    private static Permission FundSpending(string operation, string purpose) =>
        Granted(operation, purpose, (Actor.OffenderManager, Reach.Caseload), (Actor.Partner, Reach.OwnOrganisation));

    private static Permission CaseStep(string operation, string purpose) =>
        Granted(operation, purpose, (Actor.OffenderManager, Reach.CoordinatedCases), (Actor.IjCoordinator, Reach.CoordinatedCases));
}
