using Microsoft.Extensions.Logging;

namespace Rehab.Graph.Cli;

/// <summary>
/// The hub's own components (the migration runner, the region loader) report progress by logging; a command hands
/// them this logger so that progress reaches the user's standard error as plain lines.
/// </summary>
internal sealed class TextWriterLogger<T>(TextWriter writer) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            writer.WriteLine(formatter(state, exception));
        }
    }
}
