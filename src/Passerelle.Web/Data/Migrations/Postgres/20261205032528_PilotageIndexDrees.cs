using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PilotageIndexDrees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_MembresFoyer_DepartementId_DossierId",
                table: "MembresFoyer",
                columns: new[] { "DepartementId", "DossierId" });

            migrationBuilder.CreateIndex(
                name: "IX_Diagnostics_DepartementId_PersonneId",
                table: "Diagnostics",
                columns: new[] { "DepartementId", "PersonneId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MembresFoyer_DepartementId_DossierId",
                table: "MembresFoyer");

            migrationBuilder.DropIndex(
                name: "IX_Diagnostics_DepartementId_PersonneId",
                table: "Diagnostics");
        }
    }
}
