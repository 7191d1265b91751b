using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Features.Funds;

namespace Rehab.Graph.Api.Funds;

/// <summary>Personal funds, answered by <see cref="FundService"/>.</summary>
internal static class FundFields
{
    public static void AddFundFields(this ObjectGraphType query)
    {
        query.Field<FundType>("fund")
            .Description("A person's fund and statement: for their offender manager, a partner of the women's service holding it, an admin, or the person (role PERSON) for their own. Null when there is none yet.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Resolve(c => c.Funds().Fund(c.GetArgument<string>("personId"), c.Caller()).Deferred());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HeldFundType>>>>("fundsHeld")
            .Description("For a partner: the funds its women's service holds for the women it supports, by name; with personId, hers only (empty when it holds none of hers).")
            .Argument<IdGraphType>("personId")
            .WithComplexityImpact(1, FundComplexity.FundsPerOrganisation)
            .ResolveAsync(async c => await c.Funds().HeldAsync(c.GetArgument<string?>("personId"), c.Caller(), c.CancellationToken));
    }

    public static void AddFundMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<FundEntryType>>("allocateFund")
            .Description("An admin allocates money to a person's fund; the first allocation makes the fund and settles who holds it.")
            .Argument<NonNullGraphType<AllocateFundInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<AllocateFundInput>("input");
                return await c.Funds().AllocateAsync(new AllocationRequest(i.PersonId, i.AmountPence, i.HolderOrganisationId, i.Description), c.Caller(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<FundEntryType>>("spendFromFund")
            .Description("The person's offender manager, or a partner of the women's service holding the fund, spends from it on one of the person's ACTIVE goals; beyond the balance is CONFLICT.")
            .Argument<NonNullGraphType<SpendFromFundInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<SpendFromFundInput>("input");
                return await c.Funds().SpendAsync(new SpendRequest(i.PersonId, i.GoalId, i.AmountPence, i.Description), c.Caller(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<FundEntryType>>("refundToFund")
            .Description("Money back into the fund from a spend, by those who may spend it; never more than the spend less what has come back already.")
            .Argument<NonNullGraphType<RefundToFundInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<RefundToFundInput>("input");
                return await c.Funds().RefundAsync(new RefundRequest(i.EntryId, i.AmountPence, i.Description), c.Caller(), c.CancellationToken);
            });
    }

    public static FundService Funds(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<FundService>();
}
