namespace Rehab.Graph.Web.Tests;

/// <summary>
/// One of the README's demo users, as the development sign-in takes them
/// (<c>/dev/sign-in?role=ROLE&amp;practitioner=ID&amp;organisation=ID&amp;person=ID&amp;duty=DUTY</c>).
/// </summary>
public sealed record DemoUser(string Description, string Role, string? Practitioner = null, string? Organisation = null, string? Person = null, string? Duty = null)
{
    /// <summary>Aisha Rahman (prc-07), Hull Probation Delivery Unit; supervises per-0001 and others.</summary>
    public static DemoUser OffenderManager { get; } = new("offender manager", "OFFENDER_MANAGER", Practitioner: "prc-07");

    /// <summary>Fishermen's Quay Arts (org-0052), which runs svc-0121.</summary>
    public static DemoUser Partner { get; } = new("partner", "PARTNER", Organisation: "org-0052");

    /// <summary>Kingston Community Payback (org-0008), hosting the Immediate Justice placements.</summary>
    public static DemoUser ImmediateJusticeCoordinator { get; } = new("Immediate Justice coordinator", "PARTNER", Organisation: "org-0008", Duty: "IJ_COORDINATOR");

    /// <summary>Humber Police Out-of-Court Disposals Team (org-0071).</summary>
    public static DemoUser Referrer { get; } = new("referrer", "REFERRER", Organisation: "org-0071");

    public static DemoUser Commissioner { get; } = new("commissioner", "COMMISSIONER");

    public static DemoUser Admin { get; } = new("admin", "ADMIN");

    /// <summary>H. Jafari (per-0001), on prc-07's caseload: sees their own plan and nothing else.</summary>
    public static DemoUser PersonOnProbation { get; } = new("person on probation", "PERSON", Person: "per-0001");

    public static IReadOnlyList<DemoUser> All { get; } = [OffenderManager, Partner, ImmediateJusticeCoordinator, Referrer, Commissioner, Admin, PersonOnProbation];

    /// <summary>The demo user of this class's property <paramref name="name"/> (for theories, whose data must be plain values).</summary>
    public static DemoUser Named(string name) =>
        typeof(DemoUser).GetProperty(name)?.GetValue(null) as DemoUser ?? throw new ArgumentException($"No demo user {name}.", nameof(name));

    /// <summary>The description as a file name: "offender-manager".</summary>
    public string Slug => Description.ToLowerInvariant().Replace(' ', '-');

    /// <summary>The development sign-in link for this user, relative to the hub.</summary>
    public string SignInPath => SignInPathFor(Role, Practitioner, Organisation, Person, Duty);

    public static string SignInPathFor(string role, string? practitioner = null, string? organisation = null, string? person = null, string? duty = null)
    {
        var query = new (string Name, string? Value)[] { ("role", role), ("practitioner", practitioner), ("organisation", organisation), ("person", person), ("duty", duty) }
            .Where(parameter => parameter.Value is not null)
            .Select(parameter => $"{parameter.Name}={Uri.EscapeDataString(parameter.Value!)}");
        return "/dev/sign-in?" + string.Join('&', query);
    }

    public override string ToString() => Description;
}
