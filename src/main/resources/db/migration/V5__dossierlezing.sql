-- The dossierlezing (issue 15): samples drawn from a stored audit, the sampled dossiers with why each was drawn,
-- and the reviewers' answers. Plain SQL that H2 and PostgreSQL both accept, as V1.

-- One row per drawn sample; an audit may have several (the newest is the one its report uses).
CREATE TABLE steekproef (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    audit_id     VARCHAR(36)  NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    aantal       INTEGER      NOT NULL,
    startwaarde  BIGINT       NOT NULL,
    getrokken    TIMESTAMP WITH TIME ZONE NOT NULL,
    door         VARCHAR(200)
);
CREATE INDEX steekproef_audit ON steekproef (audit_id, getrokken);

-- The sampled dossiers in draw order. medewerkers: the pseudonymous worker ids of the dossier's toewijzingen (JSON
-- list), copied from the audit set when drawn so the four-eyes check needs no input file; redenen: JSON list of
-- {criterium, waarde}.
CREATE TABLE steekproef_dossier (
    steekproef_id  VARCHAR(36)  NOT NULL REFERENCES steekproef (id) ON DELETE CASCADE,
    volgorde       INTEGER      NOT NULL,
    dossier        VARCHAR(200) NOT NULL,
    team           VARCHAR(200),
    maatregel      VARCHAR(40),
    startdatum     DATE,
    medewerkers    VARCHAR      NOT NULL,
    redenen        VARCHAR      NOT NULL,
    PRIMARY KEY (steekproef_id, dossier)
);

-- Who read a sampled dossier and when; saving again replaces the row and its answers.
CREATE TABLE lezing (
    steekproef_id  VARCHAR(36)  NOT NULL,
    dossier        VARCHAR(200) NOT NULL,
    lezer          VARCHAR(200) NOT NULL,
    moment         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (steekproef_id, dossier),
    FOREIGN KEY (steekproef_id, dossier) REFERENCES steekproef_dossier (steekproef_id, dossier) ON DELETE CASCADE
);

-- One answer (ja, deels, nee, n.v.t.) with its short note per question of the checklist.
CREATE TABLE lezing_antwoord (
    steekproef_id  VARCHAR(36)  NOT NULL,
    dossier        VARCHAR(200) NOT NULL,
    volgorde       INTEGER      NOT NULL,
    vraag          VARCHAR(40)  NOT NULL,
    antwoord       VARCHAR(10)  NOT NULL,
    toelichting    VARCHAR(1000),
    PRIMARY KEY (steekproef_id, dossier, vraag),
    FOREIGN KEY (steekproef_id, dossier) REFERENCES lezing (steekproef_id, dossier) ON DELETE CASCADE
);
