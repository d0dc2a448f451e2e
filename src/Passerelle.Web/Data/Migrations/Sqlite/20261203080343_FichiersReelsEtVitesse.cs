using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FichiersReelsEtVitesse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Parcours_DepartementId_TerritoireId_Etape",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_RetardPremierRdv",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_HistoriqueDroits_DepartementId_Evenement_DateEffet",
                table: "HistoriqueDroits");

            migrationBuilder.AddColumn<int>(
                name: "Avertissements",
                table: "Imports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DejaAppliques",
                table: "Imports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DossiersAvertis",
                table: "Imports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HorsDepartement",
                table: "Imports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RepriseDeId",
                table: "Imports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AvertissementsDossier",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    DossierId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: true),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ligne = table.Column<int>(type: "INTEGER", nullable: false),
                    Champ = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Valeur = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    LeveLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LevePar = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Commentaire = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ResoluParImportId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AvertissementsDossier", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AvertissementsDossier_DossiersRsa_DossierId",
                        column: x => x.DossierId,
                        principalTable: "DossiersRsa",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AvertissementsDossier_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AvertissementsDossier_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "DemandesRecalcul",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParcoursId = table.Column<int>(type: "INTEGER", nullable: true),
                    Du = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Au = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandesRecalcul", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemandesRecalcul_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EtatsMouvements",
                columns: table => new
                {
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    CalculesJusquAu = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ActualiseLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EtatsMouvements", x => x.DepartementId);
                    table.ForeignKey(
                        name: "FK_EtatsMouvements_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MouvementsJour",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Jour = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TerritoireId = table.Column<int>(type: "INTEGER", nullable: true),
                    Ouverts = table.Column<int>(type: "INTEGER", nullable: false),
                    SansReferent = table.Column<int>(type: "INTEGER", nullable: false),
                    SansReferentOrientes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MouvementsJour", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MouvementsJour_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MouvementsJour_Territoires_TerritoireId",
                        column: x => x.TerritoireId,
                        principalTable: "Territoires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RendezVous_Periode",
                table: "RendezVous",
                columns: new[] { "DepartementId", "Debut", "Convocation", "Statut", "PersonneId" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_Recherche",
                table: "Personnes",
                columns: new[] { "DepartementId", "CleIdentite" },
                filter: "\"DossierCourantId\" IS NOT NULL AND \"FusionneeDansId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_Cloture",
                table: "Parcours",
                columns: new[] { "DepartementId", "DateCloture" },
                filter: "\"DateCloture\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_DepartementId_CodeInsee_Etape_EcheanceProchaine",
                table: "Parcours",
                columns: new[] { "DepartementId", "CodeInsee", "Etape", "EcheanceProchaine" },
                filter: "\"DateCloture\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_DepartementId_TerritoireId_Etape_DateCloture_EcheanceProchaine",
                table: "Parcours",
                columns: new[] { "DepartementId", "TerritoireId", "Etape", "DateCloture", "EcheanceProchaine" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_Entree",
                table: "Parcours",
                columns: new[] { "DepartementId", "DateEntree" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_Orientation",
                table: "Parcours",
                columns: new[] { "DepartementId", "DateOrientation", "TerritoireId", "DateEntree", "EcheanceOrientation" },
                filter: "\"DateOrientation\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_PremierRdv",
                table: "Parcours",
                columns: new[] { "DepartementId", "DatePremierRdvReferent", "TerritoireId", "DateOrientation", "EcheancePremierRdv" },
                filter: "\"DatePremierRdvReferent\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_RetardPremierRdv",
                table: "Parcours",
                columns: new[] { "DepartementId", "EcheancePremierRdv" },
                filter: "\"DatePremierRdvReferent\" IS NULL AND \"DateCloture\" IS NULL AND \"DateOrientation\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Imports_RepriseDeId",
                table: "Imports",
                column: "RepriseDeId");

            migrationBuilder.CreateIndex(
                name: "IX_HistoriqueDroits_Evenement",
                table: "HistoriqueDroits",
                columns: new[] { "DepartementId", "Evenement", "DateEffet", "PersonneId" });

            migrationBuilder.CreateIndex(
                name: "IX_DesignationsReferent_Debut",
                table: "DesignationsReferent",
                columns: new[] { "DepartementId", "DateDebut" });

            migrationBuilder.CreateIndex(
                name: "IX_DesignationsReferent_Fin",
                table: "DesignationsReferent",
                columns: new[] { "DepartementId", "DateFin" },
                filter: "\"DateFin\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Creneaux_DepartementId_Debut",
                table: "Creneaux",
                columns: new[] { "DepartementId", "Debut" });

            migrationBuilder.CreateIndex(
                name: "IX_AvertissementsDossier_DepartementId_Statut_Id",
                table: "AvertissementsDossier",
                columns: new[] { "DepartementId", "Statut", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AvertissementsDossier_DossierId_Statut",
                table: "AvertissementsDossier",
                columns: new[] { "DossierId", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_AvertissementsDossier_ImportId",
                table: "AvertissementsDossier",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_AvertissementsDossier_PersonneId",
                table: "AvertissementsDossier",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_DemandesRecalcul_DepartementId_Du",
                table: "DemandesRecalcul",
                columns: new[] { "DepartementId", "Du" });

            migrationBuilder.CreateIndex(
                name: "IX_MouvementsJour_DepartementId_Jour_TerritoireId",
                table: "MouvementsJour",
                columns: new[] { "DepartementId", "Jour", "TerritoireId" });

            migrationBuilder.CreateIndex(
                name: "IX_MouvementsJour_TerritoireId",
                table: "MouvementsJour",
                column: "TerritoireId");

            migrationBuilder.AddForeignKey(
                name: "FK_Imports_Imports_RepriseDeId",
                table: "Imports",
                column: "RepriseDeId",
                principalTable: "Imports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Imports_Imports_RepriseDeId",
                table: "Imports");

            migrationBuilder.DropTable(
                name: "AvertissementsDossier");

            migrationBuilder.DropTable(
                name: "DemandesRecalcul");

            migrationBuilder.DropTable(
                name: "EtatsMouvements");

            migrationBuilder.DropTable(
                name: "MouvementsJour");

            migrationBuilder.DropIndex(
                name: "IX_RendezVous_Periode",
                table: "RendezVous");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_Recherche",
                table: "Personnes");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_Cloture",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_DepartementId_CodeInsee_Etape_EcheanceProchaine",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_DepartementId_TerritoireId_Etape_DateCloture_EcheanceProchaine",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_Entree",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_Orientation",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_PremierRdv",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_RetardPremierRdv",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_Imports_RepriseDeId",
                table: "Imports");

            migrationBuilder.DropIndex(
                name: "IX_HistoriqueDroits_Evenement",
                table: "HistoriqueDroits");

            migrationBuilder.DropIndex(
                name: "IX_DesignationsReferent_Debut",
                table: "DesignationsReferent");

            migrationBuilder.DropIndex(
                name: "IX_DesignationsReferent_Fin",
                table: "DesignationsReferent");

            migrationBuilder.DropIndex(
                name: "IX_Creneaux_DepartementId_Debut",
                table: "Creneaux");

            migrationBuilder.DropColumn(
                name: "Avertissements",
                table: "Imports");

            migrationBuilder.DropColumn(
                name: "DejaAppliques",
                table: "Imports");

            migrationBuilder.DropColumn(
                name: "DossiersAvertis",
                table: "Imports");

            migrationBuilder.DropColumn(
                name: "HorsDepartement",
                table: "Imports");

            migrationBuilder.DropColumn(
                name: "RepriseDeId",
                table: "Imports");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_DepartementId_TerritoireId_Etape",
                table: "Parcours",
                columns: new[] { "DepartementId", "TerritoireId", "Etape" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_RetardPremierRdv",
                table: "Parcours",
                columns: new[] { "DepartementId", "EcheancePremierRdv" },
                filter: "\"DatePremierRdvReferent\" IS NULL AND \"DateCloture\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_HistoriqueDroits_DepartementId_Evenement_DateEffet",
                table: "HistoriqueDroits",
                columns: new[] { "DepartementId", "Evenement", "DateEffet" });
        }
    }
}
