using Rehab.Graph.Client;
using Mine = Rehab.Graph.Client.MyPlanPageResult.MeData;
using Theirs = Rehab.Graph.Client.PlanPageResult;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>Whom a plan page speaks to: the offender manager about the person, or the person about themselves.</summary>
public enum PlanAudience
{
    OffenderManager,
    Person,
}

/// <summary>A person's plan as its pages show it, whichever of the two operations read it.</summary>
public sealed record PlanView(IReadOnlyList<GoalView> Goals, IReadOnlyList<ReviewView> Reviews);

/// <summary>A goal in the person's words, the needs it serves (labels) and the strengths it builds on (codes).</summary>
public sealed record GoalView(string Id, string Text, GoalStatus Status, bool ProposedByPerson, IReadOnlyList<string> Needs, IReadOnlyList<string> Strengths, IReadOnlyList<StepView> Steps);

/// <summary>
/// A step; <see cref="Referral"/> is the status of the referral it made, for the offender manager (null when it is older
/// than the referrals the page read), while the person sees only that one was made (<see cref="ReferralId"/>).
/// </summary>
public sealed record StepView(
    string Id, string Text, DateOnly? DueBy, string Status, SupporterKind SupporterKind, SupporterView? Supporter, string? ReferralId, ReferralStatus? Referral,
    IReadOnlyList<CommentView> Comments);

/// <summary>The service, placement or mentor who helps with a step.</summary>
public sealed record SupporterView(SupporterKind Kind, string Id, string Name, string? Organisation);

public sealed record CommentView(DateTimeOffset At, bool ByPerson, string Text);

public sealed record ReviewView(string Id, DateTimeOffset At, int? PersonRating, string? PersonComment, string? Summary);

/// <summary>
/// The person's bonding, bridging and linking ties at one review or completed referral (<see cref="Occasion"/> is the
/// hub's <c>REVIEW</c> or <c>REFERRAL_COMPLETED</c>).
/// </summary>
public sealed record SnapshotView(DateTimeOffset At, int Bonding, int Bridging, int Linking, string Occasion = SnapshotView.Review)
{
    public const string Review = "REVIEW";

    public const string ReferralCompleted = "REFERRAL_COMPLETED";

    public bool AtReferral => Occasion == ReferralCompleted;
}

/// <summary>
/// The two plan operations' answers as one view. Both select the plan with the same fragment (<c>PlanParts</c>), but the
/// typed client gives each operation records of its own, so each is read here once, field for field.
/// </summary>
public static class PlanViews
{
    public const string PersonAuthor = "PERSON";

    /// <param name="referrals">The statuses of the person's referrals, by id, for the steps that made one.</param>
    public static PlanView From(Theirs.PlanData plan, IReadOnlyDictionary<string, ReferralStatus> referrals) => new(
        plan.Goals.Select(g => new GoalView(
            g.Id, g.Text, g.Status, g.ProposedBy == PersonAuthor, g.Needs.Select(n => n.Label).ToList(), g.Strengths,
            g.Steps.Select(s => new StepView(
                s.Id, s.Text, s.DueBy, s.Status, s.SupporterKind,
                s.Supporter is { } who ? Supporter(s.SupporterKind, who.Id, who.Name ?? who.Title ?? who.DisplayName, who.Organisation?.Name) : null,
                s.ReferralId, s.ReferralId is { } referral && referrals.TryGetValue(referral, out var status) ? status : null,
                s.Comments.Select(c => new CommentView(c.At, c.AuthorRole == PersonAuthor, c.Text)).ToList())).ToList())).ToList(),
        plan.Reviews.Select(r => new ReviewView(r.Id, r.At, r.PersonRating, r.PersonComment, r.Summary)).ToList());

    public static PlanView From(Mine.PlanData plan) => new(
        plan.Goals.Select(g => new GoalView(
            g.Id, g.Text, g.Status, g.ProposedBy == PersonAuthor, g.Needs.Select(n => n.Label).ToList(), g.Strengths,
            g.Steps.Select(s => new StepView(
                s.Id, s.Text, s.DueBy, s.Status, s.SupporterKind,
                s.Supporter is { } who ? Supporter(s.SupporterKind, who.Id, who.Name ?? who.Title ?? who.DisplayName, who.Organisation?.Name) : null,
                s.ReferralId, null,
                s.Comments.Select(c => new CommentView(c.At, c.AuthorRole == PersonAuthor, c.Text)).ToList())).ToList())).ToList(),
        plan.Reviews.Select(r => new ReviewView(r.Id, r.At, r.PersonRating, r.PersonComment, r.Summary)).ToList());

    public static IReadOnlyList<SnapshotView> From(IEnumerable<Theirs.SocialCapitalHistoryData> history) =>
        history.Select(s => new SnapshotView(s.At, s.Bonding, s.Bridging, s.Linking, s.Occasion)).ToList();

    public static IReadOnlyList<SnapshotView> From(IEnumerable<Mine.SocialCapitalHistoryData> history) =>
        history.Select(s => new SnapshotView(s.At, s.Bonding, s.Bridging, s.Linking, s.Occasion)).ToList();

    /// <summary>Who helps, named as the directory names them (a placement by its title, a mentor by their name).</summary>
    private static SupporterView Supporter(SupporterKind kind, string id, string? name, string? organisation) => new(kind, id, name ?? id, organisation);
}
