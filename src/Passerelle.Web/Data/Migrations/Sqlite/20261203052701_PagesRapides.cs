using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PagesRapides : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_Recherche",
                table: "Personnes",
                columns: new[] { "DepartementId", "CleIdentite" },
                filter: "\"DossierCourantId\" IS NOT NULL AND \"FusionneeDansId\" IS NULL");

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
                name: "IX_Parcours_RetardPremierRdv",
                table: "Parcours",
                columns: new[] { "DepartementId", "EcheancePremierRdv" },
                filter: "\"DatePremierRdvReferent\" IS NULL AND \"DateCloture\" IS NULL AND \"DateOrientation\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Creneaux_DepartementId_Debut",
                table: "Creneaux",
                columns: new[] { "DepartementId", "Debut" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Personnes_Recherche",
                table: "Personnes");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_DepartementId_CodeInsee_Etape_EcheanceProchaine",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_DepartementId_TerritoireId_Etape_DateCloture_EcheanceProchaine",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_RetardPremierRdv",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_Creneaux_DepartementId_Debut",
                table: "Creneaux");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_DepartementId_TerritoireId_Etape",
                table: "Parcours",
                columns: new[] { "DepartementId", "TerritoireId", "Etape" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_RetardPremierRdv",
                table: "Parcours",
                columns: new[] { "DepartementId", "EcheancePremierRdv" },
                filter: "\"DatePremierRdvReferent\" IS NULL AND \"DateCloture\" IS NULL");
        }
    }
}
