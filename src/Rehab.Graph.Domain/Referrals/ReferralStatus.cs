namespace Rehab.Graph.Domain.Referrals;

/// <summary>Where a referral stands. Pending, Accepted and InProgress are open; the others are final.</summary>
public enum ReferralStatus
{
    Pending,
    Accepted,
    InProgress,
    Completed,
    Declined,
    Withdrawn,
}

public enum ReferralTargetKind
{
    Service,
    Placement,
}

/// <summary>What can happen to a referral after it is made, and who does it.</summary>
public enum ReferralAction
{
    Accept,
    Decline,
    LogAttendance,
    LogHours,
    Complete,
    Withdraw,
}
