-- The verbeterplan (issue 14): improvement actions per organisation, each tied to a norm or indicator with an
-- owner (a role, never a person's name), a target share and a deadline.
CREATE TABLE verbeteractie (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    organisatie   VARCHAR(200)  NOT NULL,
    onderwerp     VARCHAR(40)   NOT NULL,
    omschrijving  VARCHAR(1000),
    eigenaar      VARCHAR(200)  NOT NULL,
    doel          DOUBLE PRECISION NOT NULL,
    deadline      DATE          NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    gemaakt       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX verbeteractie_organisatie ON verbeteractie (organisatie);
