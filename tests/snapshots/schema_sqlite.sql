-- index api_tokens_user
CREATE INDEX api_tokens_user ON api_tokens(user_id);
-- index audit_log_user
CREATE INDEX audit_log_user ON audit_log(user_id, id);
-- index import_issues_import
CREATE INDEX import_issues_import ON import_issues(import_id);
-- index imports_user
CREATE INDEX imports_user ON imports(user_id, started_at_us);
-- index journey_builds_user
CREATE INDEX journey_builds_user ON journey_builds(user_id, id);
-- index journey_edits_user
CREATE INDEX journey_edits_user ON journey_edits(user_id, id);
-- index journey_visits_rank
CREATE INDEX journey_visits_rank ON journey_visits(user_id, journey_id, rank);
-- index journeys_user_last
CREATE INDEX journeys_user_last ON journeys(user_id, last_at_us);
-- index pages_user_canonical
CREATE INDEX pages_user_canonical ON pages(user_id, canonical_url);
-- index pages_user_host
CREATE INDEX pages_user_host ON pages(user_id, host);
-- index sessions_user
CREATE INDEX sessions_user ON sessions(user_id);
-- index visits_page
CREATE INDEX visits_page ON visits(page_id);
-- index visits_user_time
CREATE INDEX visits_user_time ON visits(user_id, visited_at_us);
-- table accounts
CREATE TABLE accounts (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    password_hash TEXT NOT NULL,
    is_admin INTEGER NOT NULL DEFAULT 0,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until_us INTEGER,
    created_at_us INTEGER NOT NULL
);
-- table api_tokens
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL,
    created_at_us INTEGER NOT NULL,
    expires_at_us INTEGER,
    revoked_at_us INTEGER,
    last_used_at_us INTEGER
);
-- table audit_log
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    at_us INTEGER NOT NULL,
    event TEXT NOT NULL,
    detail TEXT NOT NULL
);
-- table excluded_sites
CREATE TABLE excluded_sites (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    host TEXT NOT NULL,
    created_at_us INTEGER NOT NULL,
    PRIMARY KEY (user_id, host)
);
-- table import_issues
CREATE TABLE import_issues (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    location TEXT NOT NULL,
    field TEXT,
    message TEXT NOT NULL
);
-- table imports
CREATE TABLE imports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    kind TEXT,
    started_at_us INTEGER NOT NULL,
    finished_at_us INTEGER,
    status TEXT NOT NULL,
    new_count INTEGER NOT NULL DEFAULT 0,
    known_count INTEGER NOT NULL DEFAULT 0,
    skipped_count INTEGER NOT NULL DEFAULT 0,
    problem_count INTEGER NOT NULL DEFAULT 0,
    error TEXT
);
-- table invitations
CREATE TABLE invitations (
    code_hash TEXT PRIMARY KEY,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at_us INTEGER NOT NULL,
    expires_at_us INTEGER NOT NULL,
    used_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    used_at_us INTEGER
);
-- table journey_builds
CREATE TABLE journey_builds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    mode TEXT NOT NULL,
    model TEXT NOT NULL,
    params TEXT NOT NULL,
    started_at_us INTEGER NOT NULL,
    finished_at_us INTEGER,
    visit_count INTEGER NOT NULL DEFAULT 0,
    journey_count INTEGER NOT NULL DEFAULT 0,
    last_visit_at_us INTEGER
);
-- table journey_edits
CREATE TABLE journey_edits (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    journey_id INTEGER,
    target_id INTEGER,
    visit_id INTEGER,
    value TEXT,
    created_at_us INTEGER NOT NULL
);
-- table journey_visits
CREATE TABLE journey_visits (
    visit_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    journey_id INTEGER,
    task_id INTEGER,
    session_id INTEGER NOT NULL,
    rank REAL NOT NULL DEFAULT 0,
    habit INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, visit_id)
);
-- table journeys
CREATE TABLE journeys (
    id INTEGER NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    keywords TEXT NOT NULL,
    first_at_us INTEGER NOT NULL,
    last_at_us INTEGER NOT NULL,
    visit_count INTEGER NOT NULL,
    search_count INTEGER NOT NULL,
    session_count INTEGER NOT NULL,
    score REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    centroid BLOB, intent TEXT NOT NULL DEFAULT 'other', assessment TEXT, snoozed_until_us INTEGER,
    PRIMARY KEY (user_id, id)
);
-- table pages
CREATE TABLE pages (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    host TEXT NOT NULL,
    title TEXT,
    title_at_us INTEGER,
    search_terms TEXT,
    search_engine TEXT
);
-- table pages_fts
CREATE VIRTUAL TABLE pages_fts USING fts5(
    title, url, search_terms, content='pages', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
-- table pages_fts_config
CREATE TABLE 'pages_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
-- table pages_fts_data
CREATE TABLE 'pages_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
-- table pages_fts_docsize
CREATE TABLE 'pages_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
-- table pages_fts_idx
CREATE TABLE 'pages_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
-- table schema_migrations
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at_us BIGINT NOT NULL);
-- table sessions
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    created_at_us INTEGER NOT NULL,
    expires_at_us INTEGER NOT NULL
);
-- table sources
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    browser TEXT NOT NULL,
    profile TEXT NOT NULL,
    location TEXT,
    created_at_us INTEGER NOT NULL,
    UNIQUE (user_id, browser, profile)
);
-- table text_vectors
CREATE TABLE text_vectors (
    model TEXT NOT NULL,
    hash BIGINT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, hash)
);
-- table user_changes
CREATE TABLE user_changes (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    n INTEGER NOT NULL
);
-- table users
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    created_at_us INTEGER NOT NULL
);
-- table visit_tombstones
CREATE TABLE visit_tombstones (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    deleted_at_us INTEGER NOT NULL
);
-- table visits
CREATE TABLE visits (
    id INTEGER NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    page_id INTEGER NOT NULL REFERENCES pages(id),
    visited_at_us INTEGER NOT NULL,
    title TEXT,
    search_terms TEXT,
    transition TEXT,
    transition_raw INTEGER,
    referrer_url TEXT,
    referrer_visit_id INTEGER,
    opener_visit_id INTEGER,
    redirect_from_url TEXT,
    duration_us INTEGER,
    foreground_us INTEGER,
    typed_input TEXT,
    browser_visit_id INTEGER,
    synced INTEGER NOT NULL DEFAULT 0,
    device TEXT,
    import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
-- trigger pages_fts_delete
CREATE TRIGGER pages_fts_delete AFTER DELETE ON pages BEGIN
    INSERT INTO pages_fts(pages_fts, rowid, title, url, search_terms)
    VALUES ('delete', old.id, old.title, old.url, old.search_terms);
END;
-- trigger pages_fts_update
CREATE TRIGGER pages_fts_update AFTER UPDATE OF title, url, search_terms ON pages BEGIN
    INSERT INTO pages_fts(pages_fts, rowid, title, url, search_terms)
    VALUES ('delete', old.id, old.title, old.url, old.search_terms);
    INSERT INTO pages_fts(rowid, title, url, search_terms)
    VALUES (new.id, new.title, new.url, new.search_terms);
END;
