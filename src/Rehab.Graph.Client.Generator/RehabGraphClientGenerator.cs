using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Location = Microsoft.CodeAnalysis.Location;

namespace Rehab.Graph.Client.Generator;

/// <summary>
/// Generates the typed Rehab.Graph client from the <c>.graphql</c> AdditionalFiles: the files with type definitions are the
/// schema, every other one holds one operation (named as its file) and any fragments. Per operation: a variables record,
/// result records, a method on <c>IRehabGraphClient</c>; for the schema: its enums and input types.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RehabGraphClientGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(f => f.Path.EndsWith(".graphql", System.StringComparison.OrdinalIgnoreCase))
            .Select((f, cancellationToken) => new GraphQLFile(f.Path, f.GetText(cancellationToken)?.ToString() ?? ""))
            .Collect();

        context.RegisterSourceOutput(files, static (output, all) => Generate(output, all, output.CancellationToken));
    }

    private static void Generate(SourceProductionContext output, ImmutableArray<GraphQLFile> all, CancellationToken cancellationToken)
    {
        if (all.IsEmpty)
        {
            return;
        }

        var diagnostics = new List<Diagnostic>();
        var parsed = all.OrderBy(f => f.Path, System.StringComparer.Ordinal).Select(f => Parse(f, diagnostics)).ToList();
        var schemaFiles = parsed.Where(p => p.Document?.Definitions.Any(Schema.IsTypeSystem) == true).ToList();
        var operationFiles = parsed.Except(schemaFiles).ToList();
        if (schemaFiles.Count == 0)
        {
            // A schema that does not parse has already been reported; otherwise there is none at all.
            if (diagnostics.Count == 0)
            {
                diagnostics.Add(Diagnostic.Create(Diagnostics.NoSchema, Location.None));
            }

            Report(output, diagnostics);
            return;
        }

        var schema = Schema.Build(schemaFiles.Select(f => f.Document!));
        var fragments = new Dictionary<string, (GraphQLFragmentDefinition Definition, ParsedFile File)>();
        var operations = new List<(GraphQLOperationDefinition Definition, ParsedFile File)>();
        foreach (var file in operationFiles.Where(f => f.Document is not null))
        {
            CollectDefinitions(file, fragments, operations, diagnostics);
        }

        var models = new List<OperationModel>();
        var emitter = new CSharpEmitter(schema);
        foreach (var (definition, file) in operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = diagnostics.Count;
            var model = new OperationCompiler(schema, fragments, diagnostics.Add).Compile(definition, file);
            if (model is not null && diagnostics.Count == before)
            {
                models.Add(model);
            }
        }

        Report(output, diagnostics);
        output.AddSource("RehabGraphSchemaTypes.g.cs", SourceText.From(emitter.SchemaTypes(), System.Text.Encoding.UTF8));
        foreach (var model in models)
        {
            output.AddSource(model.Name + ".g.cs", SourceText.From(emitter.Operation(model), System.Text.Encoding.UTF8));
        }

        output.AddSource("RehabGraphOperations.g.cs", SourceText.From(CSharpEmitter.Operations(models.OrderBy(m => m.Name, System.StringComparer.Ordinal).ToList()), System.Text.Encoding.UTF8));
    }

    private static ParsedFile Parse(GraphQLFile file, List<Diagnostic> diagnostics)
    {
        try
        {
            return new ParsedFile(file, Parser.Parse(file.Text, new ParserOptions { Ignore = IgnoreOptions.Comments }));
        }
        catch (GraphQLParserException e)
        {
            var broken = new ParsedFile(file, null);
            diagnostics.Add(Diagnostic.Create(Diagnostics.SyntaxError, broken.LocationOfLine(e.Location.Line, e.Location.Column), e.Description));
            return broken;
        }
    }

    private static void CollectDefinitions(
        ParsedFile file,
        Dictionary<string, (GraphQLFragmentDefinition Definition, ParsedFile File)> fragments,
        List<(GraphQLOperationDefinition Definition, ParsedFile File)> operations,
        List<Diagnostic> diagnostics)
    {
        var inFile = 0;
        foreach (var definition in file.Document!.Definitions)
        {
            switch (definition)
            {
                case GraphQLFragmentDefinition fragment:
                    var fragmentName = fragment.FragmentName.Name.StringValue;
                    if (fragments.TryGetValue(fragmentName, out var other))
                    {
                        diagnostics.Add(Diagnostic.Create(Diagnostics.DuplicateFragment, file.LocationOf(fragment.FragmentName), fragmentName, other.File.Path));
                    }
                    else
                    {
                        fragments[fragmentName] = (fragment, file);
                    }

                    break;
                case GraphQLOperationDefinition operation:
                    inFile++;
                    if (operation.Name is null)
                    {
                        diagnostics.Add(Diagnostic.Create(Diagnostics.AnonymousOperation, file.LocationOf(operation.Location.Start, operation.SelectionSet.Location.Start)));
                    }
                    else if (operations.FirstOrDefault(o => o.Definition.Name!.StringValue == operation.Name.StringValue) is { Definition: not null } existing)
                    {
                        diagnostics.Add(Diagnostic.Create(Diagnostics.DuplicateOperation, file.LocationOf(operation.Name), operation.Name.StringValue, existing.File.Path));
                    }
                    else if (inFile > 1)
                    {
                        diagnostics.Add(Diagnostic.Create(Diagnostics.FileLayout, file.LocationOf(operation.Name), $"'{file.Path}' holds more than one operation: give '{operation.Name.StringValue}' a file of its own"));
                    }
                    else if (operation.Name.StringValue != file.FileNameWithoutExtension)
                    {
                        diagnostics.Add(Diagnostic.Create(Diagnostics.FileLayout, file.LocationOf(operation.Name), $"Operation '{operation.Name.StringValue}' must be in a file named {operation.Name.StringValue}.graphql"));
                    }
                    else
                    {
                        operations.Add((operation, file));
                    }

                    break;
            }
        }
    }

    /// <summary>Each finding once, though a fragment checked for every operation using it would repeat it.</summary>
    private static void Report(SourceProductionContext output, List<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.GroupBy(d => (d.Id, d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path, d.Location.SourceSpan, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))).Select(g => g.First()))
        {
            output.ReportDiagnostic(diagnostic);
        }
    }
}
