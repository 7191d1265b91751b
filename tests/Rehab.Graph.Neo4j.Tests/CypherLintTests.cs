using System.Text.Json;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>Every portable statement is Cypher 5 as well as Cypher 3.1: production runs Neo4j 5.</summary>
public sealed class CypherLintTests(CypherLintTests.Lint lint) : IClassFixture<CypherLintTests.Lint>
{
    [Fact]
    public void Every_portable_cypher_file_passes_the_Cypher_5_lint()
    {
        var problems = lint.Reports
            .Where(r => r.File != lint.NonPortableFile)
            .SelectMany(r => r.Diagnostics
                .Select(d => $"{Path.GetRelativePath(RepositoryPaths.Root, r.File)}:{d.Line}:{d.Column} {d.Severity}: {d.Message}"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_file_was_linted()
    {
        Assert.Equal([.. lint.SourceFiles, lint.NonPortableFile], lint.Reports.Select(r => r.File));
        Assert.Contains(lint.SourceFiles, f => f.EndsWith("services-near.cypher", StringComparison.Ordinal));
        Assert.Contains(lint.SourceFiles, f => f.EndsWith("001-unique-ids.v5.cypher", StringComparison.Ordinal));
        Assert.DoesNotContain(lint.SourceFiles, f => f.EndsWith(".v3.cypher", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lint_reports_Cypher_that_Neo4j_5_removed()
    {
        var diagnostics = lint.Reports.Single(r => r.File == lint.NonPortableFile).Diagnostics;

        Assert.Contains(diagnostics, d => d.Severity == "error" && d.Message.Contains("exists", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Severity == "error" && d.Message.Contains("toInt", StringComparison.Ordinal));
    }

    /// <summary>Lints every file in one node run (the linter takes seconds to start), with a known-bad file among them.</summary>
    public sealed class Lint : IAsyncLifetime
    {
        private DirectoryInfo? _scratch;

        public IReadOnlyList<string> SourceFiles { get; private set; } = [];

        public string NonPortableFile { get; private set; } = "";

        public IReadOnlyList<LintReport> Reports { get; private set; } = [];

        public async ValueTask InitializeAsync()
        {
            SourceFiles = [.. Directory.EnumerateFiles(RepositoryPaths.Combine("src", "Rehab.Graph.Neo4j"), "*.cypher", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".v3.cypher", StringComparison.Ordinal))
                .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                .Order(StringComparer.Ordinal)];
            _scratch = Directory.CreateTempSubdirectory("rehab-lint-");
            NonPortableFile = Path.Combine(_scratch.FullName, "non-portable.cypher");
            await File.WriteAllTextAsync(NonPortableFile, "MATCH (n) WHERE exists(n.x) RETURN toInt(n.y)\n");
            var output = await NodeScripts.RunAsync("lint-cypher.mjs", [.. SourceFiles, NonPortableFile]);
            Reports = JsonSerializer.Deserialize<List<LintReport>>(output, JsonSerializerOptions.Web)
                ?? throw new InvalidOperationException("The linter printed no report: " + output);
        }

        public ValueTask DisposeAsync()
        {
            _scratch?.Delete(recursive: true);
            return ValueTask.CompletedTask;
        }
    }

    public sealed record LintReport(string File, IReadOnlyList<LintDiagnostic> Diagnostics);

    public sealed record LintDiagnostic(string Message, int Line, int Column, string Severity);
}
