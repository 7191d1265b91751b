using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Client.Tests;

/// <summary>
/// The fund operations' cases (see <see cref="OperationCases"/>): B. Hussain (per-0095, on prc-07's caseload), whose fund
/// Bransholme Women Together (org-0014) holds in the demo region, read by her offender manager, herself, an admin and
/// a partner of the women's service. Cases that write add a goal of hers, spend small sums
/// and refund them, so no case relies on the fund's balance another left.
/// </summary>
public static class FundOperationCases
{
    private const string Person = "per-0095";

    private const string Holder = "org-0014";

    private static readonly Caller Herself = new(CallerRole.Person, null, null, "b.hussain", PersonId: Person);

    private static readonly Caller WomensService = new(CallerRole.Partner, null, Holder, "s.ahmed");

    /// <summary>An active goal of hers, agreed by prc-07.</summary>
    private static async Task<string> GoalAsync(IRehabGraphClient offenderManager) =>
        (await offenderManager.AddGoalAsync(new() { Input = new() { PersonId = Person, Text = $"Driving lessons {Guid.NewGuid():N}", Needs = ["EDUCATION_TRAINING_EMPLOYMENT"] } })).AddGoal.Id;

    public static IReadOnlyDictionary<string, OperationCase> All { get; } = new Dictionary<string, OperationCase>
    {
        ["FundPage"] = new(OperationCases.OffenderManager, async client =>
        {
            var page = await client.FundPageAsync(new() { PersonId = Person });

            Assert.Equal(("B. Hussain", Holder), (page.Person!.DisplayName, page.Fund!.Holder));
            Assert.Equal("ALLOCATION", page.Fund.Entries[0].Kind);
            Assert.Contains(page.Fund.Entries, e => e.Kind == "SPEND" && page.Plan!.Goals.Any(g => g.Id == e.GoalId));
            Assert.Contains(page.Fund.Entries, e => e.Kind == "REFUND" && e.RefundOf is not null);
        }),
        ["MyFundPage"] = new(Herself, async client =>
        {
            var me = (await client.MyFundPageAsync()).Me!;

            Assert.Equal((Person, Holder), (me.PersonId, me.Fund!.Holder));
            Assert.NotEmpty(me.Plan.Goals);
            Assert.True(me.Fund.Entries.Count >= 4, $"{me.Fund.Entries.Count} entries");
        }),
        ["FundHolder"] = new(OperationCases.OffenderManager, async client =>
        {
            var holder = (await client.FundHolderAsync(new() { Id = Holder })).Node;

            Assert.Equal(("Organisation", "Bransholme Women Together"), (holder!.Typename, holder.Name));
        }),
        ["WomensServices"] = new(OperationCases.Admin, async client =>
        {
            var services = (await client.WomensServicesAsync()).Organisations.Nodes;

            Assert.Contains(services, o => o.Id == Holder && o.Name == "Bransholme Women Together");
        }),
        ["AdminFund"] = new(OperationCases.Admin, async client =>
        {
            var fund = (await client.AdminFundAsync(new() { PersonId = Person })).Fund!;

            Assert.Equal(Holder, fund.Holder);
            Assert.Equal(fund.Entries.Sum(e => e.Kind == "SPEND" ? -e.AmountPence : e.AmountPence), fund.BalancePence);
        }),
        ["PartnerFunds"] = new(WomensService, async client =>
        {
            var held = (await client.PartnerFundsAsync()).FundsHeld;

            var hers = Assert.Single(held, h => h.PersonId == Person);
            Assert.Equal("B. Hussain", hers.PersonName);
            Assert.NotEmpty(hers.Fund.Entries);
            Assert.Equal(held.Select(h => h.PersonName).Order(StringComparer.Ordinal), held.Select(h => h.PersonName));
        }),
        ["PartnerFundPage"] = new(WomensService, async client =>
        {
            var hers = Assert.Single((await client.PartnerFundPageAsync(new() { PersonId = Person })).FundsHeld);
            var notHeld = (await client.PartnerFundPageAsync(new() { PersonId = "per-0001" })).FundsHeld;

            Assert.Equal(("B. Hussain", Holder), (hers.PersonName, hers.Fund.Holder));
            Assert.Contains(hers.Goals, g => g.Status == GoalStatus.Active);
            Assert.All(hers.Fund.Entries.Where(e => e.GoalId is not null), e => Assert.Contains(hers.Goals, g => g.Id == e.GoalId));
            Assert.Empty(notHeld);
        }),
        ["AllocateFund"] = new(OperationCases.Admin, async client =>
        {
            var entry = await client.AllocateFundAsync(new() { Input = new() { PersonId = Person, AmountPence = 500, Description = "Top-up" } });

            Assert.StartsWith("fen-", entry.AllocateFund.Id, StringComparison.Ordinal);
            Assert.Equal(500, entry.AllocateFund.AmountPence);
            Assert.Equal(Holder, (await client.AdminFundAsync(new() { PersonId = Person })).Fund!.Holder);
        }),
        ["SpendFromFund"] = new(OperationCases.OffenderManager, async client =>
        {
            var goal = await GoalAsync(client);
            var before = (await client.FundPageAsync(new() { PersonId = Person })).Fund!.BalancePence;

            var spend = await client.SpendFromFundAsync(new() { Input = new() { PersonId = Person, GoalId = goal, AmountPence = 150, Description = "Theory test" } });

            Assert.Equal(150, spend.SpendFromFund.AmountPence);
            var after = (await client.FundPageAsync(new() { PersonId = Person })).Fund!;
            Assert.Contains(after.Entries, e => e.Id == spend.SpendFromFund.Id && e.GoalId == goal);
            Assert.Equal(before - 150, after.BalancePence);
            await Assert.ThrowsAsync<RehabGraphConflictException>(() =>
                client.SpendFromFundAsync(new() { Input = new() { PersonId = Person, GoalId = goal, AmountPence = 500_000, Description = "More than there is" } }));
        }),
        ["RefundToFund"] = new(OperationCases.OffenderManager, async client =>
        {
            var goal = await GoalAsync(client);
            var spend = (await client.SpendFromFundAsync(new() { Input = new() { PersonId = Person, GoalId = goal, AmountPence = 200, Description = "Highway Code" } })).SpendFromFund.Id;

            var refund = await client.RefundToFundAsync(new() { Input = new() { EntryId = spend, AmountPence = 120, Description = "Bought second-hand" } });

            Assert.Equal(120, refund.RefundToFund.AmountPence);
            await Assert.ThrowsAsync<RehabGraphConflictException>(() => client.RefundToFundAsync(new() { Input = new() { EntryId = spend, AmountPence = 81 } }));
        }),
    };
}
