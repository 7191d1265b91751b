using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Projects;

/// <summary>
/// The project page's two forms as posted: a status button (run, pause, close) and a spend from its grant, the amount in
/// pounds and pence as typed ("12.50", "£1,200") and what it buys.
/// </summary>
public sealed class ProjectForms
{
    public const int DescriptionMaxLength = 500;

    /// <summary>The hub's limit for one entry, in pence (£5,000).</summary>
    public const int MaxSpendPence = 500_000;

    public string? Status { get; set; }

    public string? Amount { get; set; }

    public string? Description { get; set; }

    public static class Fields
    {
        public const string Status = "status";
        public const string Amount = "amount";
        public const string Description = "description";
    }

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
        var pence = Pence(Amount, errors);
        var description = FormValues.Required(Description, Fields.Description, "Enter what the money is for", DescriptionMaxLength, "What the money is for", errors);
        return errors.Any ? (null, errors) : (new SpendFromGrantInput { ProjectId = projectId, AmountPence = pence!.Value, Description = description! }, errors);
    }

    /// <summary>
    /// Pounds as typed, as whole pence: a pound sign, commas and spaces are allowed, at most two decimal places, from 1p to
    /// £5,000. Read as a decimal, so 0.29 is 29 pence exactly (a double would make it 28.999…).
    /// </summary>
    public static int? Pence(string? amount, FieldErrors errors)
    {
        var text = FormValues.Trimmed(amount)?.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(Fields.Amount, "Enter the amount in pounds, for example 12.50");
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds) || decimal.Round(pounds, 2) != pounds)
        {
            errors.Add(Fields.Amount, "Enter the amount in pounds and pence, for example 12.50");
            return null;
        }

        var pence = pounds * 100;
        if (pence < 1 || pence > MaxSpendPence)
        {
            errors.Add(Fields.Amount, $"The amount must be between £0.01 and {ProjectWords.Pounds(MaxSpendPence)}");
            return null;
        }

        return (int)pence;
    }

    /// <summary>The spend form's field a hub refusal is about.</summary>
    public static string SpendFieldOf(string? hubField) => HubFields.Top(hubField) == "description" ? Fields.Description : Fields.Amount;
}
