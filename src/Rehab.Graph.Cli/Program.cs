namespace Rehab.Graph.Cli;

/// <summary>A named entry point: a top-level one would be a second public <c>Program</c> beside the hub's.</summary>
public static class Program
{
    public static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable);
}
