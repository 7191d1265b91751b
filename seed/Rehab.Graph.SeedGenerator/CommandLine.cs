namespace Rehab.Graph.SeedGenerator;

/// <summary>"command --name value ..." arguments, checked against the options the command accepts.</summary>
public sealed record CommandLine(string Command, IReadOnlyDictionary<string, string> Options)
{
    public static CommandLine Parse(string[] args, IReadOnlyDictionary<string, string[]> optionsByCommand)
    {
        if (args.Length == 0 || !optionsByCommand.TryGetValue(args[0], out var allowed))
        {
            throw new UsageException(args.Length == 0 ? "No command given." : $"Unknown command '{args[0]}'.");
        }

        var options = new Dictionary<string, string>();
        for (var i = 1; i < args.Length; i += 2)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is null || !allowed.Contains(name))
            {
                throw new UsageException($"Unknown option '{args[i]}' for '{args[0]}'.");
            }

            if (i + 1 >= args.Length)
            {
                throw new UsageException($"Option '{args[i]}' needs a value.");
            }

            options[name] = args[i + 1];
        }

        return new CommandLine(args[0], options);
    }

    public string? this[string name] => Options.GetValueOrDefault(name);
}

public sealed class UsageException(string message) : Exception(message);
