using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PilotageEvaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppreciationsFiche",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FicheActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Annee = table.Column<int>(type: "INTEGER", nullable: false),
                    Texte = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ModifieeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifieePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppreciationsFiche", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppreciationsFiche_FichesActions_FicheActionId",
                        column: x => x.FicheActionId,
                        principalTable: "FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppreciationsFiche_FicheActionId_Annee",
                table: "AppreciationsFiche",
                columns: new[] { "FicheActionId", "Annee" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppreciationsFiche");
        }
    }
}
