using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecherchePersonnes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PhonetiqueNom",
                table: "Personnes",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhonetiqueNomNaissance",
                table: "Personnes",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhonetiquePrenom",
                table: "Personnes",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_Email",
                table: "Personnes",
                columns: new[] { "DepartementId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_PhonetiqueNom",
                table: "Personnes",
                columns: new[] { "DepartementId", "PhonetiqueNom" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_PhonetiqueNomNaissance",
                table: "Personnes",
                columns: new[] { "DepartementId", "PhonetiqueNomNaissance" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_Telephone",
                table: "Personnes",
                columns: new[] { "DepartementId", "Telephone" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_Email",
                table: "Personnes");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_PhonetiqueNom",
                table: "Personnes");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_PhonetiqueNomNaissance",
                table: "Personnes");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_Telephone",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "PhonetiqueNom",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "PhonetiqueNomNaissance",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "PhonetiquePrenom",
                table: "Personnes");
        }
    }
}
