namespace System.Runtime.CompilerServices;

/// <summary>Lets records and init accessors compile for netstandard2.0, which Roslyn requires of a generator.</summary>
internal static class IsExternalInit;
