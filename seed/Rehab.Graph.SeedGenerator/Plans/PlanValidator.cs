using Rehab.Graph.Domain;
using DomainIds = Rehab.Graph.Domain.Ids;
using Rehab.Graph.Domain.Funds;
using Rehab.Graph.Domain.Plans;
using Rehab.Graph.Domain.Projects;

namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// What plans.json, funds.json and projects.json must hold for the hub to read them as its own writes: the plan rules, who helps with a
/// step (in the graph, and allowed by the connector's hard rules), honest social capital at every review, versions that
/// count the changes, and funds whose every entry <see cref="FundRules"/> would have allowed in the order written.
/// </summary>
public static class PlanValidator
{
    private const string PersonRole = "PERSON";

    public static DateTimeOffset Cutoff { get; } = new(Eligibility.ReferenceDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static void Validate(Dataset dataset, Action<bool, string> require)
    {
        var people = dataset.People.ToDictionary(p => p.Id);
        var services = dataset.Providers.Services.ToDictionary(s => s.Id);
        var placements = dataset.Providers.Placements.ToDictionary(p => p.Id);
        var organisations = dataset.Providers.Organisations.ToDictionary(o => o.Id);
        var mentored = dataset.Ties.Mentors.Select(m => (m.PersonId, m.MentorId)).ToHashSet();
        var eligibility = new Eligibility(dataset.Providers.Organisations);
        var ties = PersonTies.Of(dataset);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var goals = new Dictionary<string, (string PersonId, PlanGoal Goal)>();

        foreach (var plan in dataset.Plans)
        {
            var where = plan.Id;
            require(people.TryGetValue(plan.PersonId, out var person) && plan.Id == PlanRecord.IdFor(plan.PersonId) && ids.Add(plan.Id), $"{where}: unknown person or a second plan");
            if (person is null)
            {
                continue;
            }

            var profile = Eligibility.Profile(person);
            var changes = plan.Reviews.Count;
            foreach (var goal in plan.Goals)
            {
                where = goal.Id;
                goals[goal.Id] = (plan.PersonId, goal);
                require(ids.Add(goal.Id) && Is(goal.Id, DomainIds.Goal), $"{where}: duplicate id");
                require(PlanRules.Text(goal.Text, PlanRules.MaxGoalText, "text", required: true) == goal.Text && goal.Needs.Count > 0, $"{where}: words or needs");
                require(goal.Needs.All(n => person.Needs.Any(pn => pn.Code == n)) && goal.Strengths.All(person.Strengths.Contains), $"{where}: needs and strengths are the person's");
                require(goal.Status != GoalStatus.Proposed || (goal.ProposedBy == PersonRole && goal.Steps.Count == 0 && goal.UpdatedAt is null), $"{where}: a proposal is the person's, with no steps");
                require(goal.Status != GoalStatus.Achieved || goal.Steps.All(s => s.Status == PlanStepStatus.Done), $"{where}: an achieved goal's steps are done");
                require(Before(goal.CreatedAt) && (goal.UpdatedAt is null || (goal.UpdatedAt > goal.CreatedAt && Before(goal.UpdatedAt.Value))), $"{where}: times");
                changes += 1 + (goal.UpdatedAt is null ? 0 : 1) + (goal.ProposedBy == PersonRole && goal.Status is GoalStatus.Achieved or GoalStatus.Dropped ? 1 : 0);
                foreach (var step in goal.Steps)
                {
                    where = step.Id;
                    require(ids.Add(step.Id) && Is(step.Id, DomainIds.PlanStep), $"{where}: duplicate id");
                    require(PlanRules.Text(step.Text, PlanRules.MaxStepText, "text", required: true) == step.Text, $"{where}: words");
                    require(step.CreatedAt >= (goal.ProposedBy == PersonRole ? goal.UpdatedAt ?? goal.CreatedAt : goal.CreatedAt) && Before(step.CreatedAt), $"{where}: agreed for an active goal");
                    require(step.DueBy is null || PlanRules.DueBy(step.DueBy, DateOnly.FromDateTime(step.CreatedAt.UtcDateTime), "dueBy") == step.DueBy, $"{where}: due date");
                    require((step.Status == PlanStepStatus.Agreed) == (step.UpdatedAt is null) && (step.UpdatedAt is null || (step.UpdatedAt > step.CreatedAt && Before(step.UpdatedAt.Value))), $"{where}: status times");
                    var allowed = step.SupporterKind switch
                    {
                        SupporterKind.Service => step.SupporterId is { } s && services.TryGetValue(s, out var service) && Eligibility.Allows(profile, eligibility.Offer(service)),
                        SupporterKind.Placement => step.SupporterId is { } p && placements.TryGetValue(p, out var placement) && Eligibility.Allows(profile, eligibility.Offer(placement)),
                        SupporterKind.Mentor => step.SupporterId is { } m && mentored.Contains((person.Id, m)),
                        _ => step.SupporterId is null,
                    };
                    require(allowed, $"{where}: who helps is unknown or one the connector would not offer");
                    var tied = ties[person.Id].Attended.Any(a => a.ServiceId == step.SupporterId) || ties[person.Id].Completed.Any(c => c.PlacementId == step.SupporterId)
                        || ties[person.Id].Mentors.Any(m => m.MentorId == step.SupporterId);
                    require(step.Status != PlanStepStatus.Done || step.SupporterId is null || tied, $"{where}: done with a supporter the person has no tie to");
                    changes += 1 + (step.UpdatedAt is null ? 0 : 1) + step.Comments.Count;
                    require(step.Comments.All(c => Before(c.At) && c.At > step.CreatedAt && c.AuthorRole is PersonRole or "OFFENDER_MANAGER"
                        && PlanRules.Text(c.Text, PlanRules.MaxComment, "text", required: true) == c.Text), $"{where}: comments");
                }
            }

            where = plan.Id;
            var formed = ties[person.Id].Formed(plan);
            SocialCapitalCount? previous = null;
            foreach (var review in plan.Reviews)
            {
                require(ids.Add(review.Id) && Before(review.At) && review.At >= plan.CreatedAt, $"{review.Id}: duplicate id or time");
                require(PlanRules.Rating(review.PersonRating, "rating") == review.PersonRating && review.Summary is { Length: > 0 and <= PlanRules.MaxSummary }, $"{review.Id}: rating or summary");
                require(review.SocialCapital == ties[person.Id].CountAt(review.At, formed), $"{review.Id}: social capital is not what the ties that day count");
                require(previous is null || (review.SocialCapital.Bonding >= previous.Bonding && review.SocialCapital.Bridging >= previous.Bridging && review.SocialCapital.Linking >= previous.Linking), $"{review.Id}: social capital fell");
                previous = review.SocialCapital;
            }

            require(plan.Reviews.Count == 0 || plan.Reviews[^1].SocialCapital == ties[person.Id].CountNow(), $"{where}: the last review does not count every tie the person has today");
            require(plan.Version == changes, $"{where}: version {plan.Version} but {changes} changes");
        }

        foreach (var fund in dataset.Funds)
        {
            var where = fund.Id;
            require(people.TryGetValue(fund.PersonId, out var person) && fund.Id == FundRecord.IdFor(fund.PersonId) && ids.Add(fund.Id), $"{where}: unknown person or a second fund");
            if (person is null)
            {
                continue;
            }

            var holderOk = fund.HolderKind == FundHolderKind.OffenderManager
                ? fund.Holder == person.PractitionerId
                : organisations.TryGetValue(fund.Holder, out var holder) && FundRules.WomensServiceKinds.Contains(EnumCodes.ToCode(holder.Kind)) && person.Gender == Gender.Female;
            require(holderOk, $"{where}: held by someone who may not hold it");
            var balance = 0;
            var refunded = new Dictionary<string, int>();
            var spends = new Dictionary<string, FundLine>();
            for (var i = 0; i < fund.Entries.Count; i++)
            {
                var entry = fund.Entries[i];
                where = entry.Id;
                require(ids.Add(entry.Id) && Is(entry.Id, DomainIds.FundEntry) && entry.Seq == i + 1 && Before(entry.At)
                    && (i == 0 || entry.At > fund.Entries[i - 1].At), $"{where}: id, order or time");
                require(FundRules.Description(entry.Description, "description", required: true) == entry.Description, $"{where}: description");
                try
                {
                    FundRules.Amount(entry.AmountPence, "amountPence");
                    switch (entry.Kind)
                    {
                        case FundEntryKind.Allocation:
                            balance = FundRules.Allocate(balance, entry.AmountPence);
                            require(entry.ApprovedBy == FundGenerator.Admin && entry.GoalId is null, $"{where}: an allocation is the admin's, for no goal");
                            break;
                        case FundEntryKind.Spend:
                            balance = FundRules.Spend(balance, entry.AmountPence);
                            spends[entry.Id] = entry;
                            require(entry.GoalId is { } goalId && goals.TryGetValue(goalId, out var goal) && goal.PersonId == fund.PersonId
                                && goal.Goal.Status is GoalStatus.Active or GoalStatus.Achieved && entry.At > ActiveFrom(goal.Goal)
                                && (goal.Goal.Status != GoalStatus.Achieved || entry.At < goal.Goal.UpdatedAt), $"{where}: a spend is for a goal of theirs while it is ACTIVE");
                            break;
                        default:
                            var spend = entry.RefundOf is { } of && spends.TryGetValue(of, out var s) ? s : null;
                            require(spend is not null && entry.GoalId == spend.GoalId, $"{where}: a refund is of an earlier spend, for its goal");
                            if (spend is not null)
                            {
                                balance = FundRules.Refund(balance, new RefundedEntry(spend.Id, spend.Kind, spend.AmountPence, refunded.GetValueOrDefault(spend.Id)), entry.AmountPence, "entryId");
                                refunded[spend.Id] = refunded.GetValueOrDefault(spend.Id) + entry.AmountPence;
                            }

                            break;
                    }
                }
                catch (Exception e) when (e is InvalidInputException or ConflictException)
                {
                    require(false, $"{where}: {e.Message}");
                }

                require(entry.Kind == FundEntryKind.Allocation || entry.ApprovedBy == person.PractitionerId || entry.ApprovedBy == fund.Holder, $"{where}: approved by someone who may not spend it");
            }

            where = fund.Id;
            require(fund.BalancePence == balance && fund.Version == fund.Entries.Count && fund.CreatedAt == fund.Entries[0].At && fund.UpdatedAt == fund.Entries[^1].At, $"{where}: balance, version or times");
        }

        ValidateProjects(dataset, people, ids, require);
    }

    /// <summary>
    /// Each project: founders who exist, have no plan (so every plan's counted social capital stays true) and, for a
    /// women-only one, are women; a grant only once it ran, its entries within <see cref="FundRules"/> in order, an award
    /// the admin's and a spend a founder's offender manager's, and everything before the reference date.
    /// </summary>
    private static void ValidateProjects(Dataset dataset, Dictionary<string, Person> people, HashSet<string> ids, Action<bool, string> require)
    {
        var planned = dataset.Plans.Select(p => p.PersonId).ToHashSet(StringComparer.Ordinal);
        foreach (var project in dataset.Projects)
        {
            var where = project.Id;
            require(Is(project.Id, DomainIds.Project) && ids.Add(project.Id) && Before(project.CreatedAt) && Before(project.UpdatedAt), $"{where}: id or times");
            require(project.Members.Count is > 0 and <= ProjectRules.MaxFounders && project.Needs.Count > 0, $"{where}: founders or needs");
            foreach (var member in project.Members)
            {
                require(people.TryGetValue(member.PersonId, out var person) && !planned.Contains(member.PersonId) && (!project.WomenOnly || person.Gender == Gender.Female),
                    $"{where}: founder {member.PersonId} unknown, with a plan, or not a woman in a women-only project");
            }

            require((project.Grant is null) == (project.Status == ProjectStatus.Proposed), $"{where}: a grant once it runs, and only then");
            if (project.Grant is not { } grant)
            {
                continue;
            }

            var approvers = project.Members.Select(m => people.TryGetValue(m.PersonId, out var p) ? p.PractitionerId : null).ToHashSet();
            var balance = 0;
            for (var i = 0; i < grant.Entries.Count; i++)
            {
                var entry = grant.Entries[i];
                require(ids.Add(entry.Id) && Is(entry.Id, DomainIds.FundEntry) && entry.Seq == i + 1 && Before(entry.At) && (i == 0 || entry.At > grant.Entries[i - 1].At)
                    && entry.At > project.CreatedAt, $"{entry.Id}: id, order or time");
                try
                {
                    FundRules.Amount(entry.AmountPence, "amountPence");
                    balance = entry.Kind == FundEntryKind.Allocation ? FundRules.Allocate(balance, entry.AmountPence) : FundRules.Spend(balance, entry.AmountPence);
                }
                catch (Exception e) when (e is InvalidInputException or ConflictException)
                {
                    require(false, $"{entry.Id}: {e.Message}");
                }

                require(entry.Kind == FundEntryKind.Allocation ? entry.ApprovedBy == FundGenerator.Admin : entry.Kind == FundEntryKind.Spend && approvers.Contains(entry.ApprovedBy),
                    $"{entry.Id}: an award is the admin's, a spend a founder's offender manager's");
            }

            require(grant.Id == ProjectRecord.FundIdFor(project.Id) && grant.BalancePence == balance && grant.Version == grant.Entries.Count, $"{grant.Id}: id, balance or version");
        }
    }

    /// <summary>When a goal became ACTIVE: when it was written, or, for the person's own proposal, when it was agreed.</summary>
    public static DateTimeOffset ActiveFrom(PlanGoal goal) =>
        goal.ProposedBy == PersonRole && goal.Status == GoalStatus.Active ? goal.UpdatedAt!.Value : goal.CreatedAt;

    /// <summary>Whether an id is of the kind the hub's id checks accept (<see cref="DomainIds.Require"/>).</summary>
    private static bool Is(string id, string kind) => id.Length <= DomainIds.MaxLength && id.StartsWith(kind + "-", StringComparison.Ordinal);

    private static bool Before(DateTimeOffset at) => at < Cutoff;
}
