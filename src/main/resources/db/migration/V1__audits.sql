-- The audit store (issue 14). Plain SQL that H2 and PostgreSQL both accept: VARCHAR without a length is
-- unbounded on PostgreSQL and holds up to a million characters on H2 (JSON text, explanations); no vendor types.

-- One row per stored audit: what was audited, with which catalog, from which input, when and by whom, and the
-- report's counts and document-level parts (organisation errors, theme-4 figures) as JSON.
CREATE TABLE audit (
    id                       VARCHAR(36)  NOT NULL PRIMARY KEY,
    organisatie              VARCHAR(200),
    peildatum                DATE         NOT NULL,
    periode_van              DATE,
    periode_tot              DATE,
    per_datum                DATE,
    bron                     VARCHAR(500),
    catalogus_versie         VARCHAR(100),
    catalogus_vingerafdruk   VARCHAR(64),
    invoer_vingerafdruk      VARCHAR(64),
    gemaakt                  TIMESTAMP WITH TIME ZONE NOT NULL,
    door                     VARCHAR(200),
    dossiers_ingelezen       INTEGER      NOT NULL,
    dossiers_getoetst        INTEGER      NOT NULL,
    dossiers_afgewezen       INTEGER      NOT NULL,
    bevindingen              INTEGER      NOT NULL,
    weggelaten_feiten        INTEGER,
    weggelaten_dossiers      INTEGER,
    organisatie_fouten       VARCHAR,
    thema4                   VARCHAR,
    -- set when retention removed the dossier-level findings and the input; the aggregates stay
    opgeruimd                TIMESTAMP WITH TIME ZONE
);
CREATE INDEX audit_organisatie_peildatum ON audit (organisatie, peildatum);

CREATE TABLE audit_thema (
    audit_id  VARCHAR(36)  NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    volgorde  INTEGER      NOT NULL,
    thema     VARCHAR(20)  NOT NULL,
    titel     VARCHAR(500),
    oordeel   VARCHAR(40)  NOT NULL,
    reden     VARCHAR,
    PRIMARY KEY (audit_id, thema)
);

CREATE TABLE audit_norm (
    audit_id             VARCHAR(36)  NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    volgorde             INTEGER      NOT NULL,
    norm                 VARCHAR(20)  NOT NULL,
    thema                VARCHAR(20)  NOT NULL,
    titel                VARCHAR(500),
    oordeel              VARCHAR(40)  NOT NULL,
    toepasbaar           INTEGER      NOT NULL,
    voldoet              INTEGER      NOT NULL,
    percentage           DOUBLE PRECISION,
    tekort               INTEGER      NOT NULL,
    nog_niet_toetsbaar   INTEGER      NOT NULL,
    niet_van_toepassing  INTEGER      NOT NULL,
    reden                VARCHAR,
    PRIMARY KEY (audit_id, norm)
);

CREATE TABLE audit_indicator (
    audit_id             VARCHAR(36)  NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    norm                 VARCHAR(20)  NOT NULL,
    volgorde             INTEGER      NOT NULL,
    indicator            VARCHAR(40)  NOT NULL,
    titel                VARCHAR(500),
    toepasbaar           INTEGER      NOT NULL,
    voldoet              INTEGER      NOT NULL,
    percentage           DOUBLE PRECISION,
    tekort               INTEGER      NOT NULL,
    nog_niet_toetsbaar   INTEGER      NOT NULL,
    niet_van_toepassing  INTEGER      NOT NULL,
    PRIMARY KEY (audit_id, indicator)
);

-- Every finding, in report order (volgnummer). Dossier attributes are copied in so a comparison or a team's
-- series needs no input file; evidence is JSON text. No primary-key index: it would slow the bulk load of millions
-- of rows, and findings are read by audit (and indicator) only.
CREATE TABLE audit_bevinding (
    audit_id     VARCHAR(36)  NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    volgnummer   INTEGER      NOT NULL,
    norm         VARCHAR(20)  NOT NULL,
    indicator    VARCHAR(40)  NOT NULL,
    dossier      VARCHAR(200),
    onderwerp    VARCHAR(200),
    uitkomst     VARCHAR(30)  NOT NULL,
    team         VARCHAR(200),
    regio        VARCHAR(200),
    gemeente     VARCHAR(200),
    maatregel    VARCHAR(40),
    toelichting  VARCHAR,
    bewijs       VARCHAR
);
CREATE INDEX audit_bevinding_audit ON audit_bevinding (audit_id, indicator);

CREATE TABLE audit_afwijzing (
    audit_id    VARCHAR(36)  NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    volgnummer  INTEGER      NOT NULL,
    dossier     VARCHAR(500),
    team        VARCHAR(200),
    -- true: rejected while reading the input; false: rejected by the rules (a team view re-makes those)
    uit_invoer  BOOLEAN      NOT NULL,
    fouten      VARCHAR      NOT NULL,
    PRIMARY KEY (audit_id, volgnummer)
);

-- The accepted dossiers as a gzipped audit set (contract v1), so the service can re-make a team's view after a
-- restart, and the import report of an uploaded export. Removed by retention together with the findings.
CREATE TABLE audit_invoer (
    audit_id       VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES audit (id) ON DELETE CASCADE,
    auditset_gzip  BYTEA,
    importverslag  VARCHAR
);
