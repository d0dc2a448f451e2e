using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PilotageIndexCouvrantsDrees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_DateNaissance",
                table: "Personnes");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_DepartementId_PersonneId",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_MembresFoyer_DepartementId_DossierId",
                table: "MembresFoyer");

            migrationBuilder.DropIndex(
                name: "IX_DossiersRsa_DepartementId_TerritoireId",
                table: "DossiersRsa");

            migrationBuilder.DropIndex(
                name: "IX_Diagnostics_DepartementId_PersonneId",
                table: "Diagnostics");

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_DateNaissance",
                table: "Personnes",
                columns: new[] { "DepartementId", "DateNaissance" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "Sexe", "FusionneeDansId" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_DepartementId_PersonneId",
                table: "Parcours",
                columns: new[] { "DepartementId", "PersonneId" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "Public", "DateCloture" });

            migrationBuilder.CreateIndex(
                name: "IX_MembresFoyer_DepartementId_DossierId",
                table: "MembresFoyer",
                columns: new[] { "DepartementId", "DossierId" })
                .Annotation("Npgsql:IndexInclude", new[] { "PersonneId", "Role", "Present" });

            migrationBuilder.CreateIndex(
                name: "IX_HistoriqueDroits_Drees",
                table: "HistoriqueDroits",
                columns: new[] { "DepartementId", "DateEffet" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "PersonneId", "DossierId", "EtatDroit", "SoumisDroitsDevoirs", "Evenement" });

            migrationBuilder.CreateIndex(
                name: "IX_DossiersRsa_DepartementId_TerritoireId",
                table: "DossiersRsa",
                columns: new[] { "DepartementId", "TerritoireId" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "DateDemande" });

            migrationBuilder.CreateIndex(
                name: "IX_Diagnostics_DepartementId_PersonneId",
                table: "Diagnostics",
                columns: new[] { "DepartementId", "PersonneId" })
                .Annotation("Npgsql:IndexInclude", new[] { "Numero", "EtabliLe", "NiveauFormation" });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionsOrientation_Drees",
                table: "DecisionsOrientation",
                columns: new[] { "DepartementId", "Statut", "DecideeLe" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "PersonneId", "ParcoursId", "StructureId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_DateNaissance",
                table: "Personnes");

            migrationBuilder.DropIndex(
                name: "IX_Parcours_DepartementId_PersonneId",
                table: "Parcours");

            migrationBuilder.DropIndex(
                name: "IX_MembresFoyer_DepartementId_DossierId",
                table: "MembresFoyer");

            migrationBuilder.DropIndex(
                name: "IX_HistoriqueDroits_Drees",
                table: "HistoriqueDroits");

            migrationBuilder.DropIndex(
                name: "IX_DossiersRsa_DepartementId_TerritoireId",
                table: "DossiersRsa");

            migrationBuilder.DropIndex(
                name: "IX_Diagnostics_DepartementId_PersonneId",
                table: "Diagnostics");

            migrationBuilder.DropIndex(
                name: "IX_DecisionsOrientation_Drees",
                table: "DecisionsOrientation");

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_DateNaissance",
                table: "Personnes",
                columns: new[] { "DepartementId", "DateNaissance" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcours_DepartementId_PersonneId",
                table: "Parcours",
                columns: new[] { "DepartementId", "PersonneId" });

            migrationBuilder.CreateIndex(
                name: "IX_MembresFoyer_DepartementId_DossierId",
                table: "MembresFoyer",
                columns: new[] { "DepartementId", "DossierId" });

            migrationBuilder.CreateIndex(
                name: "IX_DossiersRsa_DepartementId_TerritoireId",
                table: "DossiersRsa",
                columns: new[] { "DepartementId", "TerritoireId" });

            migrationBuilder.CreateIndex(
                name: "IX_Diagnostics_DepartementId_PersonneId",
                table: "Diagnostics",
                columns: new[] { "DepartementId", "PersonneId" });
        }
    }
}
