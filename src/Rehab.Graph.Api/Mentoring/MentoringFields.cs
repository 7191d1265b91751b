using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Features.Mentoring;

namespace Rehab.Graph.Api.Mentoring;

/// <summary>Peer mentors assigned and released, answered by <see cref="MentoringService"/>.</summary>
internal static class MentoringFields
{
    public static void AddMentoringMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MentorType>>("assignMentor")
            .Description("The offender manager assigns a peer mentor to a person on their caseload: the mentor must suit them (connect's hard rules) and have spare capacity (CONFLICT otherwise).")
            .Argument<NonNullGraphType<AssignMentorInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<MentoringInput>("input");
                return await c.Mentoring().AssignAsync(i.PersonId, i.MentorId, c.Caller(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<MentorType>>("releaseMentor")
            .Description("The mentoring ends: kept as a past tie (with its dates and reason); the mentor has a place again.")
            .Argument<NonNullGraphType<ReleaseMentorInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<MentoringInput>("input");
                return await c.Mentoring().ReleaseAsync(i.PersonId, i.MentorId, i.Reason, c.Caller(), c.CancellationToken);
            });
    }

    private static MentoringService Mentoring(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<MentoringService>();
}

/// <summary>Both mutations' fields; each input type declares only its own.</summary>
public sealed record MentoringInput
{
    public string PersonId { get; init; } = "";

    public string MentorId { get; init; } = "";

    public string? Reason { get; init; }
}

public class AssignMentorInputType : InputObjectGraphType<MentoringInput>
{
    public AssignMentorInputType()
        : this("AssignMentorInput")
    {
    }

    protected AssignMentorInputType(string name)
    {
        Name = name;
        Field(i => i.PersonId, typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.MentorId, typeof(NonNullGraphType<IdGraphType>));
    }
}

public sealed class ReleaseMentorInputType : AssignMentorInputType
{
    public ReleaseMentorInputType()
        : base("ReleaseMentorInput") =>
        Field(i => i.Reason, nullable: true).Description($"Why the mentoring ends, up to {MentoringService.MaxReason} characters.");
}
