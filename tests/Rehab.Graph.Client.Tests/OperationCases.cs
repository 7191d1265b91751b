using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Client.Tests;

/// <summary>
/// One case per operation file in src/Rehab.Graph.Client/Operations: who calls it, with what, and what the answer must
/// hold. <see cref="OperationTests"/> runs each against the real hub and fails for an operation file without a case here,
/// so adding an operation means adding its line: <c>["Name"] = new(caller, async client => { call; assert; })</c>.
/// Cases share one demo hub: a case that writes makes what it changes itself, never relying on another case's writes.
/// </summary>
public static class OperationCases
{
    public static readonly Caller Anonymous = Caller.Anonymous;
    public static readonly Caller OffenderManager = new(CallerRole.OffenderManager, "prc-07", null, "a.rahman");
    public static readonly Caller Partner = new(CallerRole.Partner, null, "org-0052");
    public static readonly Caller Coordinator = new(CallerRole.Partner, null, "org-0008", "a.lee", CallerDuty.IjCoordinator);
    public static readonly Caller Referrer = new(CallerRole.Referrer, null, "org-0071");
    public static readonly Caller Commissioner = new(CallerRole.Commissioner, null, null);
    public static readonly Caller Admin = new(CallerRole.Admin, null, null, "admin");

    /// <summary>Orchard Park, Hull: a home in the demo region.</summary>
    private static readonly GeoPointInput OrchardPark = new() { Latitude = 53.7846, Longitude = -0.3903 };

    public static IReadOnlyDictionary<string, OperationCase> All => AllCases.Value;

    private static IReadOnlyDictionary<string, OperationCase> Core { get; } = new Dictionary<string, OperationCase>
    {
        ["DirectoryPage"] = new(Anonymous, async client =>
        {
            var near = new NearInput { Place = "Orchard Park", RadiusKm = 5 };
            var first = await client.DirectoryPageAsync(new() { Near = near, First = 3 });
            var services = first.Services;
            Assert.True(services.TotalCount > 3, $"{services.TotalCount} services near Orchard Park");
            Assert.Equal(3, services.Nodes.Count);
            Assert.All(services.Nodes, s => Assert.False(string.IsNullOrEmpty(s.Organisation.Name)));
            Assert.All(services.Nodes, s => Assert.NotEmpty(s.Needs));
            var distances = services.Nodes.Select(s => s.DistanceKm!.Value).ToList();
            Assert.Equal(distances.Order(), distances);
            Assert.True(services.PageInfo.HasNextPage);

            var next = await client.DirectoryPageAsync(new() { Near = near, First = 3, After = services.PageInfo.EndCursor });
            Assert.Empty(next.Services.Nodes.Select(s => s.Id).Intersect(services.Nodes.Select(s => s.Id)));
            Assert.True(next.Services.Nodes[0].DistanceKm >= distances[^1]);

            var womenOnly = await client.DirectoryPageAsync(new() { Where = new() { WomenOnly = true }, First = 100 });
            Assert.NotEmpty(womenOnly.Services.Nodes);
            Assert.All(womenOnly.Services.Nodes, s => Assert.True(s.WomenOnly));
            Assert.All(womenOnly.Services.Nodes, s => Assert.Null(s.DistanceKm));
        }),
        ["PlacementsWithin48Hours"] = new(Anonymous, async client =>
        {
            var started = DateTimeOffset.UtcNow;
            var result = await client.PlacementsWithin48HoursAsync(new()
            {
                Home = OrchardPark,
                Gender = Gender.Male,
                Near = new() { Place = "Orchard Park", RadiusKm = 15 },
                First = 50,
            });

            var placements = result.Connect.Placements;
            Assert.NotEmpty(placements);
            Assert.All(placements, p => Assert.InRange(p.DistanceKm, 0, 15));
            // The demo region has sessions on every day of the week, so some start within any 48 hours.
            var soon = placements.Where(p => p.CanStartWithin48h).ToList();
            Assert.NotEmpty(soon);
            Assert.All(soon, p => Assert.InRange(p.EarliestStart!.Value, started.AddMinutes(-5), started.AddHours(48).AddMinutes(5)));
            Assert.All(soon, p => Assert.Contains(p.Reasons, r => r.Code == "STARTS_WITHIN_48H"));
            Assert.All(placements, p => Assert.False(string.IsNullOrEmpty(p.Placement.Organisation.Name)));
            Assert.Contains(placements, p => p.Placement.Sessions.Count > 0);
        }),
    };

    // After Core, so that it is initialised first.
    private static readonly Lazy<Dictionary<string, OperationCase>> AllCases = new(() => new[] { Core, PartnerOperationCases.All }.SelectMany(c => c).ToDictionary(c => c.Key, c => c.Value));
}

/// <summary>Who calls an operation and how its answer is checked.</summary>
public sealed record OperationCase(Caller Caller, Func<IRehabGraphClient, Task> Run);
