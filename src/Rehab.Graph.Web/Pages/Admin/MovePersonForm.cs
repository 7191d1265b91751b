using System.Text.RegularExpressions;
using Rehab.Graph.Client;

namespace Rehab.Graph.Web.Pages.Admin;

/// <summary>Moving a person to another offender manager: whom, and to whom (a practitioner from the list).</summary>
public sealed partial record MovePersonForm(string? Person, string? Practitioner)
{
    public static class Fields
    {
        public const string Person = "person";
        public const string Practitioner = "practitioner";
    }

    public string? PersonId => string.IsNullOrWhiteSpace(Person) ? null : Person.Trim().ToLowerInvariant();

    public string? PractitionerId => string.IsNullOrWhiteSpace(Practitioner) ? null : Practitioner.Trim();

    /// <summary>The field errors, given the practitioners one may move a person to.</summary>
    public IReadOnlyDictionary<string, string> Validate(IEnumerable<string> practitionerIds)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (PersonId is not { } person)
        {
            errors[Fields.Person] = "Enter the person's id";
        }
        else if (person.Length > 100 || !PersonIdPattern().IsMatch(person))
        {
            errors[Fields.Person] = "Enter a person id like per-0001";
        }

        if (PractitionerId is null || !practitionerIds.Contains(PractitionerId))
        {
            errors[Fields.Practitioner] = "Choose the offender manager to move them to";
        }

        return errors;
    }

    public AssignOffenderManagerVariables Variables => new() { Input = new() { PersonId = PersonId!, PractitionerId = PractitionerId! } };

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonIdPattern();
}
