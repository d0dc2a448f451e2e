-- Issue 15: indexes proposed for the EP detection queues (not in a migration), measured with `files --sql bench/index-issue15.sql`.
-- « Sans contrat »: the open parcours oriented without contract, by orientation day (count and ordered page in the index).
CREATE INDEX "IX_Parcours_SansContrat" ON "Parcours" ("DepartementId", "DateOrientation") WHERE "DateContrat" IS NULL AND "DateCloture" IS NULL AND "DateOrientation" IS NOT NULL;
-- « Maintien en orientation sociale »: the open parcours by orientation type and day.
CREATE INDEX "IX_Parcours_TypeOrientation" ON "Parcours" ("DepartementId", "TypeOrientation", "DateOrientation") WHERE "DateCloture" IS NULL;
