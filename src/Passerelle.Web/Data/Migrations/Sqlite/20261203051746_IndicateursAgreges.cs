using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicateursAgreges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HistoriqueDroits_DepartementId_Evenement_DateEffet",
                table: "HistoriqueDroits");

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
                name: "IX_Parcours_Cloture",
                table: "Parcours",
                columns: new[] { "DepartementId", "DateCloture" },
                filter: "\"DateCloture\" IS NOT NULL");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_Parcours_Cloture",
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
                name: "IX_HistoriqueDroits_Evenement",
                table: "HistoriqueDroits");

            migrationBuilder.DropIndex(
                name: "IX_DesignationsReferent_Debut",
                table: "DesignationsReferent");

            migrationBuilder.DropIndex(
                name: "IX_DesignationsReferent_Fin",
                table: "DesignationsReferent");

            migrationBuilder.CreateIndex(
                name: "IX_HistoriqueDroits_DepartementId_Evenement_DateEffet",
                table: "HistoriqueDroits",
                columns: new[] { "DepartementId", "Evenement", "DateEffet" });
        }
    }
}
