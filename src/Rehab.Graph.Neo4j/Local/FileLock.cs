namespace Rehab.Graph.Neo4j.Local;

/// <summary>An exclusive lock between processes, held while the file is open.</summary>
internal sealed class FileLock(FileStream stream) : IAsyncDisposable
{
    public static async Task<FileLock> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => stream.DisposeAsync();
}
