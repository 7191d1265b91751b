using System.Text.Json;

namespace Rehab.Graph.Neo4j.Client;

/// <summary>The rows one statement returned, as JSON values by column.</summary>
public sealed class CypherResult(IReadOnlyList<string> columns, IReadOnlyList<JsonElement> rows)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<string> Columns { get; } = columns;

    /// <summary>Each row is a JSON array with one value per column.</summary>
    public IReadOnlyList<JsonElement> Rows { get; } = rows;

    /// <summary>Reads one column of every row as <typeparamref name="T"/> (a statement returns a map per row for records).</summary>
    public IReadOnlyList<T> Read<T>(string column)
    {
        var index = IndexOf(column);
        return Rows.Select(row => row[index].Deserialize<T>(Json)!).ToList();
    }

    /// <summary>Reads one column of the single row a statement returned.</summary>
    public T Single<T>(string column)
    {
        if (Rows.Count != 1)
        {
            throw new InvalidOperationException($"Expected one row, got {Rows.Count}.");
        }

        return Read<T>(column)[0];
    }

    private int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The statement returned no column '{column}' (columns: {string.Join(", ", Columns)}).");
    }
}
