namespace Rehab.Graph.Features.Funds;

/// <summary>Money into a person's fund as asked for, not yet validated; the first names the holder, if not their offender manager.</summary>
public sealed record AllocationRequest(string PersonId, int AmountPence, string? HolderOrganisationId, string? Description);

/// <summary>A spend for one of the person's goals, as asked for.</summary>
public sealed record SpendRequest(string PersonId, string GoalId, int AmountPence, string? Description);

/// <summary>Money back into the fund from a spend, as asked for.</summary>
public sealed record RefundRequest(string EntryId, int AmountPence, string? Description);
