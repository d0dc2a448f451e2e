using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConfigurationsTableur : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConfigurationsTableur",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Separateur = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Encodage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LigneEntete = table.Column<int>(type: "INTEGER", nullable: false),
                    FormatsDate = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ColonnesJson = table.Column<string>(type: "TEXT", nullable: false),
                    Actif = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfigurationsTableur", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConfigurationsTableur_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConfigurationsTableur_DepartementId_Nom",
                table: "ConfigurationsTableur",
                columns: new[] { "DepartementId", "Nom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConfigurationsTableur");
        }
    }
}
