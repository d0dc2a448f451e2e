-- Index changes proposed for issue 4 (commit "Indexes for the person page, queue counts and home deadlines"), for a
-- before/after run of the bench before the integrator's migration carries them:
--   files --personnes 100000 --analyser --sql bench/index-issue4.sql
-- Same names as EF Core gives them; valid on SQLite and PostgreSQL.
CREATE INDEX "IX_Parcours_DepartementId_PersonneId" ON "Parcours" ("DepartementId", "PersonneId");
DROP INDEX "IX_Parcours_DepartementId_Etape_EcheanceProchaine";
CREATE INDEX "IX_Parcours_DepartementId_Etape_EcheanceProchaine" ON "Parcours" ("DepartementId", "Etape", "EcheanceProchaine") WHERE "DateCloture" IS NULL;
DROP INDEX "IX_Parcours_DepartementId_EcheanceProchaine";
CREATE INDEX "IX_Parcours_DepartementId_EcheanceProchaine" ON "Parcours" ("DepartementId", "EcheanceProchaine") WHERE "DateCloture" IS NULL;
CREATE INDEX "IX_DesignationsReferent_PersonneId_DateDebut" ON "DesignationsReferent" ("PersonneId", "DateDebut");
CREATE INDEX "IX_DesignationsReferent_DepartementId_StructureId_TypeOrientation" ON "DesignationsReferent" ("DepartementId", "StructureId", "TypeOrientation") WHERE "DateFin" IS NULL;
-- With statistics, "ReferentId IS NULL" (the structure head's unassigned people) looked selective and scanned the open
-- rows without a référent through this index; only rows with a référent need it (portefeuille, référent's home).
DROP INDEX "IX_Parcours_DepartementId_ReferentId_EcheanceProchaine";
CREATE INDEX "IX_Parcours_DepartementId_ReferentId_EcheanceProchaine" ON "Parcours" ("DepartementId", "ReferentId", "EcheanceProchaine") WHERE "ReferentId" IS NOT NULL;
