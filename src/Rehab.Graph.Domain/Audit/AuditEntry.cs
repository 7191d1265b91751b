using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Domain.Audit;

/// <summary>
/// One line of the audit trail: who (role; <see cref="ActorId"/>, the first known of the user, practitioner or
/// organisation they act as; and each of the three as the token named it), did what, to which item, when; for listings,
/// the item before and after as JSON. Entries written before the three were kept have only <see cref="ActorId"/>.
/// </summary>
public sealed record AuditEntry(
    string Id,
    DateTimeOffset At,
    string ActorRole,
    string? ActorId,
    string Action,
    string TargetId,
    string? Summary,
    string? Before,
    string? After,
    string? ActorUserId,
    string? ActorPractitionerId,
    string? ActorOrganisationId)
{
    public static AuditEntry For(Caller caller, DateTimeOffset at, string action, string targetId, string? summary = null, string? before = null, string? after = null) =>
        new($"aud-{Guid.CreateVersion7(at):N}", at, Taxonomy.EnumCodes.ToCode(caller.Role), caller.ActorId, action, targetId, summary, before, after,
            caller.Subject, caller.PractitionerId, caller.OrganisationId);
}

/// <summary>The actions the trail records, as stored.</summary>
public static class AuditActions
{
    public const string PersonRead = "PERSON_READ";
    public const string PersonUpdated = "PERSON_UPDATED";
    public const string CaseloadRead = "CASELOAD_READ";
    public const string ReferralCreated = "REFERRAL_CREATED";
    public const string ServiceUpserted = "SERVICE_UPSERTED";
    public const string PlacementUpserted = "PLACEMENT_UPSERTED";
    public const string MentorUpserted = "MENTOR_UPSERTED";
    public const string ServiceStatusSet = "SERVICE_STATUS_SET";
    public const string OrganisationUpserted = "ORGANISATION_UPSERTED";
    public const string PractitionerUpserted = "PRACTITIONER_UPSERTED";
    public const string OffenderManagerAssigned = "OFFENDER_MANAGER_ASSIGNED";
    public const string ServiceImported = "SERVICE_IMPORTED";
    public const string CaseReferred = "CASE_REFERRED";
    public const string CaseTaken = "CASE_TAKEN";
    public const string CaseContacted = "CASE_CONTACTED";
    public const string CaseAssessed = "CASE_ASSESSED";
    public const string CaseBooked = "CASE_BOOKED";
    public const string CaseBriefed = "CASE_BRIEFED";
    public const string PlanRead = "PLAN_READ";
    public const string SocialCapitalRead = "SOCIAL_CAPITAL_READ";
    public const string GoalAdded = "GOAL_ADDED";
    public const string GoalStatusSet = "GOAL_STATUS_SET";
    public const string PlanStepAdded = "PLAN_STEP_ADDED";
    public const string PlanStepStatusSet = "PLAN_STEP_STATUS_SET";
    public const string PlanStepCommented = "PLAN_STEP_COMMENTED";
    public const string PlanReviewed = "PLAN_REVIEWED";
    public const string MentorAssigned = "MENTOR_ASSIGNED";
    public const string MentorReleased = "MENTOR_RELEASED";
    public const string TransitionChecked = "TRANSITION_CHECKED";
    public const string TransitionRecorded = "TRANSITION_RECORDED";
    public const string TransitionsRead = "TRANSITIONS_READ";
    public const string FundRead = "FUND_READ";
    public const string FundAllocated = "FUND_ALLOCATED";
    public const string FundSpent = "FUND_SPENT";
    public const string FundRefunded = "FUND_REFUNDED";
    public const string ProjectCreated = "PROJECT_CREATED";
    public const string ProjectJoined = "PROJECT_JOINED";
    public const string ProjectStatusSet = "PROJECT_STATUS_SET";
    public const string GrantAwarded = "GRANT_AWARDED";
    public const string GrantSpent = "GRANT_SPENT";
    public const string GrantRefunded = "GRANT_REFUNDED";

    public static string Referral(Referrals.ReferralAction action) => action switch
    {
        Referrals.ReferralAction.Accept => "REFERRAL_ACCEPTED",
        Referrals.ReferralAction.Decline => "REFERRAL_DECLINED",
        Referrals.ReferralAction.LogAttendance => "REFERRAL_ATTENDANCE_LOGGED",
        Referrals.ReferralAction.LogHours => "REFERRAL_HOURS_LOGGED",
        Referrals.ReferralAction.Complete => "REFERRAL_COMPLETED",
        _ => "REFERRAL_WITHDRAWN",
    };
}
