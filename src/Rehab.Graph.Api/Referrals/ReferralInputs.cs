using GraphQL.Types;

namespace Rehab.Graph.Api.Referrals;

public sealed record CreateReferralInput(string PersonId, string? ServiceId, string? PlacementId, IReadOnlyList<string>? Needs, string? Note, int? HoursOrdered);

public sealed class CreateReferralInputType : InputObjectGraphType<CreateReferralInput>
{
    public CreateReferralInputType()
    {
        Name = "CreateReferralInput";
        Description = "A person on your caseload, and exactly one of serviceId or placementId.";
        Field(i => i.PersonId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.ServiceId, typeof(IdGraphType));
        Field(i => i.PlacementId, typeof(IdGraphType));
        Field(i => i.Needs, nullable: true).Description(
            "Need codes referred for; a service must address each. Default: the person's assessed needs that the service addresses (BAD_USER_INPUT when they share none); none for a placement.");
        Field(i => i.Note, nullable: true).Description("For the organisation, up to 1000 characters.");
        Field(i => i.HoursOrdered, nullable: true).Description("For a placement (required): the hours the order asks for, 1 to 300.");
    }
}

/// <summary>Every step's fields; each step's input type declares only its own, so these are properties, not constructor parameters.</summary>
public sealed record ReferralStepInput
{
    public string ReferralId { get; init; } = "";

    public string? Note { get; init; }

    public string? Reason { get; init; }

    public string? Outcome { get; init; }

    public DateOnly? Date { get; init; }

    public bool? Attended { get; init; }

    public double? Hours { get; init; }

    public string? CorrectionReason { get; init; }
}

/// <summary>One input type per step, each with only the fields that step takes.</summary>
public abstract class ReferralStepInputType : InputObjectGraphType<ReferralStepInput>
{
    protected ReferralStepInputType(string name, string description, params string[] fields)
    {
        Name = name;
        Description = description;
        Field(i => i.ReferralId, typeof(NonNullGraphType<IdGraphType>));
        foreach (var field in fields)
        {
            switch (field)
            {
                case "note":
                    Field(i => i.Note, nullable: true).Description("Up to 1000 characters.");
                    break;
                case "reason":
                    Field(i => i.Reason, typeof(NonNullGraphType<StringGraphType>)).Description("Up to 1000 characters.");
                    break;
                case "outcome":
                    Field(i => i.Outcome, typeof(NonNullGraphType<StringGraphType>)).Description("What came of it, up to 1000 characters.");
                    break;
                case "date":
                    Field(i => i.Date, typeof(NonNullGraphType<DateOnlyGraphType>)).Description(
                        "The session's date: between the referral's acceptance and today (UK time), at most 90 days ago, on one of the placement's session days, and today only once its session has started.");
                    break;
                case "correctionReason":
                    Field(i => i.CorrectionReason, nullable: true).Description(
                        "Only for a genuine exception, such as an extra session on another day: why. It lifts the session day, start time and length checks (never the acceptance and today bounds) and is kept in the history and the audit trail. Up to 1000 characters.");
                    break;
                case "attended":
                    Field(i => i.Attended, typeof(NonNullGraphType<BooleanGraphType>));
                    break;
                case "hours":
                    Field(i => i.Hours, typeof(NonNullGraphType<FloatGraphType>)).Description("Hours worked in the session, in quarter hours, at most 12.");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(fields), field, "Unknown referral step field.");
            }
        }
    }
}

public sealed class AcceptReferralInputType() : ReferralStepInputType("AcceptReferralInput", "The organisation takes the referral on.", "note");

public sealed class DeclineReferralInputType() : ReferralStepInputType("DeclineReferralInput", "The organisation cannot take the referral on, and says why.", "reason");

public sealed class LogAttendanceInputType() : ReferralStepInputType(
    "LogAttendanceInput", "A placement session attended or missed, recorded once per session.", "date", "attended", "note", "correctionReason");

public sealed class LogHoursInputType() : ReferralStepInputType(
    "LogHoursInput", "Hours worked at a placement session (attended, not missed); they add up against the hours ordered.", "date", "hours", "note", "correctionReason");

public sealed class CompleteReferralInputType() : ReferralStepInputType("CompleteReferralInput", "The referral is done; a placement only once every ordered hour is logged.", "outcome");

public sealed class WithdrawReferralInputType() : ReferralStepInputType("WithdrawReferralInput", "The offender manager withdraws the referral, and says why.", "reason");
