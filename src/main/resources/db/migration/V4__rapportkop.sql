-- The report's own summary as JSON (norms with indicator judgements, decisive indicator, intervals, bron; themes;
-- measurement period; per-month table; indicators not used), so reading an audit back gives the same report as was
-- made. The norm and indicator tables stay the queryable copy for history and trends. Null in rows stored before
-- this column: the reader then rebuilds the summary from those tables.
ALTER TABLE audit ADD COLUMN rapportkop VARCHAR;
