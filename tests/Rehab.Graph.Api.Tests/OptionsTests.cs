using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Rehab.Graph.Features.Certificates;
using Rehab.Graph.Api.Idempotency;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Features.Outbox;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Features.Connector;
using Rehab.Graph.Features.Referrals;
using Rehab.Graph.Testing;
using Rehab.Graph.Web.Hosting;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Settings read as options from the keys README.md and docs/ name, and checked at start-up: a value out of range stops
/// the hub with a sentence that names its key.
/// </summary>
public sealed class OptionsTests(RehabGraphApplication app)
{
    [Theory]
    [InlineData("PollSeconds", "0", "must be positive")]
    [InlineData("BatchSize", "0", "must be positive")]
    [InlineData("MaxAttempts", "-1", "must be positive")]
    [InlineData("RetrySeconds", "-0.5", "must not be negative")]
    [InlineData("LeaseSeconds", "0", "must be positive")]
    [InlineData("RetentionDays", "0", "must be positive")]
    public void An_outbox_setting_out_of_range_is_refused_naming_its_key(string name, string value, string problem)
    {
        var failure = StartUpFailure(Services(new() { [$"Outbox:{name}"] = value }).AddOutbox());

        Assert.Contains($"Outbox:{name} {problem}.", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Limits:AnonymousConnectsPerMinute", "0", "must be between 1 and 100000.")]
    [InlineData("Limits:MaxRequestBytes", "1000", "must be between 1024 and 16777216.")]
    [InlineData("Referrals:ResponseWorkingDays", "31", "must be between 1 and 30.")]
    [InlineData("Idempotency:RetentionHours", "23", "must be between 24 and 8784.")]
    [InlineData("Idempotency:InFlightSeconds", "0", "must be between")]
    public void A_limit_out_of_range_is_refused_naming_its_key(string key, string value, string problem)
    {
        var failure = StartUpFailure(Services(new() { [key] = value }).AddRehabLimits().AddReferrals().AddIdempotencyKeys());

        Assert.Contains($"{key} {problem}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outbox_setting_out_of_range_stops_the_hub_at_start()
    {
        await using var hub = new HubFactory(app.Neo4j.Uri, seedDemoData: false, settings: new Dictionary<string, string?> { ["Outbox:PollSeconds"] = "0" });

        var failure = await Assert.ThrowsAnyAsync<Exception>(hub.StartAsync);

        Assert.Contains("Outbox:PollSeconds must be positive.", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Certificates_read_PublicBaseUrl_at_the_top_level_and_the_licence_key_under_Certificates()
    {
        using var services = Services(new() { ["PublicBaseUrl"] = "https://hub.example/rehab/", ["Certificates:PdfSharpLicenseKey"] = "a-licence-key" })
            .AddOutbox()
            .BuildServiceProvider();

        Assert.Equal("https://hub.example/rehab/verify/abc", services.GetRequiredService<CertificateLinks>().Verification("abc"));
        Assert.Equal("a-licence-key", services.GetRequiredService<IOptions<CertificateOptions>>().Value.PdfSharpLicenseKey);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Without_a_PublicBaseUrl_certificates_send_people_to_localhost_5080(string? value)
    {
        using var services = Services(value is null ? [] : new() { ["PublicBaseUrl"] = value }).AddOutbox().BuildServiceProvider();

        Assert.Equal("http://localhost:5080/verify/abc", services.GetRequiredService<CertificateLinks>().Verification("abc"));
    }

    [Theory]
    [InlineData("hub.example")]
    [InlineData("/rehab")]
    [InlineData("ftp://hub.example/")]
    public void A_PublicBaseUrl_that_is_not_an_absolute_http_address_is_refused_naming_the_key(string value)
    {
        var failure = StartUpFailure(Services(new() { ["PublicBaseUrl"] = value }).AddOutbox());

        Assert.Contains($"PublicBaseUrl '{value}' is not an absolute http(s) address.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_PublicBaseUrl_that_is_not_an_absolute_http_address_stops_the_hub_at_start()
    {
        await using var hub = new HubFactory(app.Neo4j.Uri, seedDemoData: false, settings: new Dictionary<string, string?> { ["PublicBaseUrl"] = "hub.example" });

        var failure = await Assert.ThrowsAnyAsync<Exception>(hub.StartAsync);

        Assert.Contains("PublicBaseUrl 'hub.example' is not an absolute http(s) address.", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_connectors_weights_come_from_Connector_Weights()
    {
        using var services = Services(new() { ["Connector:Weights:Need"] = "7", ["Connector:Weights:LivedExperience"] = "0.25" })
            .AddConnector()
            .BuildServiceProvider();

        Assert.Equal(new ScoringWeights { Need = 7, LivedExperience = 0.25 }, services.GetRequiredService<IOptions<ScoringWeights>>().Value);
    }

    [Fact]
    public void In_the_hub_the_development_sign_in_signs_as_Auth_says_unless_WebApp_Development_says_otherwise()
    {
        var development = new HostingEnvironment { EnvironmentName = "Development" };
        using var services = Services(new()
            {
                ["Auth:SigningKey"] = "the-hubs-own-signing-key-0123456789",
                ["Auth:Issuer"] = "the-hubs-issuer",
                ["Auth:Audience"] = "the-hubs-audience",
                ["WebApp:Development:Audience"] = "the-web-apps-audience",
            })
            .AddWebApp(development)
            .BuildServiceProvider();
        using var unset = Services([]).AddWebApp(development).BuildServiceProvider();

        Assert.Equal(
            new WebAppOptions.DevelopmentOptions { SigningKey = "the-hubs-own-signing-key-0123456789", Issuer = "the-hubs-issuer", Audience = "the-web-apps-audience" },
            services.GetRequiredService<IOptions<WebAppOptions>>().Value.Development);
        Assert.Equal(new WebAppOptions.DevelopmentOptions(), unset.GetRequiredService<IOptions<WebAppOptions>>().Value.Development);
    }

    /// <summary>What the host's start-up check of the options (every ValidateOnStart) says.</summary>
    private static OptionsValidationException StartUpFailure(IServiceCollection services)
    {
        using var provider = services.BuildServiceProvider();
        return Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);
    }

    private static IServiceCollection Services(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}
