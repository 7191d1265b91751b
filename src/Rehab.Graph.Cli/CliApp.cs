using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Tokens;

namespace Rehab.Graph.Cli;

/// <summary>
/// Admin work from the command line. <c>token --role ROLE [--practitioner ID] [--organisation ID] [--person ID] [--duty DUTY] [--user NAME] [--hours N]</c>
/// prints a bearer token, alone, on standard output; it is signed with <c>Auth__SigningKey</c> from the
/// environment, or else the published development key. <c>import</c> imports an organisation's services from a
/// file (see <see cref="ImportCommand"/>), <c>export</c> writes them to one (<see cref="ExportCommand"/>), and
/// <c>seed</c> migrates a database and loads a region into it (<see cref="SeedCommand"/>); <c>backup</c> writes the
/// whole graph to a file (<see cref="BackupCommand"/>) and <c>restore</c> loads one into an empty database (<see cref="RestoreCommand"/>).
/// </summary>
public static class CliApp
{
    private const string Usage = "usage: token --role OFFENDER_MANAGER|PARTNER|COMMISSIONER|REFERRER|ADMIN|PERSON [--practitioner ID] [--organisation ID] [--person ID] [--duty IJ_COORDINATOR] [--user NAME] [--hours N]";

    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        switch (args)
        {
            case ["import", .. var import]:
                return Blocking(() => ImportCommand.RunAsync(import, output, error, environment));
            case ["export", .. var export]:
                return Blocking(() => ExportCommand.RunAsync(export, output, error, environment));
            case ["seed", .. var seed]:
                return Blocking(() => SeedCommand.RunAsync(seed, output, error, environment));
            case ["backup", .. var backup]:
                return Blocking(() => BackupCommand.RunAsync(backup, output, error, environment));
            case ["restore", .. var restore]:
                return Blocking(() => RestoreCommand.RunAsync(restore, output, error, environment));
        }

        if (args is not ["token", .. var rest] || rest.Length % 2 != 0)
        {
            error.WriteLine(Usage);
            error.WriteLine(ImportCommand.Usage);
            error.WriteLine(ExportCommand.Usage);
            error.WriteLine(SeedCommand.Usage);
            error.WriteLine(BackupCommand.Usage);
            error.WriteLine(RestoreCommand.Usage);
            return 2;
        }

        // An empty value is no value: the hub refuses a token whose claims are empty strings.
        var options = new Dictionary<string, string>();
        for (var i = 0; i < rest.Length; i += 2)
        {
            if (!string.IsNullOrWhiteSpace(rest[i + 1]))
            {
                options[rest[i].TrimStart('-')] = rest[i + 1];
            }
        }

        try
        {
            var role = Role(options.GetValueOrDefault("role"));
            var practitioner = options.GetValueOrDefault("practitioner");
            var organisation = options.GetValueOrDefault("organisation");
            if (role == CallerRole.OffenderManager && practitioner is null)
            {
                throw new ArgumentException("An OFFENDER_MANAGER token needs --practitioner ID.");
            }

            if (role is CallerRole.Partner or CallerRole.Referrer && organisation is null)
            {
                throw new ArgumentException($"A {EnumCodes.ToCode(role)} token needs --organisation ID.");
            }

            var person = options.GetValueOrDefault("person");
            if (role == CallerRole.Person && person is null)
            {
                throw new ArgumentException("A PERSON token needs --person ID.");
            }

            if (role != CallerRole.Person && person is not null)
            {
                throw new ArgumentException("Only a PERSON token carries a --person.");
            }

            var duty = Duty(options.GetValueOrDefault("duty"), role);
            var hours = options.TryGetValue("hours", out var h) && int.TryParse(h, out var parsed) && parsed is > 0 and <= 24 * 30
                ? parsed
                : options.ContainsKey("hours") ? throw new ArgumentException("--hours must be a whole number from 1 to 720.") : 8;
            var key = environment("Auth__SigningKey") ?? TokenIssuer.DevelopmentSigningKey;
            output.WriteLine(TokenIssuer.Issue(TokenIssuer.DefaultIssuer, TokenIssuer.DefaultAudience, key, role, practitioner, organisation, TimeSpan.FromHours(hours), DateTimeOffset.UtcNow, options.GetValueOrDefault("user"), duty, person));
            return 0;
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine(Usage);
            return 2;
        }
    }

    /// <summary>Unlike the hub, which ignores a duty it does not know, the CLI refuses one: it is a typo here, not a newer identity provider.</summary>
    private static CallerDuty? Duty(string? code, CallerRole role)
    {
        if (code is null)
        {
            return null;
        }

        if (role != CallerRole.Partner)
        {
            throw new ArgumentException("Only a PARTNER token carries a --duty.");
        }

        try
        {
            return EnumCodes.Parse<CallerDuty>(code);
        }
        catch (FormatException)
        {
            throw new ArgumentException($"Unknown duty '{code}'; the one duty is IJ_COORDINATOR.");
        }
    }

    private static CallerRole Role(string? code)
    {
        try
        {
            var role = EnumCodes.Parse<CallerRole>(code ?? throw new ArgumentException("--role is required."));
            return role == CallerRole.Anonymous ? throw new ArgumentException("Anonymous callers need no token.") : role;
        }
        catch (FormatException)
        {
            throw new ArgumentException($"Unknown role '{code}'.");
        }
    }

    /// <summary>Runs a command on the thread pool, so that waiting for it is safe whatever synchronisation context the caller has.</summary>
    private static int Blocking(Func<Task<int>> command) => Task.Run(command).GetAwaiter().GetResult();
}
