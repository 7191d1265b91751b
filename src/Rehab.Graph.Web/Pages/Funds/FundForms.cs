using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Projects;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>Money as the fund pages and a project's grant read and show it: one entry is at most £5,000 in both ledgers.</summary>
public static class FundMoney
{
    /// <summary>The hub's limit for one entry, in pence (£5,000).</summary>
    public const int MaxEntryPence = 500_000;

    public const int DescriptionMaxLength = 500;

    /// <summary>Pence as pounds: 1250 is "£12.50", whole pounds without pence ("£300").</summary>
    public static string Pounds(int pence) => ProjectWords.Pounds(pence);

    /// <summary>
    /// Pounds as typed, as whole pence: a pound sign, commas and spaces are allowed, at most two decimal places, from 1p to
    /// £5,000; the error goes beside <paramref name="field"/>. Read as a decimal, so 0.29 is 29 pence exactly.
    /// </summary>
    public static int? Pence(string? amount, string field, FieldErrors errors)
    {
        var text = FormValues.Trimmed(amount)?.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(field, "Enter the amount in pounds, for example 12.50");
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds))
        {
            errors.Add(field, "Enter the amount in pounds and pence, for example 12.50");
            return null;
        }

        if (decimal.Round(pounds, 2) != pounds)
        {
            errors.Add(field, "Enter the amount with no more than two numbers after the point, for example 12.50");
            return null;
        }

        var pence = pounds * 100;
        if (pence < 1 || pence > MaxEntryPence)
        {
            errors.Add(field, $"The amount must be between £0.01 and {Pounds(MaxEntryPence)}");
            return null;
        }

        return (int)pence;
    }
}

/// <summary>The spend form as posted: one of the person's active goals, the amount in pounds and what it buys.</summary>
public sealed class SpendForm
{
    public string? Goal { get; set; }

    public string? Amount { get; set; }

    public string? Description { get; set; }

    public static class Fields
    {
        public const string Goal = "goal";
        public const string Amount = "amount";
        public const string Description = "description";

        public static IReadOnlyList<string> InPageOrder { get; } = [Goal, Amount, Description];
    }

    public (SpendFromFundInput? Input, FieldErrors Errors) Validate(string personId, IReadOnlyCollection<string> activeGoalIds)
    {
        var errors = new FieldErrors();
        var goal = FormValues.Trimmed(Goal);
        if (goal is null || !activeGoalIds.Contains(goal))
        {
            errors.Add(Fields.Goal, "Choose the goal the money is for");
        }

        var pence = FundMoney.Pence(Amount, Fields.Amount, errors);
        var description = FormValues.Required(Description, Fields.Description, "Enter what the money buys", FundMoney.DescriptionMaxLength, "What the money buys", errors);
        return errors.Any
            ? (null, errors)
            : (new SpendFromFundInput { PersonId = personId, GoalId = goal!, AmountPence = pence!.Value, Description = description! }, errors);
    }

    /// <summary>The form's field a hub refusal is about: the goal, the description, or else the amount.</summary>
    public static string FieldOf(string? hubField) => HubFields.Top(hubField) switch
    {
        "goalId" => Fields.Goal,
        "description" => Fields.Description,
        _ => Fields.Amount,
    };
}

/// <summary>The refund form as posted: the amount coming back in pounds, and why (optional).</summary>
public sealed class RefundForm
{
    public string? Amount { get; set; }

    public string? Description { get; set; }

    public static class Fields
    {
        public const string Amount = "amount";
        public const string Description = "description";

        public static IReadOnlyList<string> InPageOrder { get; } = [Amount, Description];
    }

    public (RefundToFundInput? Input, FieldErrors Errors) Validate(string entryId)
    {
        var errors = new FieldErrors();
        var pence = FundMoney.Pence(Amount, Fields.Amount, errors);
        var description = FormValues.Optional(Description, Fields.Description, FundMoney.DescriptionMaxLength, "Why the money came back", errors);
        return errors.Any ? (null, errors) : (new RefundToFundInput { EntryId = entryId, AmountPence = pence!.Value, Description = description }, errors);
    }

    public static string FieldOf(string? hubField) => HubFields.Top(hubField) == "description" ? Fields.Description : Fields.Amount;
}

/// <summary>The admin's allocation form as posted: whose fund, how much, what for, and optionally the women's service to hold it.</summary>
public sealed class AllocateForm
{
    public string? Person { get; set; }

    public string? Amount { get; set; }

    public string? Description { get; set; }

    public string? Holder { get; set; }

    public static class Fields
    {
        public const string Person = "person";
        public const string Amount = "amount";
        public const string Description = "description";
        public const string Holder = "holder";

        public static IReadOnlyList<string> InPageOrder { get; } = [Person, Amount, Description, Holder];
    }

    public string? PersonId => FormValues.Trimmed(Person);

    public (AllocateFundInput? Input, FieldErrors Errors) Validate(IReadOnlyCollection<string> womensServices)
    {
        var errors = new FieldErrors();
        var person = PersonId;
        if (person is null || !People.PersonalPageModel.IsId(person))
        {
            errors.Add(Fields.Person, "Enter the person's id, like per-0001");
        }

        var pence = FundMoney.Pence(Amount, Fields.Amount, errors);
        var description = FormValues.Optional(Description, Fields.Description, FundMoney.DescriptionMaxLength, "What the money is for", errors);
        var holder = FormValues.Trimmed(Holder);
        if (holder is not null && !womensServices.Contains(holder))
        {
            errors.Add(Fields.Holder, "Choose a women's service from the list, or their offender manager");
        }

        return errors.Any
            ? (null, errors)
            : (new AllocateFundInput { PersonId = person!, AmountPence = pence!.Value, Description = description, HolderOrganisationId = holder }, errors);
    }

    public static string FieldOf(string? hubField) => HubFields.Top(hubField) switch
    {
        "personId" => Fields.Person,
        "holderOrganisationId" => Fields.Holder,
        "description" => Fields.Description,
        _ => Fields.Amount,
    };
}
