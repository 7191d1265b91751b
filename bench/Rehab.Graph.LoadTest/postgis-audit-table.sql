-- Where the audited floor records its reads; kept apart from the loaded tables, so a reload leaves it be.
CREATE TABLE IF NOT EXISTS audit_entries (
    id bigserial PRIMARY KEY, at timestamptz NOT NULL, actor_role text NOT NULL, actor_id text NOT NULL, action text NOT NULL, subject text NOT NULL,
    summary text NOT NULL)
