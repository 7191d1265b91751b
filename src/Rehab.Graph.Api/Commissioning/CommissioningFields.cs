using GraphQL.Types;
using GraphQL;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Commissioning;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Features.Commissioning;

namespace Rehab.Graph.Api.Commissioning;

/// <summary><c>needCounts</c>: unmet need per area, for those who commission services. Counts only, never a person.</summary>
internal static class CommissioningFields
{
    public static void AddCommissioningFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaNeedCountType>>>>("needCounts")
            .Description($"For commissioners and admins: per postcode district and need, how many people on probation living there have the need and how many of them are not yet connected to support for it. Counts from 1 to {AreaNeedCount.SmallestShown - 1} are withheld (null), and so is any count from which one could be worked out.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("areas", "Postcode districts, e.g. HU3; default all.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("needs", "Need codes; default all.")
            .Argument<StringGraphType>("byAndFor", $"A community ({string.Join(", ", CommunityCodes.All)}): count only the people who want its own services.")
            .Costly()
            .Resolve(c => c.RequestServices!.GetRequiredService<CommissioningService>()
                .NeedCounts(c.GetArgument<List<string>?>("areas"), c.GetArgument<List<string>?>("needs"), c.Caller(), c.GetArgument<string?>("byAndFor")).Deferred());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaEvaluationType>>>>("evaluation")
            .Description($"For commissioners and admins: per postcode district, over a period, what plans, referrals and funds did and how social capital changed. No person is named, and every figure resting on 1 to {AreaNeedCount.SmallestShown - 1} people is withheld (null).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("areas", "Postcode districts, e.g. HU3; default all.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "The first day, UTC.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to", $"The last day, included; at most {EvaluationPeriod.MaxDays} days after from.")
            .Costly()
            .Resolve(c => c.RequestServices!.GetRequiredService<CommissioningService>()
                .Evaluation(c.GetArgument<List<string>?>("areas"), c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"), c.Caller()).Deferred());
    }
}

public sealed class AreaEvaluationType : ObjectGraphType<AreaEvaluation>
{
    public AreaEvaluationType()
    {
        Name = "AreaEvaluation";
        Description = "What was done for people on probation living in one postcode district over a period. Districts with no one in them are not listed.";
        Field(e => e.Area).Description("The postcode district, e.g. HU3.");
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Resolve(c => c.Source.Period.From);
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Resolve(c => c.Source.Period.To);
        Field(e => e.PeopleWithPlans, nullable: true).Description("People with a plan (made at any time).");
        Field(e => e.PeopleWithGoalsMet, nullable: true).Description("People who achieved a goal in the period.");
        Field(e => e.GoalsMet, nullable: true).Description("Goals achieved in the period.");
        Field(e => e.PeopleReferred, nullable: true).Description("People referred in the period.");
        Field(e => e.ReferralsMade, nullable: true).Description("Referrals made in the period.");
        Field(e => e.ReferralsCompleted, nullable: true).Description("Referrals completed in the period.");
        Field(e => e.HoursDone, nullable: true).Description("Hours logged at sessions on days in the period.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedSpendType>>>>("fundSpent")
            .Description("Spent from personal funds in the period, per need of the goals spent on (a goal of two needs counts for both), by need code.")
            .WithComplexityImpact(1, ListComplexity.MaxNeeds)
            .Resolve(c => c.Source.FundSpent);
        Field<NonNullGraphType<SocialCapitalChangeType>>("socialCapital").Resolve(c => c.Source.SocialCapital);
    }
}

public sealed class NeedSpendType : ObjectGraphType<NeedSpend>
{
    public NeedSpendType()
    {
        Name = "NeedSpend";
        Field<NonNullGraphType<NeedType>>("need").Resolve(c => c.Source.Need);
        Field<LongGraphType>("pence").Description("Withheld when 1 to 4 people's funds paid it.").Resolve(c => c.Source.Pence);
        Field(s => s.People, nullable: true).Description("Whose funds paid it.");
    }
}

public sealed class SocialCapitalChangeType : ObjectGraphType<SocialCapitalChange>
{
    public SocialCapitalChangeType()
    {
        Name = "SocialCapitalChange";
        Description = "The mean change in bonding, bridging and linking ties from each person's first snapshot in the period to their last, among people with two or more.";
        Field(s => s.People, nullable: true);
        Field(s => s.Bonding, nullable: true);
        Field(s => s.Bridging, nullable: true);
        Field(s => s.Linking, nullable: true);
    }
}

public sealed class AreaNeedCountType : ObjectGraphType<AreaNeedCount>
{
    public AreaNeedCountType()
    {
        Name = "AreaNeedCount";
        Description = "People on probation with one need in one postcode district. Only districts and needs with someone in them are listed.";
        Field(c => c.Area).Description("The postcode district, e.g. HU3.");
        Field<NonNullGraphType<NeedType>>("need").Resolve(c => c.Source.Need);
        Field<IntGraphType>("people")
            .Description($"How many people living there have the need; null when fewer than {AreaNeedCount.SmallestShown}.")
            .Resolve(c => c.Source.PeopleShown);
        Field<IntGraphType>("unmet")
            .Description($"Of them, how many have no open or completed referral for it and attend no service addressing it; null when 1 to {AreaNeedCount.SmallestShown - 1}, when people is null, and when people minus unmet (those connected) would be 1 to {AreaNeedCount.SmallestShown - 1}.")
            .Resolve(c => c.Source.UnmetShown);
    }
}
