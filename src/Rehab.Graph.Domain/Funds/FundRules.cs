using Rehab.Graph.Domain.Plans;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Funds;

/// <summary>What a fund's amounts, words and holder may be, and what each entry does to the balance, which never goes below zero.</summary>
public static class FundRules
{
    /// <summary>£5,000: the most one entry moves. A personal fund pays for a course, tools or a deposit, not a salary.</summary>
    public const int MaxEntryPence = 500_000;

    /// <summary>£50,000: the most a fund may hold after an allocation; far more than any personal budget, far below Int's limit.</summary>
    public const int MaxBalancePence = 5_000_000;

    public const int MaxDescription = 500;

    /// <summary>The kinds of organisation that may hold a fund for the women they support.</summary>
    public static readonly IReadOnlyList<string> WomensServiceKinds = ["WOMENS_CENTRE"];

    /// <summary>An amount of money in whole pence: more than zero, at most <see cref="MaxEntryPence"/>.</summary>
    public static int Amount(int pence, string field) => pence switch
    {
        <= 0 => throw new InvalidInputException(field, $"'{field}' must be more than 0 pence (got {pence})."),
        > MaxEntryPence => throw new InvalidInputException(field, $"'{field}' is {Pounds(pence)}; one entry moves at most {Pounds(MaxEntryPence)} ({MaxEntryPence} pence)."),
        _ => pence,
    };

    /// <summary>What the money is for, in words: trimmed, 1 to <see cref="MaxDescription"/> characters, or null when optional and absent.</summary>
    public static string? Description(string? text, string field, bool required) => PlanRules.Text(text, MaxDescription, field, required);

    /// <summary>
    /// Who holds the fund after an allocation. The first allocation sets it: the organisation it names, which must be a women's
    /// service and the person a woman, or else the person's offender manager. A later one may name only the holder it has.
    /// </summary>
    public static FundHolder Holder(FundHolder? current, AllocationSubject subject, string field)
    {
        if (current is not null)
        {
            return subject.NamedOrganisation is { } named && (current.Kind != FundHolderKind.Organisation || current.Id != named.Id)
                ? throw new ConflictException($"The fund of person '{subject.PersonId}' is held by {Describe(current)}; an allocation may not move it to '{named.Id}'.")
                : current;
        }

        if (subject.NamedOrganisation is not { } organisation)
        {
            return subject.OffenderManagerId is { } practitionerId
                ? new FundHolder(FundHolderKind.OffenderManager, practitionerId)
                : throw new ConflictException($"Person '{subject.PersonId}' has no offender manager to hold their fund; name the women's service that holds it in '{field}', or assign an offender manager first.");
        }

        if (!WomensServiceKinds.Contains(organisation.Kind, StringComparer.Ordinal))
        {
            throw new InvalidInputException(field, $"Organisation '{organisation.Id}' is a {organisation.Kind}; only a women's service ({string.Join(", ", WomensServiceKinds)}) may hold a fund.");
        }

        return subject.Gender == Gender.Female
            ? new FundHolder(FundHolderKind.Organisation, organisation.Id)
            : throw new InvalidInputException(field, $"A women's service holds funds for the women it supports; person '{subject.PersonId}' is recorded as {(subject.Gender is { } g ? EnumCodes.ToCode(g) : "of no stated gender")}.");
    }

    /// <summary>The balance after an allocation, which may not take the fund past <see cref="MaxBalancePence"/>.</summary>
    public static int Allocate(int balance, int amount) => (long)balance + amount <= MaxBalancePence
        ? balance + amount
        : throw new ConflictException($"The fund holds {Pounds(balance)}; another {Pounds(amount)} would take it past the {Pounds(MaxBalancePence)} a fund may hold.");

    /// <summary>The goal a spend is for: one of the person's plan, and ACTIVE (a proposal is agreed first; an achieved or dropped goal needs no more money).</summary>
    public static void CheckGoal(string goalId, string personId, GoalStatus? status, string field)
    {
        switch (status)
        {
            case null:
                throw new InvalidInputException(field, $"No goal '{goalId}' on the plan of person '{personId}'; a spend is for one of their own goals.");
            case not GoalStatus.Active:
                throw new InvalidInputException(field, $"Goal '{goalId}' is {EnumCodes.ToCode(status.Value)}; money is spent on ACTIVE goals only.");
        }
    }

    /// <summary>The balance after a spend: never below zero, so a spend beyond the balance is refused with the balance in words.</summary>
    public static int Spend(int balance, int amount) => amount <= balance
        ? balance - amount
        : throw new ConflictException($"The fund holds {Pounds(balance)} ({balance} pence); a spend of {Pounds(amount)} ({amount} pence) is more than that.");

    /// <summary>
    /// The balance after a refund of <paramref name="amount"/> from <paramref name="entry"/>: only a spend is refunded, and
    /// never more than it less what has come back from it already.
    /// </summary>
    public static int Refund(int balance, RefundedEntry entry, int amount, string field)
    {
        if (entry.Kind != FundEntryKind.Spend)
        {
            throw new InvalidInputException(field, $"Entry '{entry.Id}' is {EnumCodes.ToCode(entry.Kind)}; money comes back from a SPEND only.");
        }

        var left = entry.AmountPence - entry.RefundedPence;
        return amount <= left
            ? balance + amount
            : throw new ConflictException($"Spend '{entry.Id}' was {Pounds(entry.AmountPence)} and {Pounds(entry.RefundedPence)} of it has come back; at most {Pounds(left)} ({left} pence) more may.");
    }

    /// <summary>Pence as pounds: 123456 is "£1,234.56".</summary>
    public static string Pounds(long pence) => (pence < 0 ? "-" : "") + "£" + (Math.Abs(pence) / 100.0).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(FundHolder holder) => holder.Kind == FundHolderKind.Organisation ? $"organisation '{holder.Id}'" : "the person's offender manager";
}

/// <summary>What an allocation decides the holder from: the person, their offender manager, and the organisation it names (null when none).</summary>
public sealed record AllocationSubject(string PersonId, Gender? Gender, string? OffenderManagerId, NamedHolder? NamedOrganisation);

/// <summary>An organisation named to hold a fund, with its kind.</summary>
public sealed record NamedHolder(string Id, string Kind);

/// <summary>An entry a refund names: its kind, its amount, and how much has come back from it already.</summary>
public sealed record RefundedEntry(string Id, FundEntryKind Kind, int AmountPence, int RefundedPence);
