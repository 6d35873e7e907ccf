-- The kind of a finding's evidence (termijn, recent, item, item/termijn, kaart, ...), so reading an audit back
-- rebuilds the same typed evidence the rules made instead of a plain map. Null in rows stored before this column:
-- the reader then recognises the kind by the evidence's keys.
ALTER TABLE audit_bevinding ADD COLUMN bewijssoort VARCHAR(40);
