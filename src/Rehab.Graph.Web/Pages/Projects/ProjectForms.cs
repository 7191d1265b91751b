using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Funds;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Projects;

/// <summary>
/// The project page's forms as posted: a status button (run, pause, close); a spend from its grant, the amount in pounds
/// and pence as typed ("12.50", "£1,200") and what it buys; a refund to the grant from one of its spends; an admin's
/// award; and a member added from the offender manager's caseload. Each form's fields have ids of their own, since one
/// page holds them all.
/// </summary>
public sealed class ProjectForms
{
    public const int DescriptionMaxLength = 500;

    /// <summary>The hub's limit for one entry, in pence (£5,000), as for a personal fund's.</summary>
    public const int MaxSpendPence = FundMoney.MaxEntryPence;

    /// <summary>The most a grant may hold, in pence (£50,000).</summary>
    public const int MaxGrantPence = 5_000_000;

    public string? Status { get; set; }

    public string? Amount { get; set; }

    public string? Description { get; set; }

    public string? RefundOf { get; set; }

    public string? RefundAmount { get; set; }

    public string? RefundDescription { get; set; }

    public string? AwardAmount { get; set; }

    public string? AwardDescription { get; set; }

    public string? Member { get; set; }

    public static class Fields
    {
        public const string Status = "status";
        public const string Amount = "amount";
        public const string Description = "description";
        public const string RefundOf = "refundOf";
        public const string RefundAmount = "refundAmount";
        public const string RefundDescription = "refundDescription";
        public const string AwardAmount = "awardAmount";
        public const string AwardDescription = "awardDescription";
        public const string Member = "member";
    }

    public static IReadOnlyList<string> FieldOrder { get; } =
    [
        Fields.Status, Fields.Member, Fields.Amount, Fields.Description, Fields.RefundOf, Fields.RefundAmount, Fields.RefundDescription,
        Fields.AwardAmount, Fields.AwardDescription,
    ];

    public (SetProjectStatusInput? Input, FieldErrors Errors) StatusChange(string projectId)
    {
        var errors = new FieldErrors();
        if (HubCodes.Parse<ProjectStatus>(Status) is not { } status)
        {
            errors.Add(Fields.Status, "Choose what happens to the project with one of its buttons");
            return (null, errors);
        }

        return (new SetProjectStatusInput { ProjectId = projectId, Status = status }, errors);
    }

    public (SpendFromGrantInput? Input, FieldErrors Errors) Spend(string projectId)
    {
        var errors = new FieldErrors();
        var pence = FundMoney.Pence(Amount, Fields.Amount, errors);
        var description = FormValues.Required(Description, Fields.Description, "Enter what the money is for", DescriptionMaxLength, "What the money is for", errors);
        return errors.Any ? (null, errors) : (new SpendFromGrantInput { ProjectId = projectId, AmountPence = pence!.Value, Description = description! }, errors);
    }

    /// <summary>Money back into the grant from one of its spends: never more than the spend less what came back already (the hub checks).</summary>
    public (RefundToGrantInput? Input, FieldErrors Errors) Refund()
    {
        var errors = new FieldErrors();
        var entry = FormValues.Trimmed(RefundOf);
        if (!People.PersonalPageModel.IsId(entry))
        {
            errors.Add(Fields.RefundOf, "Select the spend the money comes back from");
        }

        var pence = FundMoney.Pence(RefundAmount, Fields.RefundAmount, errors);
        var description = FormValues.Optional(RefundDescription, Fields.RefundDescription, DescriptionMaxLength, "Why it comes back", errors);
        return errors.Any ? (null, errors) : (new RefundToGrantInput { EntryId = entry!, AmountPence = pence!.Value, Description = description }, errors);
    }

    public (AwardGrantInput? Input, FieldErrors Errors) Award(string projectId)
    {
        var errors = new FieldErrors();
        var pence = FundMoney.Pence(AwardAmount, Fields.AwardAmount, errors);
        var description = FormValues.Optional(AwardDescription, Fields.AwardDescription, DescriptionMaxLength, "What the grant is for", errors);
        return errors.Any ? (null, errors) : (new AwardGrantInput { ProjectId = projectId, AmountPence = pence!.Value, Description = description }, errors);
    }

    public (JoinProjectInput? Input, FieldErrors Errors) Join(string projectId)
    {
        var errors = new FieldErrors();
        var person = FormValues.Trimmed(Member);
        if (!People.PersonalPageModel.IsId(person))
        {
            errors.Add(Fields.Member, "Select who joins the project");
            return (null, errors);
        }

        return (new JoinProjectInput { ProjectId = projectId, PersonId = person! }, errors);
    }

    /// <summary>The spend form's field a hub refusal is about.</summary>
    public static string SpendFieldOf(string? hubField) => HubFields.Top(hubField) == "description" ? Fields.Description : Fields.Amount;

    /// <summary>The refund form's field a hub refusal is about: its spend, or its amount (more than can come back, say).</summary>
    public static string RefundFieldOf(string? hubField) => HubFields.Top(hubField) switch
    {
        "entryId" => Fields.RefundOf,
        "description" => Fields.RefundDescription,
        _ => Fields.RefundAmount,
    };

    /// <summary>The award form's field a hub refusal is about: its amount (more than a grant may hold, say) unless its description.</summary>
    public static string AwardFieldOf(string? hubField) => HubFields.Top(hubField) == "description" ? Fields.AwardDescription : Fields.AwardAmount;
}
