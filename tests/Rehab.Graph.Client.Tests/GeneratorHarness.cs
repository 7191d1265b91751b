using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Rehab.Graph.Client.Generator;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Client.Tests;

/// <summary>
/// Runs the generator as the compiler does (CSharpGeneratorDriver) over the real schema and the given operation files, and
/// compiles its output beside a stand-in for the client's hand-written half.
/// </summary>
internal static class GeneratorHarness
{
    public const string OperationsFolder = "/project/Operations/";

    private const string HandWritten = """
        namespace Rehab.Graph.Client;

        public enum RehabGraphOperationKind { Query, Mutation }

        public sealed record RehabGraphOperation(string Name, RehabGraphOperationKind Kind, string Document);

        public partial class RehabGraphClient : IRehabGraphClient
        {
            protected System.Threading.Tasks.Task<T> SendAsync<T>(RehabGraphOperation operation, object? variables, System.Threading.CancellationToken cancellationToken) =>
                throw new System.NotSupportedException();
        }
        """;

    private static readonly Lazy<string> Schema = new(() => File.ReadAllText(RepositoryPaths.Combine("schema", "rehab.graphql")));

    /// <summary>The shared framework only: the test's own copy of Rehab.Graph.Client would clash with the generated types.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Contains($"{Path.DirectorySeparatorChar}Microsoft.NETCore.App{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p))]);

    /// <summary>The path an operation file is given: <c>/project/Operations/&lt;relative&gt;</c>.</summary>
    public static string PathOf(string relative) => OperationsFolder + relative;

    /// <summary>Runs the generator over the schema and <paramref name="files"/> (relative path under Operations/, text).</summary>
    public static Run Generate(params (string Path, string Text)[] files) =>
        GenerateWith([("/project/schema/rehab.graphql", Schema.Value), .. files.Select(f => (PathOf(f.Path), f.Text))]);

    public static Run GenerateWith(IEnumerable<(string Path, string Text)> files)
    {
        var compilation = CSharpCompilation.Create(
            "Generated",
            [CSharpSyntaxTree.ParseText(HandWritten, new CSharpParseOptions(LanguageVersion.Latest))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(
            [new RehabGraphClientGenerator().AsSourceGenerator()],
            [.. files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text))],
            new CSharpParseOptions(LanguageVersion.Latest));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new Run(diagnostics, output);
    }

    public sealed record Run(ImmutableArray<Diagnostic> GeneratorDiagnostics, Compilation Output)
    {
        private Assembly? loaded;

        /// <summary>The one diagnostic the generator reported (fails when it reported none or several).</summary>
        public Diagnostic Single() => Assert.Single(GeneratorDiagnostics);

        /// <summary>Errors and warnings of the generated code, compiled with nullable checks on.</summary>
        public IReadOnlyList<Diagnostic> CompilerProblems =>
            [.. Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning)];

        public string Source(string hintName) =>
            Output.SyntaxTrees.Single(t => t.FilePath.EndsWith(hintName, StringComparison.Ordinal)).ToString();

        /// <summary>A generated type by its metadata name, e.g. <c>Rehab.Graph.Client.QResult+NodeData</c>.</summary>
        public INamedTypeSymbol Type(string metadataName) =>
            Output.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException($"No type {metadataName} was generated.");

        /// <summary>A property's C# type as written, e.g. <c>IReadOnlyList&lt;string?&gt;</c>.</summary>
        public string PropertyType(string metadataName, string property) =>
            Type(metadataName).GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

        public bool IsRequired(string metadataName, string property) =>
            Type(metadataName).GetMembers(property).OfType<IPropertySymbol>().Single().IsRequired;

        /// <summary>The document an operation sends, as compiled into RehabGraphOperations.</summary>
        public string Document(string operation)
        {
            var operations = Load().GetType("Rehab.Graph.Client.RehabGraphOperations")!;
            var value = operations.GetProperty(operation)!.GetValue(null)!;
            return (string)value.GetType().GetProperty("Document")!.GetValue(value)!;
        }

        /// <summary>Compiles the output and loads it (once), to read JSON into the generated records.</summary>
        public Assembly Load() => loaded ??= Compile();

        private Assembly Compile()
        {
            Assert.Empty(CompilerProblems);
            using var image = new MemoryStream();
            var emitted = Output.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            return Assembly.Load(image.ToArray());
        }
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }
}
