using System.Globalization;
using System.Runtime.CompilerServices;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Domain.Projects;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Connector;

/// <summary>
/// What to match: for whom, for which needs, around where, and how many per section; with <paramref name="LeaveOutKnown"/>,
/// nothing the person is already referred to, has completed, or is mentored by.
/// </summary>
public sealed record ConnectorRequest(ConnectorProfile Person, FocusNeeds Focus, NearQuery Near, bool NearIsHome, int First, PersonNetwork? Network, bool LeaveOutKnown = false);

/// <summary>
/// The community connector: applies the hard rules to every candidate, scores and explains the rest,
/// and finds the bridges from the person's network. Pure: the graph has already been read.
/// </summary>
public sealed class CommunityConnector(ScoringWeights weights, TimeProvider clock)
{
    public const int MaxExcluded = 100;

    /// <summary>
    /// The most reasons a match gives: a service what the person already had of it, the need it meets and one more
    /// it meets, its distance (or online), its wait, its language and whom it is by and for; a placement five and a
    /// mentor six likewise.
    /// </summary>
    public const int MaxReasonsPerMatch = 7;

    /// <summary>
    /// How far from home <c>connect</c> looks when not told otherwise; also the farthest an Immediate Justice
    /// placement may be booked, since the route promises a placement near home and connect is how one is found.
    /// </summary>
    public const double DefaultRadiusKm = 10;

    /// <summary>Peer mentors are volunteers: a VERY_HIGH risk of harm needs professional supervision.</summary>
    public const RiskLevel MentorMaxRiskOfHarm = RiskLevel.High;

    /// <summary>
    /// The most co-produced projects a connect offers, whatever its <c>first</c>: they are few near anyone, and a
    /// practitioner offers a handful of peer-run projects beside the services, not a directory of them.
    /// </summary>
    public const int MaxProjects = 10;

    private static readonly TimeSpan ImmediateJusticeWindow = TimeSpan.FromHours(48);

    /// <summary>
    /// Each placement's sessions parsed once while its listing lives, not once per connect: the in-memory directory hands
    /// every connect the same lists for the ~300 placements around a person.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, SessionSchedule> Schedules = new();

    /// <remarks>
    /// Every eligible candidate is scored; only the best of each section are explained, since
    /// writing reasons is most of the cost and no one reads the reasons of the 500th match.
    /// What the person is already referred to, has completed, or is mentored by keeps its score but comes after every
    /// fresh item of its section: it is something they have, not something new to offer.
    /// </remarks>
    public ConnectorResult Match(ConnectorRequest request, ConnectorCandidates candidates)
    {
        var now = clock.GetUtcNow();
        var network = request.Network ?? PersonNetwork.Empty;
        var bridges = new Bridges(network);
        var priors = new PriorUses(network);
        var excluded = new List<Exclusion>();

        var services = Best(
            request,
            Eligible(request, candidates.Services, s => Offer(s), s => (s.Id, s.Name), ExclusionKinds.Service, excluded).Select(s => MatchService(request, bridges, priors, s, s.DistanceKm ?? 0, online: false, explain: false)),
            m => m.Prior.Known, m => m.Score, m => m.DistanceKm, m => m.Service.Id);
        var online = Best(
            request,
            Eligible(request, candidates.Online, s => Offer(s) with { Location = null }, s => (s.Id, s.Name), ExclusionKinds.Service, excluded: null).Select(s => MatchService(request, bridges, priors, s, 0, online: true, explain: false)),
            m => m.Prior.Known, m => m.Score, m => m.DistanceKm, m => m.Service.Id);
        var placements = Best(
            request,
            Eligible(request, candidates.Placements, Offer, p => (p.Id, p.Title), ExclusionKinds.Placement, excluded).Select(p => MatchPlacement(request, bridges, priors, p, now, explain: false)),
            m => m.Prior.Known, m => m.Score, m => m.DistanceKm, m => m.Placement.Id);
        var mentors = Best(
            request,
            Eligible(request, candidates.Mentors, Offer, m => (m.Id, m.DisplayName), ExclusionKinds.Mentor, excluded).Select(m => MatchMentor(request, priors, m, explain: false)),
            m => m.CurrentMentor, m => m.Score, m => m.DistanceKm, m => m.Mentor.Id);
        var memberOf = network.Projects.Select(p => p.ProjectId).ToHashSet(StringComparer.Ordinal);
        var projects = Best(
            request with { First = Math.Min(request.First, MaxProjects) },
            Eligible(request, candidates.Projects, Offer, p => (p.Id, p.Title), ExclusionKinds.Project, excluded).Select(p => MatchProject(request, p, memberOf, explain: false)),
            m => m.Member, m => m.Score, m => m.DistanceKm, m => m.Project.Id);

        return new ConnectorResult(
            [.. services.Select(m => MatchService(request, bridges, priors, m.Service, m.DistanceKm, online: false, explain: true))],
            [.. online.Select(m => MatchService(request, bridges, priors, m.Service, 0, online: true, explain: true))],
            [.. placements.Select(m => MatchPlacement(request, bridges, priors, m.Placement, now, explain: true))],
            [.. mentors.Select(m => MatchMentor(request, priors, m.Mentor, explain: true))],
            [.. projects.Select(m => MatchProject(request, m.Project, memberOf, explain: true))],
            excluded,
            request.Network is null ? null : SocialCapital.Of(network, request.Focus.Codes));
    }

    public static Offer Offer(ServiceListing s) => new(
        s.Online ? null : new GeoPoint(s.Lat, s.Lon), s.WomenOnly, s.MinAge, s.MaxAge, s.UnsuitableFor, ChildFacing: false,
        MaxRiskOfHarm: null, s.Languages, Full: false);

    public static Offer Offer(PlacementListing p) => new(
        new GeoPoint(p.Lat, p.Lon), p.WomenOnly, null, null, p.UnsuitableFor, p.ChildFacing,
        EnumCodes.Parse<RiskLevel>(p.MaxRiskOfHarm), Languages: [], Full: p.Filled >= p.Capacity, p.Capacity);

    public static Offer Offer(MentorListing m) => new(
        new GeoPoint(m.Lat, m.Lon), WomenOnly: false, null, null, UnsuitableFor: [], ChildFacing: false,
        MentorMaxRiskOfHarm, m.Languages, Full: m.Mentees >= m.Capacity, m.Capacity);

    /// <summary>
    /// A co-produced project is run by peers, as a mentoring is: no more risk of harm than a peer mentor may take on.
    /// It has no places to fill and no age or language limits of its own.
    /// </summary>
    public static Offer Offer(ProjectRecord p) => new(
        new GeoPoint(p.Lat, p.Lon), p.WomenOnly, null, null, UnsuitableFor: [], ChildFacing: false, MentorMaxRiskOfHarm, Languages: [], Full: false);

    private static IEnumerable<T> Eligible<T>(
        ConnectorRequest request, IEnumerable<T> candidates, Func<T, Offer> offer, Func<T, (string Id, string Name)> name, string kind, List<Exclusion>? excluded)
    {
        foreach (var candidate in candidates)
        {
            var itsOffer = offer(candidate);
            if (HardRules.FirstBroken(request.Person, itsOffer) is { } rule)
            {
                // Details are worded only for the entries that will be listed.
                if (excluded is { Count: < MaxExcluded })
                {
                    var (id, label) = name(candidate);
                    excluded.Add(new Exclusion(id, label, rule, kind, HardRules.Describe(rule, kind, request.Person, itsOffer)));
                }

                continue;
            }

            yield return candidate;
        }
    }

    private static IReadOnlyList<T> Best<T>(ConnectorRequest request, IEnumerable<T> matches, Func<T, bool> known, Func<T, double> score, Func<T, double> distance, Func<T, string> id) =>
        [.. matches.Where(m => !(request.LeaveOutKnown && known(m)))
            .OrderBy(known).ThenByDescending(score).ThenBy(distance).ThenBy(id, StringComparer.Ordinal).Take(request.First)];

    private ServiceMatch MatchService(ConnectorRequest request, Bridges bridgeFinder, PriorUses priors, ServiceListing service, double distanceKm, bool online, bool explain)
    {
        var reasons = explain ? new List<Reason>() : null;
        var prior = priors.OfService(service.Id);
        if (reasons is not null && PriorUses.Explain(prior, "Has attended it before") is { } said)
        {
            reasons.Add(said);
        }

        var score = weights.Need * NeedScore(request.Focus, service.Needs, reasons);
        if (online)
        {
            reasons?.Add(new Reason("ONLINE", "Online: no travel needed"));
        }
        else
        {
            score += weights.Distance * DistanceScore(request, distanceKm, reasons);
        }

        score += weights.Capacity * WaitScore(service.WaitingDays, reasons);
        score += weights.Language * LanguageScore(request.Person, service.Languages, "Delivered in", reasons);
        score += weights.ByAndFor * ByAndForScore(request.Person, service.ByAndFor, reasons);
        var bridges = bridgeFinder.ToService(service.Id, service.Organisation.Id, service.Organisation.Name);
        score += weights.Bridges * BridgeScore(bridges);
        return new ServiceMatch(service, Math.Round(distanceKm, 3), Math.Round(score, 3), reasons ?? [], bridges, prior);
    }

    private PlacementMatch MatchPlacement(ConnectorRequest request, Bridges bridgeFinder, PriorUses priors, PlacementListing placement, DateTimeOffset now, bool explain)
    {
        var reasons = explain ? new List<Reason>() : null;
        var prior = priors.OfPlacement(placement.Id);
        if (reasons is not null && PriorUses.Explain(prior, "Has completed it before") is { } said)
        {
            reasons.Add(said);
        }

        var distanceKm = placement.DistanceKm ?? 0;
        var score = weights.Distance * DistanceScore(request, distanceKm, reasons);
        var slots = placement.Capacity - placement.Filled;
        var start = Schedules.GetValue(placement.Sessions, sessions => SessionSchedule.Parse(sessions, "sessions")).NextStart(now);
        var within48h = start is { } s && s - now <= ImmediateJusticeWindow;
        var slotsScore = placement.Capacity > 0 ? (double)slots / placement.Capacity : 0;
        var startScore = within48h ? 1 : start is { } soon && soon - now <= TimeSpan.FromDays(7) ? 0.5 : 0;
        score += weights.Capacity * (slotsScore + startScore) / 2;
        reasons?.Add(new Reason("AVAILABILITY", $"{Places(slots)} left{(start is { } next ? $", next session {When(next, now)}" : ", no sessions scheduled")}"));
        if (within48h)
        {
            reasons?.Add(new Reason("STARTS_WITHIN_48H", "Can start within 48 hours, as Immediate Justice needs"));
        }

        if (placement.Skills.Any(request.Person.Strengths.Contains))
        {
            score += weights.Strengths;
            reasons?.Add(new Reason("STRENGTHS", $"Uses their {Wording.Join(placement.Skills.Where(request.Person.Strengths.Contains).Select(Words))} skills"));
        }

        var bridges = bridgeFinder.ToPlacement(placement.Id, placement.Organisation.Id, placement.Organisation.Name);
        score += weights.Bridges * BridgeScore(bridges);
        return new PlacementMatch(placement, Math.Round(distanceKm, 3), Math.Round(score, 3), slots, start, within48h, reasons ?? [], bridges, prior);
    }

    private MentorMatch MatchMentor(ConnectorRequest request, PriorUses priors, MentorListing mentor, bool explain)
    {
        var reasons = explain ? new List<Reason>() : null;
        var current = priors.Mentors(mentor.Id);
        if (current)
        {
            reasons?.Add(new Reason("CURRENT_MENTOR", "Already mentors them"));
        }

        var distanceKm = mentor.DistanceKm ?? 0;
        var score = weights.Distance * DistanceScore(request, distanceKm, reasons);
        var lived = request.Focus.Needs.FirstOrDefault(n => mentor.LivedExperience.Any(l => l.Code == n.Code));
        if (lived is not null)
        {
            score += weights.LivedExperience * lived.Severity / 3.0;
            reasons?.Add(new Reason("LIVED_EXPERIENCE", $"Has lived experience of {Label(mentor.LivedExperience.First(l => l.Code == lived.Code))}"));
        }

        // "Not stated" says nothing about whether two people share a gender.
        if (request.Person.Gender != Gender.NotStated && EnumCodes.Parse<Gender>(mentor.Gender) == request.Person.Gender)
        {
            score += weights.Gender;
            reasons?.Add(new Reason("GENDER", "Same gender"));
        }

        var spare = mentor.Capacity - mentor.Mentees;
        score += weights.Capacity * (mentor.Capacity > 0 ? (double)spare / mentor.Capacity : 0);
        reasons?.Add(new Reason("CAPACITY", $"Can take {spare} more {(spare == 1 ? "person" : "people")}"));
        score += weights.Language * LanguageScore(request.Person, mentor.Languages, "Speaks", reasons);
        return new MentorMatch(mentor, Math.Round(distanceKm, 3), Math.Round(score, 3), reasons ?? [], current);
    }

    private ProjectMatch MatchProject(ConnectorRequest request, ProjectRecord project, HashSet<string> memberOf, bool explain)
    {
        var reasons = explain ? new List<Reason>() : null;
        var member = memberOf.Contains(project.Id);
        if (member)
        {
            reasons?.Add(new Reason("MEMBER", "Already a member"));
        }

        var score = weights.Need * NeedScore(request.Focus, project.Needs, reasons);
        // Every project is run by people on probation: what makes it worth offering beside a service is who runs it.
        score += weights.LivedExperience;
        reasons?.Add(new Reason("LIVED_EXPERIENCE", $"Run by people with lived experience of probation, as {ProjectWords(project.Kind)}"));
        score += weights.Distance * DistanceScore(request, project.DistanceKm ?? 0, reasons);
        if (project.Strengths.Any(request.Person.Strengths.Contains))
        {
            score += weights.Strengths;
            reasons?.Add(new Reason("STRENGTHS", $"Draws on their {Wording.Join(project.Strengths.Where(request.Person.Strengths.Contains).Select(Words))}"));
        }

        return new ProjectMatch(project, Math.Round(project.DistanceKm ?? 0, 3), Math.Round(score, 3), reasons ?? [], member);
    }

    private static string ProjectWords(ProjectKind kind) => kind switch
    {
        ProjectKind.Group => "a group",
        ProjectKind.Service => "a service for others",
        _ => "a small enterprise",
    };

    private static double NeedScore(FocusNeeds focus, IReadOnlyList<NeedRef> addresses, List<Reason>? reasons)
    {
        // Counted without a list first: every eligible candidate is scored, and only the best are explained.
        AssessedNeed? first = null;
        var count = 0;
        for (var i = 0; i < focus.Needs.Count; i++)
        {
            var need = focus.Needs[i];
            if (Addresses(addresses, need.Code))
            {
                first ??= need;
                count++;
            }
        }

        if (first is null)
        {
            return 0;
        }

        // The most severe need met counts most; each further need met adds a little.
        var score = Math.Min(1, first.Severity / 3.0 + 0.1 * (count - 1));
        if (reasons is null)
        {
            return score;
        }

        var matched = focus.Needs.Where(n => Addresses(addresses, n.Code)).ToList();

        var labels = addresses.DistinctBy(a => a.Code).ToDictionary(a => a.Code, Label);
        var top = matched[0];
        var mostSevere = top.Severity == focus.Needs[0].Severity;
        reasons.Add(focus.GoalQuote is { } goal
            ? new Reason("GOAL", $"Addresses {labels[top.Code]}, for their goal \u201c{goal}\u201d")
            : new Reason("NEED", $"Addresses {labels[top.Code]}{(mostSevere && focus.Needs.Count > 1 ? ", the most severe need" : "")}"));
        if (matched.Count > 1)
        {
            reasons.Add(new Reason("NEED", $"Also addresses {Wording.Join(matched.Skip(1).Select(n => labels[n.Code]))}"));
        }

        return score;
    }

    private static bool Addresses(IReadOnlyList<NeedRef> addresses, string code)
    {
        for (var i = 0; i < addresses.Count; i++)
        {
            if (addresses[i].Code == code)
            {
                return true;
            }
        }

        return false;
    }

    private static double DistanceScore(ConnectorRequest request, double distanceKm, List<Reason>? reasons)
    {
        reasons?.Add(new Reason("DISTANCE", string.Create(CultureInfo.InvariantCulture, $"{distanceKm:0.0} km from {(request.NearIsHome ? "home" : "the search point")}")));
        return Math.Max(0, 1 - distanceKm / request.Near.RadiusKm);
    }

    private static double WaitScore(int? waitingDays, List<Reason>? reasons)
    {
        switch (waitingDays)
        {
            case null:
                return 0.5;
            case 0:
                reasons?.Add(new Reason("WAIT", "No waiting list"));
                return 1;
            default:
                reasons?.Add(new Reason("WAIT", $"Usual wait {waitingDays} days"));
                return Math.Max(0, 1 - waitingDays.Value / 60.0);
        }
    }

    private static double LanguageScore(ConnectorProfile person, IReadOnlyList<string> languages, string verb, List<Reason>? reasons)
    {
        if (!AnyIn(languages, person.Speaks, except: "en"))
        {
            return 0;
        }

        reasons?.Add(new Reason("LANGUAGE", $"{verb} {Wording.Join(languages.Where(l => l != "en" && person.Speaks.Contains(l)).Select(Wording.LanguageName))}"));
        return 1;
    }

    private static double ByAndForScore(ConnectorProfile person, IReadOnlyList<string> byAndFor, List<Reason>? reasons)
    {
        if (!AnyIn(byAndFor, person.ByAndFor, except: null))
        {
            return 0;
        }

        reasons?.Add(new Reason("BY_AND_FOR", $"Run by and for {Wording.Join(byAndFor.Where(person.ByAndFor.Contains).Select(CommunityCodes.Describe))}"));
        return 1;
    }

    /// <summary>
    /// Whether any of <paramref name="values"/> but <paramref name="except"/> is in <paramref name="set"/>, without a
    /// delegate or an enumerator, as every candidate is scored.
    /// </summary>
    private static bool AnyIn(IReadOnlyList<string> values, IReadOnlySet<string> set, string? except)
    {
        if (set.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] != except && set.Contains(values[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static double BridgeScore(IReadOnlyList<Bridge> bridges) => Math.Min(1, 0.5 * bridges.Count);

    private static string Label(NeedRef need) => need.Label.ToLowerInvariant();

    private static string Words(string code) => code.Replace('_', ' ').ToLowerInvariant();

    private static string Places(int slots) => slots == 1 ? "1 place" : $"{slots} places";

    private static string When(DateTimeOffset start, DateTimeOffset now)
    {
        var local = SessionSchedule.ToUkTime(start);
        var days = DateOnly.FromDateTime(local.Date).DayNumber - DateOnly.FromDateTime(SessionSchedule.ToUkTime(now).Date).DayNumber;
        var day = days switch { 0 => "today", 1 => "tomorrow", _ => local.DayOfWeek.ToString() };
        return string.Create(CultureInfo.InvariantCulture, $"{day} at {local:HH:mm}");
    }
}
