using Rehab.Graph.Cli;

return CliApp.Run(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable);
