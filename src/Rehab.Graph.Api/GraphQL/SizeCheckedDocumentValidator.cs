using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Rehab.Graph.Api.Limits;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// Refuses a document that is too big to check before any validation rule sees it. The spec's rules
/// run in one walk of the document, every one of them to the end whatever another has found, and
/// GraphQL.NET's complexity analyser follows every fragment where it is spread; so a document of
/// fragments spreading fragments must be refused before either starts.
/// </summary>
internal sealed class SizeCheckedDocumentValidator(IOptions<LimitOptions> limits) : IDocumentValidator
{
    private readonly DocumentValidator _rules = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options) =>
        DocumentSize.Check(options.Document, options.Operation, limits.Value) is { } error
            ? Task.FromResult<IValidationResult>(new ValidationResult(error))
            : _rules.ValidateAsync(options);
}
