using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicsHorsRsa : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SaisieManuelle",
                table: "Personnes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Public",
                table: "Parcours",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "RSA");

            migrationBuilder.CreateTable(
                name: "PublicsAccompagnes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Libelle = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Actif = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicsAccompagnes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicsAccompagnes_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublicsAccompagnes_DepartementId_Code",
                table: "PublicsAccompagnes",
                columns: new[] { "DepartementId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublicsAccompagnes");

            migrationBuilder.DropColumn(
                name: "SaisieManuelle",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "Public",
                table: "Parcours");
        }
    }
}
