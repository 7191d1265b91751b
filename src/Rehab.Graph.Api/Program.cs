using Rehab.Graph.Api;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Certificates;
using Rehab.Graph.Api.Connector;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Health;
using Rehab.Graph.Api.Idempotency;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Api.Outbox;
using Rehab.Graph.Api.Referrals;
using Rehab.Graph.Neo4j;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRehabAuthentication(builder.Environment);
builder.Services.AddNeo4jGraph();
builder.Services.AddCommunityConnector();
builder.Services.AddRehabGraphQL();
builder.Services.AddRehabLimits();
builder.Services.AddOutboxAndCertificates();
builder.Services.AddIdempotencyKeys();
builder.Services.AddReferrals();
builder.Services.AddWebApp(builder.Environment);

var app = builder.Build();
app.MapWebApp();
app.MapHealth();
app.MapGraphQLOverHttp().WithIdempotencyKeys();
app.MapCertificateVerification();
app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
