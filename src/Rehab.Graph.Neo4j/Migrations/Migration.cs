namespace Rehab.Graph.Neo4j.Migrations;

/// <summary>
/// One versioned schema change. Its DDL lives in <c>Migrations/{File}.v3.cypher</c> (Neo4j 3.x) and
/// <c>Migrations/{File}.v5.cypher</c> (Neo4j 4/5): statements separated by ';' and each idempotent.
/// </summary>
public sealed record Migration(int Version, string Name, string File)
{
    /// <summary>Every migration, in order. Add new ones at the end; never edit one that has shipped.</summary>
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "Unique ids and codes per label", "001-unique-ids"),
        new(2, "Latitude indexes for near searches", "002-latitude-indexes"),
        new(3, "Online index: online support is found without scanning every service", "003-online-index"),
        new(4, "Referral and audit entry ids; audit entries found by item", "004-referrals-and-audit"),
        new(5, "Immediate Justice case, certificate and outbox message ids", "005-route-ids"),
        new(6, "Unsent outbox messages labelled OutboxPending; outbox messages found by sentAt", "006-outbox-pending-and-sent-at"),
        new(7, "Idempotency keys: one per caller and key, the write's claim; found by expiry for pruning", "007-idempotency-keys"),
        new(8, "Referral sessions from the attendance and hours logged before them; session counts taken from the sessions", "008-referral-sessions"),
        new(9, "Plans: one per person, and goals and steps by id", "009-plans"),
        new(10, "Funds: one per person, and their entries by id", "010-funds"),
        new(11, "Co-produced projects by id", "011-projects"),
        new(12, "Funds found by their holder, for a women's service's list", "012-fund-holders"),
        new(13, "Directory change numbers: the listings each hub's in-memory directory reads after a write", "013-directory-changes"),
        new(14, "Audit entries under their target's anchor: a read's audit commits in about 1 ms on 3.1, where a labelled entry took 11", "014-audit-entries-by-target"),
        new(15, "Organisations carry the directory change that last wrote them: a hub reads only the organisations changed", "015-organisation-changes"),
    ];
}
