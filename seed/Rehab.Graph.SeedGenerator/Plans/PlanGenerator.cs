using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Plans;

namespace Rehab.Graph.SeedGenerator;

/// <summary>Who a region plans with and shows off: people the README and tests plan with from scratch get no plan; a showcase gets a full one.</summary>
public sealed record PlanChoices(IReadOnlySet<string> Unplanned, string? Showcase)
{
    public static PlanChoices None { get; } = new(new HashSet<string>(), null);
}

/// <summary>A goal's months of being ACTIVE, for spends: money goes to a goal only while it is active.</summary>
public sealed record ActiveGoal(string PersonId, string GoalId, NeedCode Need, DateTimeOffset From, DateTimeOffset Until);

/// <summary>
/// Person-centred plans over the months before <see cref="Eligibility.ReferenceDate"/>: goals in the person's words for
/// their assessed needs and strengths, steps with who helps (what they already use, or what the connector's hard rules
/// would offer them near home, or family, or themselves), comments, and reviews every four to eight weeks whose social
/// capital is counted from the ties that existed that day (<see cref="PersonTies"/>). Each plan's version is the number of
/// changes the hub would have counted writing it.
/// </summary>
public sealed class PlanGenerator
{
    private const string OffenderManager = "OFFENDER_MANAGER";
    private const string PersonRole = "PERSON";

    /// <summary>Needs a placement's work serves, for a step at one.</summary>
    private static readonly HashSet<NeedCode> PlacementNeeds = [NeedCode.EducationTrainingEmployment, NeedCode.AttitudesThinkingBehaviour, NeedCode.Lifestyle];

    private readonly Random _random;
    private readonly Dataset _dataset;
    private readonly PlanChoices _choices;
    private readonly Dictionary<string, PersonTies> _ties;
    private readonly Dictionary<string, Service> _services;
    private readonly Dictionary<string, Placement> _placements;
    private readonly Dictionary<string, Mentor> _mentors;
    private readonly SpatialIndex<(Service Service, Offer Offer)> _localServices;
    private readonly List<(Service Service, Offer Offer)> _onlineServices;
    private readonly SpatialIndex<(Placement Placement, Offer Offer)> _openPlacements;
    private int _laterGoals;
    private readonly DateTimeOffset _cutoff = new(Eligibility.ReferenceDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public PlanGenerator(Random random, Dataset dataset, PlanChoices choices)
    {
        _random = random;
        _dataset = dataset;
        _choices = choices;
        _ties = PersonTies.Of(dataset);
        var (organisations, services, placements) = dataset.Providers;
        var eligibility = new Eligibility(organisations);
        _services = services.ToDictionary(s => s.Id);
        _placements = placements.ToDictionary(p => p.Id);
        _mentors = dataset.Mentors.ToDictionary(m => m.Id);
        var offered = services.Select(s => (Service: s, Offer: eligibility.Offer(s))).ToList();
        _localServices = new SpatialIndex<(Service Service, Offer Offer)>(
            offered.Where(s => !s.Service.Online),
            s => new GeoPoint(s.Service.Lat!.Value, s.Service.Lon!.Value),
            tags: s => NeedBits.Of(s.Service.Needs));
        _onlineServices = [.. offered.Where(s => s.Service.Online)];
        // New steps go to volunteering and work trials with a place today; unpaid work and Immediate Justice are ordered, not planned.
        _openPlacements = new SpatialIndex<(Placement Placement, Offer Offer)>(
            placements.Where(p => p.Kind is PlacementKind.Volunteering or PlacementKind.WorkTrial).Select(p => (Placement: p, Offer: eligibility.CurrentOffer(p))),
            p => new GeoPoint(p.Placement.Lat, p.Placement.Lon));
    }

    public (List<PersonPlan> Plans, List<ActiveGoal> ActiveGoals) Generate(int count)
    {
        var holders = Holders(count);
        var plans = new List<PersonPlan>(holders.Count);
        var active = new List<ActiveGoal>();
        foreach (var person in _dataset.People.Where(p => holders.Contains(p.Id)))
        {
            var (plan, goals) = new PlanBuilder(this, person, person.Id == _choices.Showcase).Build();
            plans.Add(plan);
            active.AddRange(goals);
        }

        return (plans, active);
    }

    /// <summary>The showcase, then people with ties the plan can build on, then anyone, never someone the region keeps unplanned.</summary>
    private HashSet<string> Holders(int count)
    {
        var candidates = _dataset.People.Where(p => !_choices.Unplanned.Contains(p.Id) && p.Id != _choices.Showcase && p.Needs.Count > 0).ToArray();
        _random.Shuffle(candidates);
        var ordered = candidates.Where(p => _ties[p.Id].Any).Concat(candidates.Where(p => !_ties[p.Id].Any)).Select(p => p.Id);
        return [.. (_choices.Showcase is { } showcase ? ordered.Prepend(showcase) : ordered).Take(count)];
    }

    /// <summary>One person's plan, built in time order from its first meeting to the last review.</summary>
    private sealed class PlanBuilder(PlanGenerator generator, Person person, bool showcase)
    {
        private readonly Random _random = generator._random;
        private readonly PersonTies _ties = generator._ties[person.Id];
        private readonly string _number = person.Id[(person.Id.IndexOf('-') + 1)..];
        private readonly HashSet<string> _used = [];
        private readonly HashSet<string> _said = [];
        private readonly List<DateTimeOffset> _changes = [];
        private DateTimeOffset _start;
        private List<DateTimeOffset> _reviews = [];

        private DateTimeOffset Cutoff => generator._cutoff;

        private DateTimeOffset LastReview => _reviews[^1];

        public (PersonPlan Plan, List<ActiveGoal> Active) Build()
        {
            _start = Meeting(Cutoff.AddDays(-(showcase ? 180 : _random.Between(60, 185))));
            for (var at = _start; ;)
            {
                at = Meeting(at.AddDays(showcase ? _random.Between(28, 35) : _random.Between(28, 56)));
                if (at >= Cutoff)
                {
                    break;
                }

                _reviews.Add(at);
            }

            var needs = Needs();
            var goalCount = Math.Min(needs.Count, showcase ? 3 : _random.PickWeighted([(1, 0.3), (2, 0.45), (3, 0.25)]));
            var goals = new List<PlanGoal>();
            var active = new List<ActiveGoal>();
            for (var i = 0; i < goalCount; i++)
            {
                var (goal, span) = Goal(i, needs[i]);
                goals.Add(goal);
                if (span is not null)
                {
                    active.Add(span);
                }
            }

            var reviews = Reviews(goals);
            _changes.AddRange(reviews.Select(r => r.At));
            var plan = new PersonPlan(PlanRecord.IdFor(person.Id), person.Id, _changes.Count, _changes.Min(), _changes.Max(), goals, reviews);
            return (plan, active);
        }

        /// <summary>The needs to plan for: those their ties already serve first, then the most severe.</summary>
        private List<NeedCode> Needs()
        {
            var served = _ties.Attended.SelectMany(a => a.Needs).Concat(_ties.Mentors.SelectMany(m => m.LivedExperience)).ToHashSet();
            var shuffled = person.Needs.ToArray();
            _random.Shuffle(shuffled);
            return [.. shuffled.OrderByDescending(n => served.Contains(EnumCodes.ToCode(n.Code))).ThenByDescending(n => n.Severity).Select(n => n.Code)];
        }

        private (PlanGoal Goal, ActiveGoal? Span) Goal(int index, NeedCode need)
        {
            var id = $"gol-{_number}-{index + 1}";
            var status = showcase ? index switch { 0 => GoalStatus.Active, 1 => GoalStatus.Achieved, _ => GoalStatus.Proposed }
                : index == 0 ? (_random.Chance(0.2) ? GoalStatus.Achieved : GoalStatus.Active)
                // One later goal in thirty is given up: few, as plans are reviewed before they go stale.
                : ++generator._laterGoals % 30 == 0 ? GoalStatus.Dropped
                : _random.PickWeighted([(GoalStatus.Proposed, 0.15), (GoalStatus.Achieved, 0.15), (GoalStatus.Active, 0.7)]);
            var strengths = person.Strengths.Count > 0 && _random.Chance(0.6) ? new List<StrengthCode> { _random.Pick(person.Strengths) } : [];
            var text = strengths.Count == 0 ? _random.Pick(PlanWords.Goals(need, person.RiskFlags.Contains(RiskFlag.DomesticAbusePerpetrator)))
                : need == NeedCode.EducationTrainingEmployment ? $"{PlanWords.WorkGoal(strengths[0])}. {PlanWords.Because(strengths[0])}"
                : $"{_random.Pick(PlanWords.Goals(need, person.RiskFlags.Contains(RiskFlag.DomesticAbusePerpetrator)))}. {PlanWords.Because(strengths[0])}";

            if (status == GoalStatus.Proposed)
            {
                // Proposed by the person since the last review, waiting for their offender manager to agree it.
                var proposed = Between(LastReview.AddHours(2), Cutoff.AddHours(-2), evening: true);
                _changes.Add(proposed);
                return (new PlanGoal(id, text, [need], strengths, status, PersonRole, proposed, null, []), null);
            }

            // Goals are set at the first meeting or at a review before the last, so there is time to work on them.
            var earlier = _reviews.Take(_reviews.Count - 1).ToList();
            var created = index == 0 || earlier.Count == 0 || _random.Chance(0.6) ? _start : _random.Pick(earlier);
            var proposedBy = OffenderManager;
            var activeFrom = created;
            if (index > 0 && status == GoalStatus.Active && _random.Chance(0.15) && earlier.Count > 0)
            {
                // The person's own proposal, agreed at the next review.
                activeFrom = _random.Pick(earlier);
                created = activeFrom.AddDays(-_random.Between(3, 12)).AddHours(7);
                proposedBy = PersonRole;
                _changes.Add(activeFrom);
            }

            _changes.Add(created);
            if (status == GoalStatus.Achieved && activeFrom.AddDays(5) >= LastReview)
            {
                status = GoalStatus.Active;
            }

            var closedAt = status switch
            {
                GoalStatus.Dropped => _reviews.FirstOrDefault(r => r >= activeFrom.AddDays(14)),
                _ => default,
            };
            if (status == GoalStatus.Dropped && closedAt == default)
            {
                status = GoalStatus.Active;
            }

            var steps = Steps(id, need, status, activeFrom, closedAt);
            if (status == GoalStatus.Achieved)
            {
                var lastDone = steps.Max(s => s.UpdatedAt!.Value);
                // Agreed achieved at the first review after the last step was done.
                closedAt = _reviews.First(r => r > lastDone.AddMinutes(30)).AddMinutes(-10);
            }

            if (status is GoalStatus.Achieved or GoalStatus.Dropped)
            {
                _changes.Add(closedAt);
            }

            var goal = new PlanGoal(id, text, [need], strengths, status, proposedBy, created, status is GoalStatus.Achieved or GoalStatus.Dropped ? closedAt : proposedBy == PersonRole ? activeFrom : null, steps);
            var span = status is GoalStatus.Active or GoalStatus.Achieved
                ? new ActiveGoal(person.Id, id, need, activeFrom, status == GoalStatus.Achieved ? closedAt : Cutoff)
                : null;
            return (goal, span);
        }

        private List<PlanStep> Steps(string goalId, NeedCode need, GoalStatus status, DateTimeOffset created, DateTimeOffset dropped)
        {
            var count = showcase ? 3 : _random.PickWeighted([(1, 0.3), (2, 0.45), (3, 0.25)]);
            var tied = TiedSupporter(need);
            var fresh = status == GoalStatus.Achieved ? null : FreshSupporter(need);
            var plan = new List<(SupporterKind Kind, string? Id, string Name)>();
            if (tied is not null)
            {
                plan.Add(tied.Value);
            }
            else if (fresh is not null)
            {
                plan.Add(fresh.Value);
                fresh = null;
            }

            while (plan.Count < count)
            {
                if (plan.Count == 2 && fresh is not null)
                {
                    plan.Add(fresh.Value);
                    fresh = null;
                    continue;
                }

                var kind = plan.Any(p => p.Kind == SupporterKind.Self) ? SupporterKind.Family : _random.Chance(0.6) ? SupporterKind.Self : SupporterKind.Family;
                if (plan.Any(p => p.Kind == kind))
                {
                    break;
                }

                plan.Add((kind, null, ""));
            }

            var steps = new List<PlanStep>();
            for (var j = 0; j < plan.Count; j++)
            {
                var (kind, supporterId, name) = plan[j];
                steps.Add(Step($"stp-{_number}-{goalId[(goalId.LastIndexOf('-') + 1)..]}-{j + 1}", need, status, created, dropped, kind, supporterId, name, j == 0));
            }

            return steps;
        }

        private PlanStep Step(string id, NeedCode need, GoalStatus goalStatus, DateTimeOffset created, DateTimeOffset dropped, SupporterKind kind, string? supporterId, string name, bool firstStep)
        {
            var tie = supporterId is not null && IsTie(supporterId);

            // A tie's step is done before the last review, so the last review counts every tie the person has today.
            var doneBy = tie || goalStatus == GoalStatus.Achieved ? LastReview.AddDays(-1) : Cutoff.AddHours(-2);
            var status = goalStatus switch
            {
                GoalStatus.Dropped => PlanStepStatus.Dropped,
                GoalStatus.Achieved => PlanStepStatus.Done,
                _ when supporterId is not null && !tie => PlanStepStatus.Agreed,
                _ when created.AddDays(3) >= doneBy => PlanStepStatus.Agreed,
                _ => _random.Chance(tie ? (showcase ? 1 : 0.75) : 0.5) ? PlanStepStatus.Done : PlanStepStatus.Agreed,
            };
            // A done step at something they use is their first time there: the day the tie formed.
            var first = status == PlanStepStatus.Done;
            var words = kind switch
            {
                SupporterKind.Service => PlanWords.ServiceSteps(tie, first),
                SupporterKind.Placement => PlanWords.PlacementSteps(tie),
                SupporterKind.Mentor => PlanWords.MentorSteps(first),
                SupporterKind.Family => PlanWords.FamilySteps(need),
                _ => PlanWords.SelfSteps(need),
            };
            // One plan says each thing once, where it has the words to.
            var unsaid = words.Select(w => w.Replace("{name}", name, StringComparison.Ordinal)).Where(w => !_said.Contains(w)).ToList();
            var text = _random.Pick(unsaid.Count > 0 ? unsaid : [.. words.Select(w => w.Replace("{name}", name, StringComparison.Ordinal))]);
            _said.Add(text);
            DateTimeOffset? updated = status switch
            {
                // The showcase's ties form between its reviews, so its chart has something to show.
                PlanStepStatus.Done => Between(showcase && tie && _reviews.Count > 2 ? _reviews[0].AddDays(1) : created.AddDays(3), doneBy, evening: false),
                PlanStepStatus.Dropped => dropped.AddMinutes(-20),
                _ => null,
            };
            var due = status == PlanStepStatus.Agreed
                ? Eligibility.ReferenceDate.AddDays(_random.Between(7, 63))
                : DateOnly.FromDateTime(created.UtcDateTime).AddDays(_random.Between(14, 42));
            DateOnly? dueBy = kind is SupporterKind.Family or SupporterKind.Self && _random.Chance(0.2) ? null : due;

            _changes.Add(created);
            if (updated is { } changed)
            {
                _changes.Add(changed);
            }

            return new PlanStep(id, text, dueBy, status, kind, supporterId, created, updated, Comments(status, created, updated, name, supporterId is not null, firstStep));
        }

        private List<PlanStepComment> Comments(PlanStepStatus status, DateTimeOffset created, DateTimeOffset? updated, string name, bool named, bool firstStep)
        {
            var comments = new List<PlanStepComment>();
            void Add(DateTimeOffset at, string role, string text)
            {
                if (at < Cutoff)
                {
                    comments.Add(new PlanStepComment(at, role, text.Replace("{name}", name, StringComparison.Ordinal)));
                    _changes.Add(at);
                }
            }

            switch (status)
            {
                case PlanStepStatus.Done:
                    if (_random.Chance(showcase ? 1 : 0.6))
                    {
                        Add(updated!.Value.AddHours(-3), PersonRole, _random.Pick(PlanWords.PersonDone(named)));
                    }

                    if (_random.Chance(showcase ? 1 : 0.5))
                    {
                        Add(NextWorkingDay(updated!.Value), OffenderManager, _random.Pick(PlanWords.OffenderManagerDone));
                    }

                    break;
                case PlanStepStatus.Dropped when firstStep:
                    // Why the goal was put aside, said once, on its first step.
                    Add(updated!.Value.AddMinutes(-5), PersonRole, _random.Pick(PlanWords.DroppedComments));
                    break;
                case PlanStepStatus.Agreed:
                    if (_random.Chance(0.3))
                    {
                        Add(Between(created.AddDays(1), Cutoff.AddHours(-2), evening: true), PersonRole, _random.Pick(PlanWords.PersonStill));
                    }

                    if (_random.Chance(showcase ? 1 : 0.3))
                    {
                        Add(NextWorkingDay(created), OffenderManager, _random.Pick(PlanWords.OffenderManagerStill(named)));
                    }

                    break;
            }

            return [.. comments.OrderBy(c => c.At)];
        }

        /// <summary>Something the person already goes to that serves the need: a service, their mentor, or, for work and routine, a placement.</summary>
        private (SupporterKind, string?, string)? TiedSupporter(NeedCode need)
        {
            var code = EnumCodes.ToCode(need);
            var candidates = new List<(SupporterKind, string?, string)>();
            candidates.AddRange(_ties.Attended.Where(a => a.Needs.Contains(code)).Select(a => (SupporterKind.Service, (string?)a.ServiceId, a.Name)));
            candidates.AddRange(_ties.Mentors.Where(m => m.LivedExperience.Contains(code)).Select(m => (SupporterKind.Mentor, (string?)m.MentorId, m.DisplayName)));
            if (PlacementNeeds.Contains(need))
            {
                candidates.AddRange(_ties.Completed.Select(c => (SupporterKind.Placement, (string?)c.PlacementId, c.Title)));
            }

            candidates.RemoveAll(c => _used.Contains(c.Item2!));
            if (candidates.Count == 0)
            {
                return null;
            }

            var picked = _random.Pick(candidates);
            _used.Add(picked.Item2!);
            return picked;
        }

        /// <summary>A service the connector would offer for the need near home (or online), or for work and routine an open placement, that they do not use yet.</summary>
        private (SupporterKind, string?, string)? FreshSupporter(NeedCode need)
        {
            var profile = Eligibility.Profile(person);
            var home = new GeoPoint(person.HomeLat, person.HomeLon);
            if (PlacementNeeds.Contains(need) && _random.Chance(0.3))
            {
                var placements = generator._openPlacements.Nearest(home, 3, p => !_used.Contains(p.Placement.Id) && !IsTie(p.Placement.Id) && Eligibility.Allows(profile, p.Offer));
                if (placements.Count > 0)
                {
                    var placement = _random.Pick(placements).Placement;
                    _used.Add(placement.Id);
                    return (SupporterKind.Placement, placement.Id, placement.Title);
                }
            }

            bool Suits((Service Service, Offer Offer) s) => s.Service.Needs.Contains(need) && !_used.Contains(s.Service.Id) && !IsTie(s.Service.Id) && Eligibility.Allows(profile, s.Offer);
            var services = generator._localServices.Nearest(home, 3, Suits, NeedBits.Of([need]));
            services.AddRange(generator._onlineServices.Where(Suits).Take(1));
            if (services.Count == 0)
            {
                return null;
            }

            var service = _random.Pick(services).Service;
            _used.Add(service.Id);
            return (SupporterKind.Service, service.Id, service.Name);
        }

        private bool IsTie(string id) =>
            _ties.Attended.Any(a => a.ServiceId == id) || _ties.Completed.Any(c => c.PlacementId == id) || _ties.Mentors.Any(m => m.MentorId == id);

        private List<PlanReview> Reviews(List<PlanGoal> goals)
        {
            var plan = new PersonPlan("", person.Id, 0, _start, _start, goals, []);
            var formed = _ties.Formed(plan);
            var steps = goals.SelectMany(g => g.Steps).ToList();
            var reviews = new List<PlanReview>();
            var rating = showcase ? 2 : _random.Between(2, 3);
            string? lastComment = null;
            for (var k = 0; k < _reviews.Count; k++)
            {
                var at = _reviews[k];
                var since = k == 0 ? _start : _reviews[k - 1];
                if (k > 0)
                {
                    rating = Math.Clamp(rating + (showcase ? 1 : _random.PickWeighted([(1, 0.45), (0, 0.4), (-1, 0.15)])), 1, 5);
                }

                var done = steps.Where(s => s.Status == PlanStepStatus.Done && s.UpdatedAt > since && s.UpdatedAt <= at).Select(s => Lower(s.Text)).ToList();
                var closed = goals.Where(g => g.Status is GoalStatus.Achieved or GoalStatus.Dropped && g.UpdatedAt > since && g.UpdatedAt <= at).ToList();
                var next = steps.FirstOrDefault(s => s.CreatedAt <= at && (s.Status == PlanStepStatus.Agreed || s.UpdatedAt > at));
                List<string?> parts =
                [
                    k == 0 ? "First review of the plan." : null,
                    done.Count > 0 ? $"Done since {(k == 0 ? "we started" : "the last review")}: {string.Join("; ", done)}."
                        : k == 0 ? "Nothing finished yet; we talked about what might get in the way."
                        : "Nothing finished since last time; we talked through what got in the way.",
                    .. closed.Select(g => g.Status == GoalStatus.Achieved ? $"Agreed that “{g.Text}” is achieved." : $"Agreed to put “{g.Text}” aside for now, as they asked."),
                    next is null ? null : $"Next: {Lower(next.Text)}.",
                ];
                var summary = string.Join(' ', parts.OfType<string>());
                var comment = _random.Chance(0.85) ? _random.Pick([.. PlanWords.ReviewComments(rating).Where(c => c != lastComment)]) : null;
                lastComment = comment ?? lastComment;
                reviews.Add(new PlanReview($"rvw-{_number}-{k + 1}", at, rating, comment, summary, OffenderManager, _ties.CountAt(at, formed)));
            }

            return reviews;
        }

        /// <summary>The offender manager's answer: the next day, in office hours.</summary>
        private DateTimeOffset NextWorkingDay(DateTimeOffset after) => Meeting(after.AddDays(after.DayOfWeek == DayOfWeek.Friday ? 3 : 1));

        private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];

        /// <summary>A meeting on the working day of <paramref name="day"/> (a weekend moves back to Friday), between 09:30 and 15:30.</summary>
        private DateTimeOffset Meeting(DateTimeOffset day)
        {
            var date = day.UtcDateTime.Date;
            date = date.DayOfWeek switch { DayOfWeek.Saturday => date.AddDays(-1), DayOfWeek.Sunday => date.AddDays(-2), _ => date };
            return new DateTimeOffset(date, TimeSpan.Zero).AddMinutes(9 * 60 + 30 + 15 * _random.Between(0, 24));
        }

        /// <summary>A time from <paramref name="from"/> to before <paramref name="to"/> (to the minute), in office hours or, for the person, into the evening.</summary>
        private DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to, bool evening)
        {
            if (to <= from)
            {
                return from < Cutoff ? from : Cutoff.AddMinutes(-90);
            }

            var day = from.UtcDateTime.Date.AddDays(_random.Between(0, Math.Max(0, (int)(to - from).TotalDays)));
            var at = new DateTimeOffset(day, TimeSpan.Zero).AddMinutes(_random.Between(9 * 60, (evening ? 21 : 17) * 60));
            if (at < from)
            {
                at = from.AddMinutes(_random.Between(5, 90));
            }

            if (at >= to)
            {
                at = to.AddMinutes(-_random.Between(5, 90));
            }

            return at < from ? from : at;
        }
    }
}
