using Rehab.Graph.Api;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Certificates;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Health;
using Rehab.Graph.Api.Idempotency;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Features.Audit;
using Rehab.Graph.Features.Commissioning;
using Rehab.Graph.Features.Connector;
using Rehab.Graph.Features.Directory;
using Rehab.Graph.Features.ImmediateJustice;
using Rehab.Graph.Features.Listings;
using Rehab.Graph.Features.Organisations;
using Rehab.Graph.Features.Outbox;
using Rehab.Graph.Features.People;
using Rehab.Graph.Features.Practitioners;
using Rehab.Graph.Features.Referrals;
using Rehab.Graph.Neo4j;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRehabAuthentication(builder.Environment);
builder.Services.AddNeo4jGraph();
builder.Services.AddDirectory();
builder.Services.AddConnector();
builder.Services.AddPeople();
builder.Services.AddReferrals();
builder.Services.AddImmediateJustice();
builder.Services.AddListings();
builder.Services.AddOrganisations();
builder.Services.AddPractitioners();
builder.Services.AddCommissioning();
builder.Services.AddAudit();
builder.Services.AddOutbox();
builder.Services.AddRehabGraphQL();
builder.Services.AddRehabLimits();
builder.Services.AddIdempotencyKeys();
builder.Services.AddWebApp(builder.Environment);

var app = builder.Build();
app.MapWebApp();
app.MapHealth();
app.MapGraphQLOverHttp().WithIdempotencyKeys();
app.MapCertificateVerification();
app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
