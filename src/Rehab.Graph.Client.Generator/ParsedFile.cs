using GraphQLParser.AST;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Rehab.Graph.Client.Generator;

/// <summary>A .graphql file and its syntax tree (null when it does not parse), able to place a diagnostic on its nodes.</summary>
internal sealed class ParsedFile(GraphQLFile file, GraphQLDocument? document)
{
    private readonly SourceText text = SourceText.From(file.Text);

    public string Path => file.Path;

    public GraphQLDocument? Document { get; } = document;

    public string FileNameWithoutExtension => System.IO.Path.GetFileNameWithoutExtension(file.Path);

    public Location LocationOf(ASTNode? node) =>
        node is null ? LocationOf(0, 0) : LocationOf(node.Location.Start, node.Location.End);

    public Location LocationOf(int start, int end)
    {
        var span = TextSpan.FromBounds(Clamp(start), Clamp(end));
        return Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
    }

    public Location LocationOfLine(int line, int column)
    {
        var lineIndex = System.Math.Max(0, System.Math.Min(line - 1, text.Lines.Count - 1));
        var start = Clamp(text.Lines[lineIndex].Start + System.Math.Max(0, column - 1));
        return LocationOf(start, start);
    }

    private int Clamp(int position) => System.Math.Max(0, System.Math.Min(position, text.Length));
}
