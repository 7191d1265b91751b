// A project locked for a change, so that changes follow each other and version counts each once; then, read after the
// lock, its status, version and members with their offender managers. No row for an unknown project.
MATCH (p:Project {id: $projectId})
SET p._lock = true
WITH p
RETURN {projectId: p.id, status: p.status, version: p.version, womenOnly: coalesce(p.womenOnly, false),
        members: [(m:Person)-[t:MEMBER_OF]->(p) | {personId: m.id, displayName: m.displayName, since: t.since, founder: t.founder,
                  offenderManagerId: head([(m)<-[:SUPERVISES]-(pr:Practitioner) | pr.id])}]} AS locked
