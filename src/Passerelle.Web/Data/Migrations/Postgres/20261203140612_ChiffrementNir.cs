using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
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

            migrationBuilder.AlterColumn<string>(
                name: "Nir",
                table: "Personnes",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(15)",
                oldMaxLength: 15,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmpreinteNir",
                table: "Personnes",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TemoinsChiffrement",
                columns: table => new
                {
                    Nom = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Valeur = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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

            migrationBuilder.AlterColumn<string>(
                name: "Nir",
                table: "Personnes",
                type: "character varying(15)",
                maxLength: 15,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(80)",
                oldMaxLength: 80,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrefixeNir",
                table: "Personnes",
                type: "character varying(13)",
                maxLength: 13,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_PrefixeNir",
                table: "Personnes",
                columns: new[] { "DepartementId", "PrefixeNir" });
        }
    }
}
