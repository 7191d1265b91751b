using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Mentoring;

/// <summary>
/// The peer mentor page's two forms as posted: the mentor chosen from those who suit the person, or a mentoring that
/// ends with, if the offender manager gives one, its reason. An ending's reason box is one per mentor, so its error is
/// keyed by the mentor (<see cref="ReasonField"/>).
/// </summary>
public sealed class MentoringForm
{
    public const int ReasonMaxLength = 1000;

    public const string MentorField = "mentor";

    public string? MentorId { get; set; }

    public string? Reason { get; set; }

    public static string ReasonField(string mentorId) => "reason-" + mentorId;

    public (AssignMentorInput? Input, FieldErrors Errors) Assignment(string personId)
    {
        var errors = new FieldErrors();
        if (!PersonalPageModel.IsId(MentorId))
        {
            errors.Add(MentorField, "Select a mentor");
            return (null, errors);
        }

        return (new AssignMentorInput { PersonId = personId, MentorId = MentorId! }, errors);
    }

    public (ReleaseMentorInput? Input, FieldErrors Errors) Ending(string personId)
    {
        var errors = new FieldErrors();
        if (!PersonalPageModel.IsId(MentorId))
        {
            errors.Add("mentors", "The form did not say which mentoring ends: open the page again");
            return (null, errors);
        }

        var reason = FormValues.Optional(Reason, ReasonField(MentorId!), ReasonMaxLength, "Reason", errors);
        return errors.Any ? (null, errors) : (new ReleaseMentorInput { PersonId = personId, MentorId = MentorId!, Reason = reason }, errors);
    }
}
