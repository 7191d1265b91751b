namespace Rehab.Graph.SeedGenerator;

/// <summary>Ids with the kind's prefix; a tag after the prefix keeps a benchmark set's ids apart from the demo region's (svc-0042, svc-r000042).</summary>
public sealed record Ids(string Tag, int Digits)
{
    public string Practitioner(int number) => Id("prc", number);

    public string Organisation(int number) => Id("org", number);

    public string Service(int number) => Id("svc", number);

    public string Placement(int number) => Id("plc", number);

    public string Mentor(int number) => Id("mnt", number);

    public string Person(int number) => Id("per", number);

    public string Project(int number) => Id("prj", number);

    private string Id(string prefix, int number) =>
        $"{prefix}-{Tag}{number.ToString($"D{Digits}", System.Globalization.CultureInfo.InvariantCulture)}";
}
