namespace Rehab.Graph.Domain;

/// <summary>Ids carry their kind as a prefix ("svc-0001"), so an id of the wrong kind is caught before it reaches the graph.</summary>
public static class Ids
{
    public const string Service = "svc";
    public const string Placement = "plc";
    public const string Mentor = "mnt";
    public const string Organisation = "org";
    public const string Person = "per";
    public const string Practitioner = "prc";
    public const string Referral = "ref";
    public const string ImmediateJusticeCase = "ijc";
    public const string Goal = "gol";
    public const string PlanStep = "stp";
    public const string FundEntry = "fen";
    public const string Project = "prj";
    public const int MaxLength = 64;

    public static string Require(string? id, string kind, string field)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw new InvalidInputException(field, $"'{field}' is required.");
        }

        return id.Length <= MaxLength && id.StartsWith(kind + "-", StringComparison.Ordinal) && id.Length > kind.Length + 1
            ? id
            : throw new InvalidInputException(field, $"'{field}' must be a {Name(kind)} id, \"{kind}-...\" (got '{(id.Length <= MaxLength ? id : id[..MaxLength] + "...")}').");
    }

    private static string Name(string kind) => kind switch
    {
        Service => "service",
        Placement => "placement",
        Mentor => "mentor",
        Organisation => "organisation",
        Person => "person",
        Practitioner => "practitioner",
        ImmediateJusticeCase => "Immediate Justice case",
        Goal => "goal",
        PlanStep => "plan step",
        FundEntry => "fund entry",
        Project => "project",
        _ => "referral",
    };
}
