namespace Rehab.Graph.Web.Pages.Referrals;

/// <summary>Why the offender manager withdraws a referral: required, at most 1000 characters.</summary>
public sealed record WithdrawForm(string? Reason)
{
    public const string Field = "reason";

    public const int MaxLength = 1000;

    public string? ReasonText => string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim();

    public string? Error => ReasonText switch
    {
        null => "Enter why you are withdrawing the referral",
        { Length: > MaxLength } => $"Reason must be {MaxLength} characters or fewer",
        _ => null,
    };
}
