using GraphQL.Types;
using Rehab.Graph.Domain.Funds;

namespace Rehab.Graph.Api.Funds;

public sealed record AllocateFundInput(string PersonId, int AmountPence, string? HolderOrganisationId, string? Description);

public sealed class AllocateFundInputType : InputObjectGraphType<AllocateFundInput>
{
    public AllocateFundInputType()
    {
        Name = "AllocateFundInput";
        Description = "Money into a person's fund. The first allocation makes the fund: held by the person's offender manager, or by the women's service it names.";
        Field(i => i.PersonId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.AmountPence).Description($"In pence, 1 to {FundRules.MaxEntryPence}; a fund holds at most {FundRules.MaxBalancePence}.");
        Field(i => i.HolderOrganisationId, typeof(IdGraphType)).Description(
            "A women's service (WOMENS_CENTRE) to hold the fund of a woman it supports; its partners then spend it. A later allocation may name only the holder the fund has (else CONFLICT).");
        Field(i => i.Description, nullable: true).Description($"Up to {FundRules.MaxDescription} characters.");
    }
}

public sealed record SpendFromFundInput(string PersonId, string GoalId, int AmountPence, string Description);

public sealed class SpendFromFundInputType : InputObjectGraphType<SpendFromFundInput>
{
    public SpendFromFundInputType()
    {
        Name = "SpendFromFundInput";
        Description = "A spend for one of the person's ACTIVE goals; more than the balance is CONFLICT.";
        Field(i => i.PersonId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.GoalId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.AmountPence).Description($"In pence, 1 to {FundRules.MaxEntryPence}.");
        Field(i => i.Description).Description($"What the money buys, up to {FundRules.MaxDescription} characters.");
    }
}

public sealed record RefundToFundInput(string EntryId, int AmountPence, string? Description);

public class RefundToFundInputType : InputObjectGraphType<RefundToFundInput>
{
    public RefundToFundInputType()
        : this("RefundToFundInput", "Money back into the fund from a SPEND entry: never more than the spend less what has come back from it already (else CONFLICT).")
    {
    }

    protected RefundToFundInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field(i => i.EntryId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.AmountPence).Description($"In pence, 1 to {FundRules.MaxEntryPence}.");
        Field(i => i.Description, nullable: true).Description($"Up to {FundRules.MaxDescription} characters.");
    }
}

/// <summary>A refund to a project's grant takes what a refund to a personal fund takes.</summary>
public sealed class RefundToGrantInputType()
    : RefundToFundInputType("RefundToGrantInput", "Money back into a project's grant from a SPEND entry on it: never more than the spend less what has come back from it already (else CONFLICT).");
