using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DossierEpOuvertUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_DossiersEp_Ouvert",
                table: "DossiersEp",
                columns: new[] { "PersonneId", "Nature" },
                unique: true,
                filter: "\"Statut\" IN ('AInscrire', 'Inscrit', 'AvisRendu')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DossiersEp_Ouvert",
                table: "DossiersEp");
        }
    }
}
