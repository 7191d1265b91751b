using System.ComponentModel.DataAnnotations;

namespace Rehab.Graph.Api.Limits;

/// <summary>The <c>Limits</c> configuration section: how much one client may ask of the hub.</summary>
public sealed record LimitOptions
{
    public const string Section = "Limits";

    private const string OutOfRange = "Limits:{0} must be between {1} and {2}.";

    /// <summary>
    /// Anonymous <c>connect</c> runs allowed per client address per minute (all of them at once, then
    /// steadily). A connect is the costliest read an unknown caller can start; 30 is one every two
    /// seconds, more than a person at a screen needs and too few to scrape the graph with.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = OutOfRange)]
    public int AnonymousConnectsPerMinute { get; init; } = 30;

    /// <summary>
    /// The largest GraphQL request, as a POST body or a GET query string. 64 KiB holds the IDEs'
    /// introspection query (about 2 KiB) and a connect with hand-drawn exclusion zones (about 2,500
    /// points), while no client can make the hub buffer and parse megabytes.
    /// </summary>
    [Range(1_024, 16 * 1_024 * 1_024, ErrorMessage = OutOfRange)]
    public int MaxRequestBytes { get; init; } = 64 * 1_024;

    /// <summary>
    /// How deeply an operation may nest fields with selections. Ten reaches every screen's query (a
    /// connect's reasons and bridges, a referral's person and service) and stops walking the graph
    /// back and forth (organisation, services, organisation, ...).
    /// </summary>
    [Range(1, 1_000, ErrorMessage = OutOfRange)]
    public int MaxDepth { get; init; } = 10;

    /// <summary>
    /// The most an operation may cost: every field counts one, times the length of each list it sits in, so the price
    /// is about the number of values in the answer (a page of <c>first: n</c> counts n; a short list the most it can
    /// hold; a connect also counts its page size and radius). Fifty thousand holds the largest screen of every root field
    /// with every field selected (a page of 100 organisations with their services, about 33,000; a connect of 50 per
    /// section at 200 km, about 43,000), while a page of 100 walking organisation, services, organisation, services (80,000 and
    /// up) is refused. QueryCostTests writes those screens from the schema and reports what each costs.
    /// </summary>
    [Range(1, 10_000_000, ErrorMessage = OutOfRange)]
    public int MaxComplexity { get; init; } = 50_000;

    /// <summary>
    /// Depth for an operation that only introspects. The standard introspection query (graphql-js,
    /// which GraphiQL and most tools send) is 15 deep as depth is counted here (the operation itself
    /// is the first level): schema, types, fields, args, type and nine levels of <c>ofType</c>.
    /// </summary>
    [Range(1, 1_000, ErrorMessage = OutOfRange)]
    public int MaxIntrospectionDepth { get; init; } = 15;

    /// <summary>
    /// Complexity for an operation that only introspects, counted as the size of its answer (see
    /// IntrospectionComplexity). The standard introspection query with every option costs about 20,000
    /// on this schema; twice that leaves the schema room to grow, while the schema can no longer be
    /// asked for hundreds of times over in one request.
    /// </summary>
    [Range(1, 10_000_000, ErrorMessage = OutOfRange)]
    public int MaxIntrospectionComplexity { get; init; } = 40_000;

    /// <summary>
    /// Fragment definitions in one document. The standard introspection query has four; a client with
    /// a fragment per component has dozens.
    /// </summary>
    [Range(1, 10_000, ErrorMessage = OutOfRange)]
    public int MaxFragments { get; init; } = 100;

    /// <summary>Fragment spreads (<c>...Name</c>) in one document; the standard introspection query has eight.</summary>
    [Range(1, 100_000, ErrorMessage = OutOfRange)]
    public int MaxFragmentSpreads { get; init; } = 500;

    /// <summary>
    /// Fields in the operation once its fragments are written out in place, counted before any other
    /// check: fragments spreading others twice over double at every step, so a document of a kilobyte
    /// can stand for a billion fields, and every later check (and GraphQL.NET's complexity analyser)
    /// would walk them all. The standard introspection query has about 230; ten thousand is far beyond
    /// any screen.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = OutOfRange)]
    public int MaxExpandedFields { get; init; } = 10_000;

    /// <summary>
    /// How often one response name may be asked for in a single selection, fragments at that level written out.
    /// Checking that such fields can be merged takes time in the square of their number (2,100 copies of one field,
    /// 63 KB, took 8 s of CPU), while fragments that overlap on a screen repeat a field a few times at most.
    /// </summary>
    [Range(1, 10_000, ErrorMessage = OutOfRange)]
    public int MaxRepeatsOfAField { get; init; } = 20;

    /// <summary>
    /// Costly fields one operation may ask for, by alias or through fragments: <c>connect</c>,
    /// <c>provisionGaps</c>, <c>needCounts</c> and directory searches with <c>near</c>. Each reads a
    /// whole area of the graph; a screen shows at most a few, side by side.
    /// </summary>
    [Range(1, 1_000, ErrorMessage = OutOfRange)]
    public int MaxCostlyFieldsPerOperation { get; init; } = 5;
}
