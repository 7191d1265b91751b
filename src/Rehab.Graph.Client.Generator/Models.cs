using System.Collections.Generic;

namespace Rehab.Graph.Client.Generator;

/// <summary>What one operation file compiles to: everything the C# emitter needs, checked against the schema.</summary>
internal sealed class OperationModel(string name, bool isMutation, string document, IReadOnlyList<InputValue> variables, RecordModel result, string path)
{
    /// <summary>The operation file, as the project names it (for the generated method's documentation).</summary>
    public string Path { get; } = path;

    public string Name { get; } = name;

    public bool IsMutation { get; } = isMutation;

    /// <summary>The text sent to the hub: the operation and the fragments it uses, nothing else.</summary>
    public string Document { get; } = document;

    public IReadOnlyList<InputValue> Variables { get; } = variables;

    public RecordModel Result { get; } = result;
}

/// <summary>A result record: one per selection set, nested in the record of the selection it belongs to.</summary>
internal sealed class RecordModel(string name)
{
    public string Name { get; } = name;

    public List<PropertyModel> Properties { get; } = [];
}

/// <summary>
/// One response key. <see cref="Optional"/> is set when the key may be missing from the response (a fragment on a narrower
/// type, or <c>@include</c>/<c>@skip</c>): then the property is nullable whatever the schema says.
/// </summary>
internal sealed class PropertyModel(string responseName, TypeRef type, bool optional, RecordModel? nested, string? description)
{
    public string? Description { get; } = description;

    public string ResponseName { get; } = responseName;

    public TypeRef Type { get; } = type;

    public bool Optional { get; } = optional;

    public RecordModel? Nested { get; } = nested;
}
