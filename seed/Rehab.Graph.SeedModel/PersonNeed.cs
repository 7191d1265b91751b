namespace Rehab.Graph.SeedModel;

public sealed record PersonNeed(NeedCode Code, int Severity);
