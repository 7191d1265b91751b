namespace Rehab.Graph.Api.GraphQL;

/// <summary>A request body read whole only while it stays within the limit.</summary>
internal static class BoundedBody
{
    /// <summary>
    /// The body's bytes, or null once it passes <paramref name="maxBytes"/>: a chunked body announces no
    /// length, so it is read piece by piece and never held whole when it is too large.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var piece = new byte[16 * 1_024];
        int read;
        while ((read = await request.Body.ReadAsync(piece, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(piece, 0, read);
        }

        return buffer.ToArray();
    }
}
