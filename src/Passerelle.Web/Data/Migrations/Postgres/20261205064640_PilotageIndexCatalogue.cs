using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PilotageIndexCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Parcours_Orientation",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_PremierRdv",
                table: "Parcours");

            migrationBuilder.CreateIndex(
                name: "IX_Prescriptions_Entree",
                table: "Prescriptions",
                columns: new[] { "DepartementId", "DateEntree", "PersonneId", "ActionInsertionId", "BeneficiaireRsa" });

            migrationBuilder.CreateIndex(
                name: "IX_Prescriptions_PersonneId_ActionInsertionId",
                table: "Prescriptions",
                columns: new[] { "PersonneId", "ActionInsertionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Prescriptions_Prescrite",
                table: "Prescriptions",
                columns: new[] { "DepartementId", "PrescriteLe" });

            migrationBuilder.CreateIndex(
                name: "IX_Prescriptions_Sortie",
                table: "Prescriptions",
                columns: new[] { "DepartementId", "DateSortie", "TypeSortie" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_Orientation",
                table: "Parcours",
                columns: new[] { "DepartementId", "DateOrientation", "TerritoireId", "DateEntree", "EcheanceOrientation", "Public", "DateCloture", "TypeOrientation", "DateContrat" },
                filter: "\"DateOrientation\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_PremierRdv",
                table: "Parcours",
                columns: new[] { "DepartementId", "DatePremierRdvReferent", "TerritoireId", "DateOrientation", "EcheancePremierRdv", "Public" },
                filter: "\"DatePremierRdvReferent\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Prescriptions_Entree",
                table: "Prescriptions");

            migrationBuilder.DropIndex(
                name: "IX_Prescriptions_PersonneId_ActionInsertionId",
                table: "Prescriptions");

            migrationBuilder.DropIndex(
                name: "IX_Prescriptions_Prescrite",
                table: "Prescriptions");

            migrationBuilder.DropIndex(
                name: "IX_Prescriptions_Sortie",
                table: "Prescriptions");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_Orientation",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_PremierRdv",
                table: "Parcours");

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
        }
    }
}
