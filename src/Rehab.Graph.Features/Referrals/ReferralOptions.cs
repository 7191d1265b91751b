using System.ComponentModel.DataAnnotations;
using Rehab.Graph.Domain.Referrals;

namespace Rehab.Graph.Features.Referrals;

/// <summary>The <c>Referrals</c> configuration section.</summary>
public sealed record ReferralOptions
{
    public const string Section = "Referrals";

    private const string OutOfRange = "Referrals:{0} must be between {1} and {2}.";

    /// <summary>Working days (Monday to Friday) a partner has to accept or decline a referral before it needs attention (NO_RESPONSE).</summary>
    [Range(1, 30, ErrorMessage = OutOfRange)]
    public int ResponseWorkingDays { get; init; } = ReferralAttention.DefaultResponseWorkingDays;
}
