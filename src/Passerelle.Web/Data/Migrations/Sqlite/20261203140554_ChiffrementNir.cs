using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChiffrementNir : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_PrefixeNir",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "PrefixeNir",
                table: "Personnes");

            migrationBuilder.AddColumn<string>(
                name: "EmpreinteNir",
                table: "Personnes",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TemoinsChiffrement",
                columns: table => new
                {
                    Nom = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Valeur = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemoinsChiffrement", x => x.Nom);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_EmpreinteNir",
                table: "Personnes",
                columns: new[] { "DepartementId", "EmpreinteNir" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TemoinsChiffrement");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_EmpreinteNir",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "EmpreinteNir",
                table: "Personnes");

            migrationBuilder.AddColumn<string>(
                name: "PrefixeNir",
                table: "Personnes",
                type: "TEXT",
                maxLength: 13,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_PrefixeNir",
                table: "Personnes",
                columns: new[] { "DepartementId", "PrefixeNir" });
        }
    }
}
