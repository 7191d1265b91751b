using GraphQL;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.GraphQL;
using GraphQL.Types;
using Rehab.Graph.Domain.Funds;
using Rehab.Graph.Api.Plans;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Api.Funds;

/// <summary>How long a fund's statement grows, for the cost of a query: a few entries a month over an order or licence.</summary>
internal static class FundComplexity
{
    public const double EntriesPerFund = 50;

    /// <summary>The women a women's service holds funds for.</summary>
    public const double FundsPerOrganisation = 50;
}

public sealed class FundType : ObjectGraphType<FundRecord>
{
    public FundType()
    {
        Name = "Fund";
        Description = "A person's personal fund, money that follows their own goals; or a co-produced project's grant. Its entries are its statement.";
        Field(f => f.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<StringGraphType>>("holder")
            .Description("Who holds it: the person's offender manager (a practitioner id), the women's service holding it for her (an organisation id), or, for a grant, the project (a project id).")
            .Resolve(c => c.Source.Holder.Id);
        Field(f => f.BalancePence).Description("What is left, in pence; never below zero.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundEntryType>>>>("entries").Description("The statement, oldest first.")
            .WithComplexityImpact(1, FundComplexity.EntriesPerFund).Resolve(c => c.Source.Entries);
    }
}

public sealed class FundEntryType : ObjectGraphType<FundEntryRecord>
{
    public FundEntryType()
    {
        Name = "FundEntry";
        Description = "One line of a fund's statement.";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.At);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("ALLOCATION, SPEND or REFUND.").Resolve(c => EnumCodes.ToCode(c.Source.Kind));
        Field(e => e.AmountPence).Description("In pence, always more than 0: the kind says which way it moved.");
        Field(e => e.Description, nullable: true);
        Field(e => e.ApprovedBy).Description("Who approved it: the user, practitioner or organisation that made it (the role when the token named none).");
        Field<GoalType>("goal")
            .Description("The goal a spend was for (a refund's is its spend's), for those who may read the person's plan: their offender manager and the person. Null for an allocation, and for others who read the fund, who have goalId.")
            .Resolve(c => c.Source.GoalId is { } goal ? c.Plans().FundGoal(goal, c.Caller()).Deferred() : null);
        Field<IdGraphType>("goalId").Description("The goal a spend is for (a refund's is its spend's); null for an allocation.").Resolve(c => c.Source.GoalId);
        Field<IdGraphType>("refundOf").Description("For a refund, the spend it gives money back from.").Resolve(c => c.Source.RefundOf);
    }
}

public sealed class HeldFundType : ObjectGraphType<HeldFund>
{
    public HeldFundType()
    {
        Name = "HeldFund";
        Description = "A fund the caller's women's service holds for a woman it supports: her id and name (a spend names her), the fund, and the goals a spend needs.";
        Field(h => h.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(h => h.PersonName).Description("Her display name, as her referrals show it.");
        Field<NonNullGraphType<FundType>>("fund").Resolve(c => c.Source.Fund);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundGoalType>>>>("goals")
            .Description("Her ACTIVE goals, which a spend may be for, and any other goal her statement names; in her own words.")
            .WithComplexityImpact(1, PlanComplexity.GoalsPerPlan).Resolve(c => c.Source.Goals);
    }
}

public sealed class FundGoalType : ObjectGraphType<FundGoal>
{
    public FundGoalType()
    {
        Name = "FundGoal";
        Description = "A goal as a fund needs it: its words and status, and nothing else of the plan.";
        Field(g => g.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(g => g.Text);
        Field<NonNullGraphType<GoalStatusType>>("status").Resolve(c => c.Source.Status);
    }
}
