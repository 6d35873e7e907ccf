-- The verbeterplan feeds norm 5.2 (issue 14): 5.2-B asks whether an action was done by its deadline and 5.2-C
-- whether a done action was evaluated, so the day it was done and the day it was evaluated are kept. 'gewijzigd'
-- says when the action was last edited (pages and API).
ALTER TABLE verbeteractie ADD COLUMN afgerond DATE;
ALTER TABLE verbeteractie ADD COLUMN geevalueerd DATE;
ALTER TABLE verbeteractie ADD COLUMN gewijzigd TIMESTAMP WITH TIME ZONE;
