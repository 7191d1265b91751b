using Rehab.Graph.Domain.Funds;

namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// Personal funds for some plan holders, as the hub's writes would leave them: an admin's allocation, spends on goals
/// while they are ACTIVE, now and then a top-up or a refund; each entry within <see cref="FundRules"/>, in time order, never
/// taking the balance below zero. A woman who goes to a women's centre has her fund held by it, its partners spending it.
/// </summary>
public sealed class FundGenerator(Random random, Dataset dataset, PlanChoices choices)
{
    /// <summary>Who allocates: the README's admin user, whose id the hub records on an admin's entries.</summary>
    public const string Admin = "admin";

    private static readonly int[] Allocations = [15_000, 20_000, 25_000, 30_000, 40_000, 50_000];

    public List<PersonalFund> Generate(int count, IReadOnlyList<PersonPlan> plans, IReadOnlyList<ActiveGoal> activeGoals)
    {
        var goals = activeGoals.GroupBy(g => g.PersonId).ToDictionary(g => g.Key, g => g.ToList());
        var people = dataset.People.ToDictionary(p => p.Id);
        var centres = WomensCentres();
        var candidates = plans.Select(p => p.PersonId).Where(goals.ContainsKey).Where(id => id != choices.Showcase).ToArray();
        random.Shuffle(candidates);
        // The showcase first, then the women a women's centre supports, then anyone with a goal to spend on.
        var chosen = candidates.Where(centres.ContainsKey).Concat(candidates.Where(id => !centres.ContainsKey(id))).ToList();
        if (choices.Showcase is { } showcase && goals.ContainsKey(showcase))
        {
            chosen.Insert(0, showcase);
        }

        var holders = chosen.Take(count).ToHashSet();
        return [.. plans.Where(p => holders.Contains(p.PersonId)).Select(p => Fund(people[p.PersonId], p, goals[p.PersonId], centres.GetValueOrDefault(p.PersonId)))];
    }

    /// <summary>The women's centre each woman who goes to one attends (the first, as ties list them).</summary>
    private Dictionary<string, string> WomensCentres()
    {
        var centres = dataset.Providers.Organisations.Where(o => FundRules.WomensServiceKinds.Contains(EnumCodes.ToCode(o.Kind))).Select(o => o.Id).ToHashSet();
        var services = dataset.Providers.Services.Where(s => centres.Contains(s.OrganisationId)).ToDictionary(s => s.Id, s => s.OrganisationId);
        var women = dataset.People.Where(p => p.Gender == Gender.Female).Select(p => p.Id).ToHashSet();
        var supported = new Dictionary<string, string>();
        foreach (var attended in dataset.Ties.Attended.Where(a => women.Contains(a.PersonId) && services.ContainsKey(a.ServiceId)))
        {
            supported.TryAdd(attended.PersonId, services[attended.ServiceId]);
        }

        return supported;
    }

    private PersonalFund Fund(Person person, PersonPlan plan, List<ActiveGoal> goals, string? centre)
    {
        var showcase = person.Id == choices.Showcase;
        var number = person.Id[(person.Id.IndexOf('-') + 1)..];
        var cutoff = new DateTimeOffset(Eligibility.ReferenceDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var first = goals.Min(g => g.From);
        var allocated = first.AddDays(random.Between(2, 9)).AddHours(1);
        var pending = new List<(DateTimeOffset At, FundEntryKind Kind, int Pence, string Description, ActiveGoal? Goal, int RefundOf)>
        {
            (allocated, FundEntryKind.Allocation, random.Pick(Allocations), centre is null ? "Personal budget" : "Personal budget, held by her women's centre", null, -1),
        };
        if (random.Chance(0.25) && plan.Reviews.FirstOrDefault(r => r.At > allocated) is { } review)
        {
            pending.Add((review.At.AddHours(2), FundEntryKind.Allocation, random.Between(2, 4) * 5_000, "Top-up agreed at review", null, -1));
        }

        var spends = showcase ? 3 : random.Between(1, 3);
        for (var i = 0; i < spends; i++)
        {
            var goal = random.Pick(goals);
            var from = (goal.From > allocated ? goal.From : allocated).AddDays(1);
            var until = goal.Until.AddHours(-1);
            if (until <= from)
            {
                continue;
            }

            // A working day's office hours, between the two.
            var day = from.UtcDateTime.Date.AddDays(random.Between(0, (int)(until - from).TotalDays));
            var at = new DateTimeOffset(day, TimeSpan.Zero).AddMinutes(random.Between(9 * 60, 17 * 60));
            if (at < from || at >= until)
            {
                continue;
            }

            var items = Spends(goal.Need);
            var unbought = items.Where(item => !pending.Any(p => p.Description == item.Description)).ToList();
            var (description, least, most, _) = random.Pick(unbought.Count > 0 ? unbought : items);
            pending.Add((at, FundEntryKind.Spend, random.Between(least / 50, most / 50) * 50, description, goal, -1));
        }

        pending.Sort((a, b) => a.At.CompareTo(b.At));
        var entries = new List<FundLine>();
        var balance = 0;
        void Add(DateTimeOffset at, FundEntryKind kind, int pence, string description, string? goalId, string? refundOf, string approvedBy)
        {
            // Entries follow each other as the fund's lock makes them: each a little after the one before.
            var after = entries.Count == 0 ? at : entries[^1].At.AddMinutes(1);
            entries.Add(new FundLine($"fen-{number}-{entries.Count + 1}", at > after ? at : after, kind, pence, description, approvedBy, entries.Count + 1, goalId, refundOf));
        }

        string Spender() => centre is not null && random.Chance(0.7) ? centre : person.PractitionerId;
        foreach (var (at, kind, pence, description, goal, _) in pending)
        {
            if (kind == FundEntryKind.Allocation)
            {
                balance = FundRules.Allocate(balance, FundRules.Amount(pence, "amountPence"));
                Add(at, kind, pence, description, null, null, Admin);
            }
            else if (pence <= balance)
            {
                balance = FundRules.Spend(balance, FundRules.Amount(pence, "amountPence"));
                Add(at, kind, pence, description, goal!.GoalId, null, Spender());
            }
        }

        if ((showcase || random.Chance(0.1)) && entries.FirstOrDefault(e => e.Kind == FundEntryKind.Spend) is { } spend
            && Later(spend.At.AddDays(random.Between(3, 10)), entries[^1].At) is var refunded && refunded < cutoff)
        {
            // All of it back, or about half: a course that moved online costs less.
            var back = random.Chance(0.5) ? spend.AmountPence : spend.AmountPence / 100 * 50;
            balance = FundRules.Refund(balance, new RefundedEntry(spend.Id, spend.Kind, spend.AmountPence, 0), back, "amountPence");
            var reason = Spends(goals.First(g => g.GoalId == spend.GoalId).Need).First(item => item.Description == spend.Description).Refund;
            Add(refunded, FundEntryKind.Refund, back, $"{spend.Description}: {reason}", spend.GoalId, spend.Id, Spender());
        }

        return new PersonalFund(
            FundRecord.IdFor(person.Id), person.Id, centre is null ? FundHolderKind.OffenderManager : FundHolderKind.Organisation, centre ?? person.PractitionerId,
            balance, entries.Count, entries[0].At, entries[^1].At, entries);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b.AddMinutes(30);

    /// <summary>What a personal fund buys for a need, the least and most it costs in pence, and why money might come back.</summary>
    private static IReadOnlyList<(string Description, int Least, int Most, string Refund)> Spends(NeedCode need) => need switch
    {
        NeedCode.Accommodation =>
        [
            ("Bedding, pans and a kettle for the new flat", 6_000, 12_000, "the kettle went back, it was broken"),
            ("Rent in advance for the new tenancy", 20_000, 35_000, "the landlord paid back what housing benefit covered"),
        ],
        NeedCode.EducationTrainingEmployment =>
        [
            ("Steel-toe work boots", 4_500, 7_000, "returned to the shop, wrong size"),
            ("CSCS card test and course fee", 18_000, 25_000, "part of the fee back, the course moved online"),
            ("Interview clothes", 4_000, 8_000, "the jacket went back, it didn't fit"),
        ],
        NeedCode.Health =>
        [
            ("Gym membership, three months", 6_000, 9_000, "the gym refunded a month it was shut"),
            ("Eye test and reading glasses", 2_500, 5_000, "the optician matched a cheaper price"),
        ],
        NeedCode.MentalHealth =>
        [
            ("Bus pass to get to counselling, one month", 6_000, 7_000, "the pass was replaced by a free one from the service"),
            ("Art class fee", 3_000, 6_000, "the last two classes were cancelled"),
        ],
        NeedCode.Drugs or NeedCode.Alcohol =>
        [
            ("Bus pass to get to the recovery group, one month", 6_000, 7_000, "the group started paying fares"),
            ("Cookery course at the recovery café", 4_000, 8_000, "the course was cut short"),
        ],
        NeedCode.FinanceBenefitDebt =>
        [
            ("Replacement birth certificate for ID", 1_100, 1_200, "the council waived the fee"),
            ("Provisional driving licence for ID", 3_400, 3_400, "the application was paid twice"),
        ],
        NeedCode.ChildrenFamilies =>
        [
            ("Train fares to see my kids", 3_000, 6_000, "a visit was called off and the tickets refunded"),
            ("Day out with the kids at the Deep", 4_000, 7_000, "the family ticket was cheaper on the day"),
        ],
        NeedCode.SexWork => [("Mobile phone and credit", 3_000, 5_000, "the phone went back, it was faulty")],
        _ =>
        [
            ("Bus pass, one month", 6_000, 7_000, "the pass was replaced by a free one"),
            ("Football club subs", 3_000, 5_000, "the club cut the fee for the season"),
        ],
    };
}
